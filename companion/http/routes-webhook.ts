/**
 * Meta's webhook endpoint (spec §4): GET answers the verification handshake with the raw challenge; POST checks the
 * signature over the raw bytes before parsing anything (401 otherwise), commits every change, and only then says 200.
 */
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { parseWebhookVerificationQuery } from '../../shared/contracts/graph.ts';
import { parseWebhookBody } from '../../shared/contracts/webhook-envelope.ts';
import type { Clock } from '../../shared/time/clock.ts';
import { createIngestQueue } from '../ingest/group-commit.ts';
import type { Store } from '../store/store.ts';
import { isValidSignature } from '../whatsapp/signature.ts';
import { badRequest } from './body.ts';
import { jsonDepthExceeds } from './json-depth.ts';

/** Meta documents batches up to a few MB; anything far larger is not Meta. */
export const MAX_WEBHOOK_BYTES = 8 * 1024 * 1024;

export interface WebhookDeps {
  store: Store;
  clock: Clock;
  appSecret: () => string;
  verifyToken: () => string;
  phoneNumberId: () => string;
  onIngested?: (counts: { applied: number; duplicates: number; ignored: number }) => void;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function webhookRoutes(deps: WebhookDeps): Hono {
  const app = new Hono();
  const queue = createIngestQueue(deps.store, deps.clock, deps.phoneNumberId);
  app.get('/', (c) => {
    const query = parseWebhookVerificationQuery(c.req.query());
    if (query.ok && sameSecret(query.value['hub.verify_token'], deps.verifyToken())) {
      return c.text(query.value['hub.challenge'], 200);
    }
    return c.text('Forbidden', 403);
  });
  app.post(
    '/',
    bodyLimit({
      maxSize: MAX_WEBHOOK_BYTES,
      onError: (c) => c.json(badRequest('payload_too_large', 'The webhook body is larger than 8 MB.'), 413),
    }),
    async (c) => {
      const raw = new Uint8Array(await c.req.arrayBuffer());
      if (!isValidSignature(raw, c.req.header('x-hub-signature-256'), deps.appSecret())) {
        return c.json(
          badRequest('invalid_signature', 'X-Hub-Signature-256 is missing or does not match the app secret.'),
          401,
        );
      }
      let json: unknown;
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
        if (jsonDepthExceeds(text)) {
          return c.json(badRequest('too_deep', 'The webhook body is nested deeper than any WhatsApp payload.'), 400);
        }
        json = JSON.parse(text);
      } catch {
        return c.json(badRequest('invalid_json', 'The webhook body is not valid UTF-8 JSON.'), 400);
      }
      const body = parseWebhookBody(json);
      if (!body.ok) return c.json(badRequest(body.error.code, body.error.message, body.error.issues), 400);
      // Committed (with the other bodies of this event-loop turn) before the 200: group-commit.ts.
      const counts = await queue.ingest(body.value);
      deps.onIngested?.(counts);
      return c.json({ received: true, ...counts }, 200);
    },
  );
  return app;
}
