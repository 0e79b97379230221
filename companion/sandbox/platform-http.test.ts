import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyParams, PHONE_NUMBER_ID, SECRET, statusesOf, TOKEN, template, WABA_ID } from './platform.test-helpers.ts';
import { createSandboxPlatform } from './platform.ts';
import { type LoopbackServer, startLoopback } from './serve.ts';

/** The companion's side, as it must be written: verify the raw bytes before parsing (spec §11.5). */
function startReceiver() {
  const received: { raw: string; signature: string; json: unknown }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      const signature = String(request.headers['x-hub-signature-256'] ?? '');
      const expected = Buffer.from(`sha256=${createHmac('sha256', SECRET).update(raw).digest('hex')}`);
      const valid = signature.length === expected.length && timingSafeEqual(Buffer.from(signature), expected);
      if (valid) received.push({ raw: raw.toString('utf8'), signature, json: JSON.parse(raw.toString('utf8')) });
      response.writeHead(valid ? 200 : 401).end();
    });
  });
  return new Promise<{ url: string; received: typeof received; close: () => void }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/webhooks/whatsapp`, received, close: () => server.close() });
    });
  });
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('sandbox platform over real HTTP on the loopback interface', () => {
  it('takes a send from a Graph client and posts signed status webhooks to the companion', async () => {
    const receiver = await startReceiver();
    cleanups.push(receiver.close);
    let id = 0;
    const platform = createSandboxPlatform({
      appSecret: SECRET,
      accessToken: TOKEN,
      phoneNumberId: PHONE_NUMBER_ID,
      displayPhoneNumber: '+1 555-010-4477',
      wabaId: WABA_ID,
      businessId: '1',
      webhookUrl: () => receiver.url,
      clock: { now: () => Date.now() },
      nextId: () => String(++id),
      deliveryDelays: { sent: 1, delivered: 2, read: 3 },
    });
    const server: LoopbackServer = await startLoopback(platform.app);
    cleanups.push(server.close);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const response = await fetch(`${server.url}/v24.0/${PHONE_NUMBER_ID}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(
        template('appointment_reminder', 'es', [bodyParams('Sofía', 'martes 10/03', '11:00')], '+523312345678'),
      ),
    });
    expect(response.status).toBe(200);
    await platform.flush();
    expect(statusesOf(receiver.received.map((r) => ({ ...r, url: receiver.url }))).map((s) => s.status)).toEqual([
      'sent',
      'delivered',
      'read',
    ]);
  });
});
