/**
 * Deterministic harness for the simulated platform: a manual clock, a manual scheduler that runs due tasks when
 * told to, an in-memory webhook receiver (a fake `fetch`), and `drain()` which runs every timer and retry until
 * nothing is left.
 */
import { createHmac } from 'node:crypto';
import { parseWebhookBody, parseWebhookChanges, type WebhookChange } from '../../shared/contracts/webhook-envelope.ts';
import type { WebhookStatus } from '../../shared/contracts/webhook-statuses.ts';
import type { Clock } from '../../shared/time/clock.ts';
import { createSandboxPlatform, type SandboxPlatform, type SandboxPlatformOptions } from './platform.ts';

export const NOW = Date.UTC(2026, 2, 10, 14, 0);
export const SECRET = 'sandbox-app-secret';
export const TOKEN = 'sandbox-access-token';
export const PHONE_NUMBER_ID = '106540352242922';
export const WABA_ID = '102290129340398';
export const BUSINESS_ID = '506914307656634';
export const WEBHOOK_URL = 'http://companion.test/webhooks/whatsapp';

export interface ManualClock extends Clock {
  set(at: number): void;
}

export function manualClock(start = NOW): ManualClock {
  let now = start;
  return { now: () => now, set: (at) => (now = Math.max(now, at)) };
}

export function manualScheduler(clock: ManualClock) {
  const tasks: { at: number; seq: number; fn: () => void }[] = [];
  let seq = 0;
  let wake: (() => void) | undefined;
  return {
    schedule(fn: () => void, delayMs: number) {
      tasks.push({ at: clock.now() + delayMs, seq: seq++, fn });
      wake?.();
    },
    /** Runs the earliest task, moving the clock to its time; false when none is queued. */
    runNext(): boolean {
      tasks.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const task = tasks.shift();
      if (!task) return false;
      clock.set(task.at);
      task.fn();
      return true;
    },
    whenQueued(): Promise<void> {
      return new Promise((resolve) => {
        wake = resolve;
      });
    },
    get size() {
      return tasks.length;
    },
  };
}

export interface Received {
  url: string;
  raw: string;
  signature: string | null;
  json: unknown;
}

/** A fake `fetch` standing for the companion's webhook endpoint; `failures` answers 500 that many times first. */
export function webhookReceiver() {
  const received: Received[] = [];
  let failures = 0;
  const receiverFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const raw = String(init?.body ?? '');
    if (failures > 0) {
      failures--;
      return new Response('down', { status: 500 });
    }
    const headers = new Headers(init?.headers);
    received.push({ url: String(input), raw, signature: headers.get('x-hub-signature-256'), json: JSON.parse(raw) });
    return new Response(null, { status: 200 });
  };
  return {
    fetch: receiverFetch as typeof fetch,
    received,
    failNext(times: number) {
      failures = times;
    },
  };
}

export function hmacOf(raw: string, secret = SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
}

export function changesOf(received: Received[]): WebhookChange[] {
  return received.flatMap((r) => {
    const body = parseWebhookBody(r.json);
    if (!body.ok) throw new Error(body.error.message);
    return parseWebhookChanges(body.value).map((located) => located.change);
  });
}

export function statusesOf(received: Received[]): WebhookStatus[] {
  return changesOf(received).flatMap((change) => (change.field === 'messages' ? (change.value.statuses ?? []) : []));
}

export function setup(overrides: Partial<SandboxPlatformOptions> = {}) {
  const clock = manualClock();
  const scheduler = manualScheduler(clock);
  const receiver = webhookReceiver();
  let id = 0;
  const platform: SandboxPlatform = createSandboxPlatform({
    appSecret: SECRET,
    accessToken: TOKEN,
    phoneNumberId: PHONE_NUMBER_ID,
    displayPhoneNumber: '+1 555-010-4477',
    wabaId: WABA_ID,
    businessId: BUSINESS_ID,
    webhookUrl: () => WEBHOOK_URL,
    clock,
    nextId: () => String(++id),
    schedule: scheduler.schedule,
    fetch: receiver.fetch,
    ...overrides,
  });
  const graph = (path: string, init: RequestInit = {}) =>
    platform.app.request(path, {
      ...init,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...init.headers },
    });
  const send = (body: unknown) =>
    graph(`/v24.0/${PHONE_NUMBER_ID}/messages`, { method: 'POST', body: JSON.stringify(body) });
  /** Runs every timer and retry, in time order, until no webhook is left to deliver. */
  async function drain(): Promise<void> {
    for (;;) {
      if (scheduler.runNext()) continue;
      const idle = platform.flush().then(() => 'idle' as const);
      if ((await Promise.race([idle, scheduler.whenQueued().then(() => 'task' as const)])) === 'idle') return;
    }
  }
  return { clock, scheduler, receiver, platform, graph, send, drain };
}

export function template(name: string, language: string, components: unknown[] = [], to = '+5511987654321') {
  return {
    messaging_product: 'whatsapp',
    to,
    type: 'template',
    template: { name, language: { code: language }, components },
  };
}

export const text = (body: string, to = '+5511987654321') => ({
  messaging_product: 'whatsapp',
  recipient_type: 'individual',
  to,
  type: 'text',
  text: { preview_url: false, body },
});

export const bodyParams = (...values: string[]) => ({
  type: 'body',
  parameters: values.map((value) => ({ type: 'text', text: value })),
});
