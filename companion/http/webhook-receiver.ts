/**
 * What a POSTed webhook gets, independent of any HTTP framework: the signature checked over the raw bytes before
 * anything is parsed (401 otherwise), the body decoded, depth-checked, parsed and its envelope validated (400 with
 * issues otherwise), every change committed (group-commit.ts), and only then a 200. The Hono route and the server's
 * direct node:http path for POST /webhook (server/listen.ts) both answer through this one function, so they cannot
 * drift apart.
 */
import type { ErrorBody } from '../../shared/contracts/api.ts';
import { parseWebhookBody } from '../../shared/contracts/webhook-envelope.ts';
import type { Clock } from '../../shared/time/clock.ts';
import type { IngestCounts } from '../ingest/context.ts';
import { createIngestQueue } from '../ingest/group-commit.ts';
import type { Store } from '../store/store.ts';
import { isValidSignature } from '../whatsapp/signature.ts';
import { badRequest } from './body.ts';
import { jsonDepthExceeds } from './json-depth.ts';

/** Meta documents batches up to a few MB; anything far larger is not Meta. */
export const MAX_WEBHOOK_BYTES = 8 * 1024 * 1024;

export const TOO_LARGE: WebhookAnswer = {
  status: 413,
  body: badRequest('payload_too_large', 'The webhook body is larger than 8 MB.'),
};

export interface WebhookAnswer {
  status: 200 | 400 | 401 | 413 | 500;
  body: ErrorBody | ({ received: true } & IngestCounts);
}

export interface WebhookReceiverDeps {
  store: Store;
  clock: Clock;
  appSecret: () => string;
  phoneNumberId: () => string;
  onIngested?: (counts: IngestCounts) => void;
}

export type WebhookReceiver = (raw: Uint8Array, signature: string | undefined) => Promise<WebhookAnswer>;

// Stateless with fatal: true (throws on bad UTF-8), so one decoder serves every request.
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function createWebhookReceiver(deps: WebhookReceiverDeps): WebhookReceiver {
  const queue = createIngestQueue(deps.store, deps.clock, deps.phoneNumberId);
  return async (raw, signature) => {
    if (!isValidSignature(raw, signature, deps.appSecret())) {
      return {
        status: 401,
        body: badRequest('invalid_signature', 'X-Hub-Signature-256 is missing or does not match the app secret.'),
      };
    }
    let json: unknown;
    try {
      const text = utf8.decode(raw);
      if (jsonDepthExceeds(text)) {
        return {
          status: 400,
          body: badRequest('too_deep', 'The webhook body is nested deeper than any WhatsApp payload.'),
        };
      }
      json = JSON.parse(text);
    } catch {
      return { status: 400, body: badRequest('invalid_json', 'The webhook body is not valid UTF-8 JSON.') };
    }
    const body = parseWebhookBody(json);
    if (!body.ok) return { status: 400, body: badRequest(body.error.code, body.error.message, body.error.issues) };
    // Committed (with the other bodies of this event-loop turn) before the 200: group-commit.ts.
    const counts = await queue.ingest(body.value);
    deps.onIngested?.(counts);
    return { status: 200, body: { received: true, ...counts } };
  };
}
