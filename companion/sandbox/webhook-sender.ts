/**
 * Delivers webhooks the way Meta does (spec §4): a JSON POST signed with `X-Hub-Signature-256: sha256=<hex>`, the
 * HMAC-SHA256 of the exact body bytes with the App Secret; anything but a 2xx (or no answer) is retried with
 * back-off. Meta retries for up to 7 days; the sandbox gives up after a few minutes, logging the drop.
 *
 * First attempts go out one at a time, in the order they were queued, so the companion sees sent → delivered → read
 * in order on a healthy connection; retries then go out on their own schedule (Meta reorders too, spec §11.6).
 */
import { createHmac } from 'node:crypto';
import type { WebhookBodyJson } from '../../shared/contracts/webhook-builders.ts';
import type { PendingWork } from './pending-work.ts';

/** Waits before each retry, in ms: 2 s, 10 s, 1 min, 5 min (about 6 min in all). */
export const DEFAULT_RETRY_DELAYS: readonly number[] = [2_000, 10_000, 60_000, 300_000];
const ATTEMPT_TIMEOUT = 10_000;

export interface WebhookSenderOptions {
  appSecret: string;
  /** Where to POST; undefined while the companion is not listening yet (the attempt fails and is retried). */
  url: () => string | undefined;
  fetch: typeof fetch;
  work: PendingWork;
  retryDelays?: readonly number[];
  /** Told about each delivery that failed for good. */
  onDrop?: (body: WebhookBodyJson, reason: string) => void;
}

export interface WebhookSender {
  /** Resolves true once a 2xx came back, false when every retry failed. */
  deliver(body: WebhookBodyJson): Promise<boolean>;
}

/** `sha256=<hex>` over the raw bytes, exactly what the receiver must recompute before parsing (spec §11.5). */
export function signatureOf(rawBody: string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody, 'utf8').digest('hex')}`;
}

export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const retryDelays = options.retryDelays ?? DEFAULT_RETRY_DELAYS;
  let queue: Promise<unknown> = Promise.resolve();

  async function attempt(raw: string): Promise<string | undefined> {
    const url = options.url();
    if (!url) return 'no webhook URL yet';
    try {
      const response = await options.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signatureOf(raw, options.appSecret) },
        body: raw,
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT),
      });
      // Drain the answer so the connection is reused; its content does not matter to Meta either.
      await response.arrayBuffer().catch(() => undefined);
      return response.ok ? undefined : `HTTP ${response.status}`;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  function retry(body: WebhookBodyJson, raw: string, failure: string, retries: number): Promise<boolean> {
    const delay = retryDelays[retries];
    if (delay === undefined) {
      options.onDrop?.(body, failure);
      return Promise.resolve(false);
    }
    return new Promise<boolean>((resolve) => {
      void options.work.later(delay, async () => {
        const next = await attempt(raw);
        resolve(next === undefined ? true : await retry(body, raw, next, retries + 1));
      });
    });
  }

  function deliver(body: WebhookBodyJson): Promise<boolean> {
    // Serialised once: the signature covers these bytes and every retry sends the very same ones.
    const raw = JSON.stringify(body);
    const first = queue.then(() => attempt(raw));
    queue = first;
    return options.work.track(first.then((failure) => (failure === undefined ? true : retry(body, raw, failure, 0))));
  }

  return { deliver };
}
