/**
 * The companion's HTTP server on 127.0.0.1. Every request goes to the Hono app, except POST /webhook, which node:http
 * answers directly through the same webhook receiver the Hono route uses (http/webhook-receiver.ts), and the direct
 * routes given (the contact lookup, http/contact-lookup.ts), which answer what they can and hand the rest to Hono.
 * Why: for a one-status webhook or a lookup, the Hono adapter's per-request web Request, body stream and Response cost
 * about as much CPU as the work itself; these are the routes that arrive at high rates.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { badRequest } from '../http/body.ts';
import type { DirectRoute } from '../http/contact-lookup.ts';
import { MAX_WEBHOOK_BYTES, TOO_LARGE, type WebhookAnswer, type WebhookReceiver } from '../http/webhook-receiver.ts';
import type { LoopbackServer } from '../sandbox/serve.ts';

/** Exactly what the Hono app routes to the webhook POST: its path, with or without a query. */
function isWebhookPost(request: IncomingMessage): boolean {
  if (request.method !== 'POST') return false;
  const url = request.url ?? '';
  return url === '/webhook' || url.startsWith('/webhook?');
}

/** The body, or undefined once it passes `limit` bytes (declared up front or counted as it streams). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = request.headers['content-length'];
  if (declared !== undefined && request.headers['transfer-encoding'] === undefined && Number(declared) > limit) {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        resolve(undefined);
      } else chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)));
    request.once('error', reject);
  });
}

function send(response: ServerResponse, answer: WebhookAnswer, close = false): void {
  const text = JSON.stringify(answer.body);
  response.writeHead(answer.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...(close ? { connection: 'close' } : {}),
  });
  response.end(text);
}

async function answerWebhook(receive: WebhookReceiver, request: IncomingMessage, response: ServerResponse) {
  let raw: Buffer | undefined;
  try {
    raw = await readBody(request, MAX_WEBHOOK_BYTES);
  } catch {
    return; // the client went away mid-body: nobody to answer, nothing was committed
  }
  // Too large: answer without reading the rest, and close the connection rather than drain megabytes.
  if (!raw) return send(response, TOO_LARGE, true);
  const signature = request.headers['x-hub-signature-256'];
  try {
    send(response, await receive(raw, typeof signature === 'string' ? signature : undefined));
  } catch (error) {
    // As the Hono app's onError answers: the body was not committed, so Meta will retry it.
    const message = error instanceof Error ? error.message : String(error);
    send(response, { status: 500, body: badRequest('internal_error', `The companion failed: ${message}`) });
  }
}

/** Listens on 127.0.0.1; port 0 picks a free port, read back from `port`/`url`. */
export function listenCompanion(
  app: Hono,
  receive: WebhookReceiver,
  port: number,
  direct: readonly DirectRoute[] = [],
): Promise<LoopbackServer> {
  const viaHono = getRequestListener(app.fetch, { hostname: '127.0.0.1' });
  const handOver = (request: IncomingMessage, response: ServerResponse) => void viaHono(request, response);
  const server = createServer((request, response) => {
    if (isWebhookPost(request)) void answerWebhook(receive, request, response);
    else if (!direct.some((route) => route(request, response, handOver))) void viaHono(request, response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${bound}`,
        port: bound,
        server,
        close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
  });
}
