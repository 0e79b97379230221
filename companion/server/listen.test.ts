import { request } from 'node:http';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_WEBHOOK_BYTES, type WebhookReceiver } from '../http/webhook-receiver.ts';
import type { LoopbackServer } from '../sandbox/serve.ts';
import { listenCompanion } from './listen.ts';

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(receive: WebhookReceiver) {
  const app = new Hono();
  app.get('/webhook', (c) => c.text('hono get'));
  app.post('/webhook/', (c) => c.text('hono slash'));
  app.get('/health', (c) => c.json({ status: 'ok' }));
  server = await listenCompanion(app, receive, 0);
  return server.url;
}

/** Posts `chunks` one by one (chunked transfer encoding, no content-length). */
function postChunked(url: string, chunks: Buffer[]): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', (error) => (/EPIPE|ECONNRESET/.test(String(error)) ? undefined : reject(error)));
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('the companion server answers POST /webhook itself and everything else through Hono', () => {
  it('hands the raw bytes and the signature header to the receiver, with or without a query', async () => {
    const seen: { raw: string; signature: string | undefined }[] = [];
    const url = await start(async (raw, signature) => {
      seen.push({ raw: Buffer.from(raw).toString('utf8'), signature });
      return { status: 200, body: { received: true, applied: 1, duplicates: 0, ignored: 0 } };
    });
    const headers = { 'x-hub-signature-256': 'sha256=abc', 'content-type': 'application/json' };
    const answer = await fetch(`${url}/webhook`, { method: 'POST', headers, body: '{"a":1}' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(await answer.json()).toEqual({ received: true, applied: 1, duplicates: 0, ignored: 0 });
    expect((await fetch(`${url}/webhook?x=1`, { method: 'POST', body: '{}' })).status).toBe(200);
    expect(seen).toEqual([
      { raw: '{"a":1}', signature: 'sha256=abc' },
      { raw: '{}', signature: undefined },
    ]);
    expect(await (await fetch(`${url}/webhook`)).text()).toBe('hono get');
    expect(await (await fetch(`${url}/webhook/`, { method: 'POST', body: '{}' })).text()).toBe('hono slash');
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });

  it('refuses a body over the limit with 413, declared or streamed, without calling the receiver', async () => {
    let calls = 0;
    const url = await start(async () => {
      calls++;
      return { status: 200, body: { received: true, applied: 0, duplicates: 0, ignored: 0 } };
    });
    const declared = await fetch(`${url}/webhook`, { method: 'POST', body: Buffer.alloc(MAX_WEBHOOK_BYTES + 1) });
    expect(declared.status).toBe(413);
    expect((await declared.json()).error.code).toBe('payload_too_large');
    const mb = Buffer.alloc(1024 * 1024, 0x20);
    const streamed = await postChunked(`${url}/webhook`, [...Array.from({ length: 8 }, () => mb), Buffer.alloc(1)]);
    expect(streamed.status).toBe(413);
    expect(calls).toBe(0);
    const justUnder = await postChunked(
      `${url}/webhook`,
      Array.from({ length: 8 }, () => mb),
    );
    expect(justUnder.status).toBe(200);
    expect(calls).toBe(1);
  });

  it('answers 500 with a JSON error when the receiver fails (nothing was committed, so Meta retries)', async () => {
    const url = await start(async () => {
      throw new Error('disk full');
    });
    const answer = await fetch(`${url}/webhook`, { method: 'POST', body: '{}' });
    expect(answer.status).toBe(500);
    expect(await answer.json()).toEqual({
      error: { code: 'internal_error', message: 'The companion failed: disk full' },
    });
  });
});
