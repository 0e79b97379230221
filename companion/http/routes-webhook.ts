/**
 * Meta's webhook endpoint (spec §4) as Hono routes: GET answers the verification handshake with the raw challenge;
 * POST hands the raw bytes to the webhook receiver (signature, parsing, commit before the 200: webhook-receiver.ts).
 * The running daemon answers POST /webhook straight from node:http (server/listen.ts) through the same receiver.
 */
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { parseWebhookVerificationQuery } from '../../shared/contracts/graph.ts';
import { MAX_WEBHOOK_BYTES, TOO_LARGE, type WebhookReceiver } from './webhook-receiver.ts';

export interface WebhookDeps {
  verifyToken: () => string;
  receive: WebhookReceiver;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function webhookRoutes(deps: WebhookDeps): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    const query = parseWebhookVerificationQuery(c.req.query());
    if (query.ok && sameSecret(query.value['hub.verify_token'], deps.verifyToken())) {
      return c.text(query.value['hub.challenge'], 200);
    }
    return c.text('Forbidden', 403);
  });
  app.post(
    '/',
    bodyLimit({ maxSize: MAX_WEBHOOK_BYTES, onError: (c) => c.json(TOO_LARGE.body, TOO_LARGE.status) }),
    async (c) => {
      const raw = new Uint8Array(await c.req.arrayBuffer());
      const answer = await deps.receive(raw, c.req.header('x-hub-signature-256'));
      return c.json(answer.body, answer.status);
    },
  );
  return app;
}
