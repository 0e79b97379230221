/**
 * kill -9 between the limit reservation and the Graph API's answer (spec §11.6): the companion runs as its own
 * process, its simulated platform is told to hold the next send (a `timeout` fault), the send reaches the platform,
 * and the process is killed while the request hangs. After a restart on the same data dir the send is `unknown`
 * (reconcileInterrupted), its slot is counted once, a retry with the same idempotency key does not send again, and
 * the status webhooks Meta sends if it had accepted the message settle it. The sandbox platform lives in the killed
 * process, so "Meta accepted it" is played by posting the signed status webhooks ourselves.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SANDBOX_IDS } from '../../companion/config/config.ts';
import { createPairing } from '../../companion/http/pairing.ts';
import type { SendRequestRecord } from '../../companion/sandbox/faults.ts';
import { openDatabase } from '../../companion/store/database.ts';
import { createStore } from '../../companion/store/store.ts';
import { signBody } from '../../companion/whatsapp/signature.ts';
import { statusWebhook } from '../../shared/contracts/webhook-builders.ts';
import { startDaemonProcess } from '../integration/daemon-process.ts';
import { APP_SECRET, VERIFY_TOKEN } from '../integration/harness.ts';

const business = {
  wabaId: SANDBOX_IDS.wabaId,
  phoneNumberId: SANDBOX_IDS.phoneNumberId,
  displayPhoneNumber: '15550104477',
};
const TO = '+5511987654321';
const KEY = 'crash-between-reserve-and-answer-0001';
const TEMPLATE = {
  name: 'order_update',
  language: 'pt_BR',
  params: { header_1: 'BR-1', '1': 'Ana', '2': 'BR-1', '3': 'enviado' },
};

async function startProcess(dataDir: string, port: number): Promise<ChildProcess> {
  return (await startDaemonProcess({ dataDir, port, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN })).child;
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('waitFor: timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function withDb<T>(dataDir: string, use: (store: ReturnType<typeof createStore>) => T): T {
  const db = openDatabase(join(dataDir, 'companion.db'));
  try {
    return use(createStore(db));
  } finally {
    db.close();
  }
}

let retryAfterRestart: { status: number; body: unknown; expected: { status: number; body: unknown } } | undefined;

it('a send interrupted by kill -9 is unknown after restart, counted once, never resent, settled by its webhooks', {
  timeout: 60_000,
}, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'qbm-crash-send-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const base = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  try {
    child = await startProcess(dataDir, port);
    const code = withDb(dataDir, (store) => createPairing(store, Date.now).newCode().code);
    const paired = await fetch(`${base}/v1/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(paired.status).toBe(200);
    const { token } = (await paired.json()) as { token: string };
    const api = async (path: string, init: { method?: string; json?: unknown } = {}) => {
      const response = await fetch(`${base}${path}`, {
        method: init.method ?? 'GET',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
      });
      // biome-ignore lint/suspicious/noExplicitAny: JSON bodies of many shapes, asserted on below
      return { status: response.status, body: (await response.json().catch(() => undefined)) as any };
    };
    const sendRequests = async () => (await api('/sandbox/faults')).body.sends as SendRequestRecord[];

    expect((await api('/sandbox/faults', { method: 'POST', json: { faults: [{ kind: 'timeout' }] } })).status).toBe(
      200,
    );
    const usedBefore = (await api('/v1/number')).body.messagingLimit.used;
    expect(usedBefore).toBe(0);
    // Not awaited: the platform holds the request until the process dies.
    const hanging = api('/v1/messages', { method: 'POST', json: { to: TO, idempotencyKey: KEY, template: TEMPLATE } })
      .then(() => 'answered' as const)
      .catch(() => 'connection lost' as const);
    const [request] = await waitFor(async () => {
      const sends = await sendRequests();
      return sends.length > 0 ? sends : undefined;
    });
    const messageId = withDb(
      dataDir,
      (store) =>
        store.db.prepare('SELECT id, status FROM messages WHERE idempotency_key = ?').get(KEY) as {
          id: string;
          status: string;
        },
    );
    expect(messageId.status).toBe('pending');
    expect(request?.bizOpaqueCallbackData).toBe(messageId.id);

    child.kill('SIGKILL');
    await new Promise((resolve) => child?.once('exit', resolve));
    expect(await hanging).toBe('connection lost');

    child = await startProcess(dataDir, port);
    const message = await api(`/v1/messages/${messageId.id}`);
    expect(message.status).toBe(200);
    expect(message.body).toMatchObject({ id: messageId.id, wamid: null, status: 'unknown' });
    expect((await api('/v1/number')).body.messagingLimit.used).toBe(1);

    // The same key again: the stored state, no second request to the platform, no second slot.
    const retry = await api('/v1/messages', {
      method: 'POST',
      json: { to: TO, idempotencyKey: KEY, template: TEMPLATE },
    });
    retryAfterRestart = {
      ...retry,
      expected: { status: 202, body: { id: messageId.id, wamid: null, status: 'unknown' } },
    };
    expect(await sendRequests()).toEqual([]);
    expect((await api('/v1/number')).body.messagingLimit.used).toBe(1);

    // Meta had accepted it: its statuses arrive, signed, carrying our id.
    const wamid = 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEjVDQUZFQTIyQjY0RTA2QzFGNAA=';
    for (const status of ['sent', 'delivered'] as const) {
      const raw = JSON.stringify(
        statusWebhook({
          business,
          recipient: { waId: TO.slice(1) },
          messageId: wamid,
          status,
          at: Date.now(),
          bizOpaqueCallbackData: messageId.id,
        }),
      );
      const response = await fetch(`${base}/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(raw, APP_SECRET) },
        body: raw,
      });
      expect(response.status).toBe(200);
    }
    const settled = await api(`/v1/messages/${messageId.id}`);
    expect(settled.body).toMatchObject({ id: messageId.id, wamid, status: 'delivered' });
    expect((await api('/v1/number')).body.messagingLimit.used).toBe(1);
    expect(await sendRequests()).toEqual([]);
  } finally {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await new Promise((resolve) => child?.once('exit', resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
});

// Found by this suite: a send interrupted by a crash has no stored answer, and the gate used to run reserveSend
// again (500 from UNIQUE(idempotency_key)). It now answers from the existing message row.
it('the same idempotency key after the restart answers with the stored state (202 unknown)', () => {
  expect(retryAfterRestart).toBeDefined();
  expect({ status: retryAfterRestart?.status, body: retryAfterRestart?.body }).toEqual(retryAfterRestart?.expected);
});
