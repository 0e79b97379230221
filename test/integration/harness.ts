/**
 * Starts the real companion (SQLite file, HTTP on 127.0.0.1, sandbox platform on its own port, the real Graph client
 * between them) in a temp data dir, pairs with it, and offers a small typed HTTP client to drive it like the extension.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../companion/config/config.ts';
import { type RunningCompanion, startCompanion } from '../../companion/server/start.ts';
import { signBody } from '../../companion/whatsapp/signature.ts';

export const APP_SECRET = 'integration-app-secret-0123456789';
export const VERIFY_TOKEN = 'integration-verify-token';

/** A send of the sandbox's approved utility template `order_update` (pt_BR), every variable filled. */
export function orderUpdate(to: string, idempotencyKey: string, order = 'BR-10234') {
  return {
    to,
    idempotencyKey,
    template: {
      name: 'order_update',
      language: 'pt_BR',
      params: { header_1: order, '1': 'Ana', '2': order, '3': 'enviado' },
    },
  };
}

export interface TestCompanion {
  running: RunningCompanion;
  url: string;
  token: string;
  dataDir: string;
  // biome-ignore lint/suspicious/noExplicitAny: the tests read JSON bodies of many shapes and assert on them
  api(path: string, init?: RequestInit & { json?: unknown }): Promise<{ status: number; body: any; headers: Headers }>;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  webhook(body: unknown, options?: { signature?: string | null }): Promise<{ status: number; body: any }>;
  waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs?: number): Promise<T>;
  close(options?: { keepData?: boolean }): Promise<void>;
}

export async function startTestCompanion(options: { dataDir?: string; policy?: object } = {}): Promise<TestCompanion> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'qbm-it-'));
  const config = loadConfig({
    env: { WHATSAPP_APP_SECRET: APP_SECRET, WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN, QBM_LOG_LEVEL: 'warn' },
    args: { dataDir },
  });
  if (!config.ok) throw new Error(config.error.message);
  const running = await startCompanion(
    { ...config.value, port: 0, policy: { ...config.value.policy, quietHours: null, ...options.policy } },
    { logDestination: { write() {} }, deliveryDelays: { sent: 5, delivered: 15, read: 40 } },
  );
  const url = running.url;
  const pair = await fetch(`${url}/v1/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: running.pairingCode }),
  });
  const { token } = (await pair.json()) as { token: string };

  async function api(path: string, init: RequestInit & { json?: unknown } = {}) {
    const headers = new Headers(init.headers);
    if (!headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
    if (init.json !== undefined) headers.set('content-type', 'application/json');
    const response = await fetch(`${url}${path}`, {
      ...init,
      headers,
      ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    return { status: response.status, body, headers: response.headers };
  }

  return {
    running,
    url,
    token,
    dataDir,
    api,
    async webhook(body, opts = {}) {
      const raw = typeof body === 'string' ? body : JSON.stringify(body);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const signature = opts.signature === undefined ? signBody(raw, APP_SECRET) : opts.signature;
      if (signature !== null) headers['x-hub-signature-256'] = signature;
      const response = await fetch(`${url}/webhook`, { method: 'POST', headers, body: raw });
      return { status: response.status, body: await response.json().catch(() => undefined) };
    },
    async waitFor(probe, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error('waitFor: timed out');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close(closeOptions = {}) {
      await running.close();
      if (!closeOptions.keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
