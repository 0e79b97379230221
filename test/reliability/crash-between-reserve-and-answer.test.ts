/**
 * kill -9 between the limit reservation and the Graph API's answer (spec §11.6): the companion runs as its own
 * process, its simulated platform is told to hold the next send (a `timeout` fault), the send reaches the platform,
 * and the process is killed while the request hangs. After a restart on the same data dir the send is `unknown`
 * (reconcileInterrupted), its slot is counted once, a retry with the same idempotency key does not send again, and
 * the status webhooks Meta sends if it had accepted the message settle it. The sandbox platform lives in the killed
 * process, so "Meta accepted it" is played by posting the signed status webhooks ourselves. Each round sends to its own
 * recipient on the same data dir: 2 rounds in npm test, 50 with RELIABILITY_FULL=1 (npm run test:reliability).
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
const TEMPLATE = {
  name: 'order_update',
  language: 'pt_BR',
  params: { header_1: 'BR-1', '1': 'Ana', '2': 'BR-1', '3': 'enviado' },
};
/** 2 rounds in npm test; 50 in the full reliability run (npm run test:reliability, docs/reliability.md). */
const ROUNDS = process.env.RELIABILITY_FULL === '1' ? 50 : 2;
/** One recipient per round (opted in first), so the team's frequency cap never refuses a later round. */
const recipient = (round: number) => `+55119${String(70_000_000 + round).padStart(8, '0')}`;

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

type Retry = { status: number; body: unknown; expected: { status: number; body: unknown } };
const retriesAfterRestart: Retry[] = [];

it(`a send interrupted by kill -9 is unknown after restart, counted once, never resent, settled by its webhooks (${ROUNDS} rounds)`, {
  timeout: 900_000,
}, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'qbm-crash-send-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const base = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const t0 = performance.now();
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
    expect((await api('/v1/number')).body.messagingLimit.used).toBe(0);

    for (let round = 0; round < ROUNDS; round++) {
      const to = recipient(round);
      const key = `crash-between-reserve-and-answer-${String(round).padStart(4, '0')}`;
      const consent = await api('/v1/consent', {
        method: 'POST',
        json: {
          contact: to,
          action: 'opt_in',
          categories: ['utility'],
          source: 'web_form',
          wording: 'Quero receber atualizações do pedido.',
          agent: 'reliability',
        },
      });
      expect(consent.status).toBeLessThan(300);
      expect((await api('/sandbox/faults', { method: 'POST', json: { faults: [{ kind: 'timeout' }] } })).status).toBe(
        200,
      );
      // Not awaited: the platform holds the request until the process dies.
      const hanging = api('/v1/messages', { method: 'POST', json: { to, idempotencyKey: key, template: TEMPLATE } })
        .then(() => 'answered' as const)
        .catch(() => 'connection lost' as const);
      const [request] = await waitFor(async () => {
        const sends = await sendRequests();
        return sends.length > 0 ? sends : undefined;
      });
      const row = withDb(
        dataDir,
        (store) =>
          store.db.prepare('SELECT id, status FROM messages WHERE idempotency_key = ?').get(key) as {
            id: string;
            status: string;
          },
      );
      expect(row.status).toBe('pending');
      expect(request?.bizOpaqueCallbackData).toBe(row.id);

      child.kill('SIGKILL');
      await new Promise((resolve) => child?.once('exit', resolve));
      expect(await hanging).toBe('connection lost');

      child = await startProcess(dataDir, port);
      const message = await api(`/v1/messages/${row.id}`);
      expect(message.status).toBe(200);
      expect(message.body).toMatchObject({ id: row.id, wamid: null, status: 'unknown' });
      expect((await api('/v1/number')).body.messagingLimit.used).toBe(round + 1);

      // The same key again: the stored state, no second request to the platform, no second slot.
      const retry = await api('/v1/messages', {
        method: 'POST',
        json: { to, idempotencyKey: key, template: TEMPLATE },
      });
      retriesAfterRestart.push({
        ...retry,
        expected: { status: 202, body: { id: row.id, wamid: null, status: 'unknown' } },
      });
      expect(await sendRequests()).toEqual([]);
      expect((await api('/v1/number')).body.messagingLimit.used).toBe(round + 1);

      // Meta had accepted it: its statuses arrive, signed, carrying our id.
      const wamid = `wamid.crash-between-reserve-and-answer-${round}`;
      for (const status of ['sent', 'delivered'] as const) {
        const raw = JSON.stringify(
          statusWebhook({
            business,
            recipient: { waId: to.slice(1) },
            messageId: wamid,
            status,
            at: Date.now(),
            bizOpaqueCallbackData: row.id,
          }),
        );
        const response = await fetch(`${base}/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(raw, APP_SECRET) },
          body: raw,
        });
        expect(response.status).toBe(200);
      }
      const settled = await api(`/v1/messages/${row.id}`);
      expect(settled.body).toMatchObject({ id: row.id, wamid, status: 'delivered' });
      expect((await api('/v1/number')).body.messagingLimit.used).toBe(round + 1);
      expect(await sendRequests()).toEqual([]);
    }

    // Over all rounds: one message row per interrupted send, each delivered, one slot each, nothing resent.
    const rows = withDb(
      dataDir,
      (store) => store.db.prepare('SELECT status FROM messages').all() as { status: string }[],
    );
    expect(rows.map((r) => r.status)).toEqual(Array.from({ length: ROUNDS }, () => 'delivered'));
    if (process.env.RELIABILITY_FULL === '1')
      process.stdout.write(
        `crash between reserve and answer: ${ROUNDS} rounds in ${Math.round((performance.now() - t0) / 1000)} s, ` +
          `${rows.length} messages, ${(await api('/v1/number')).body.messagingLimit.used} slots, 0 resent\n`,
      );
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
it('the same idempotency key after the restart answers with the stored state (202 unknown), every round', () => {
  expect(retriesAfterRestart).toHaveLength(ROUNDS);
  for (const retry of retriesAfterRestart) expect({ status: retry.status, body: retry.body }).toEqual(retry.expected);
});
