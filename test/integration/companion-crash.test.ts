/**
 * kill -9 during webhook ingestion loses no acknowledged event (issue 3): the companion runs as its own process,
 * signed webhooks pour in, the process is killed at a random moment, and every wamid that got a 200 must be in the
 * database afterwards. The 200 is sent only after the transaction commits (synchronous=FULL, WAL).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SANDBOX_IDS } from '../../companion/config/config.ts';
import { openDatabase } from '../../companion/store/database.ts';
import { signBody } from '../../companion/whatsapp/signature.ts';
import { inboundTextWebhook } from '../../shared/contracts/webhook-builders.ts';
import { startDaemonProcess } from './daemon-process.ts';
import { APP_SECRET, VERIFY_TOKEN } from './harness.ts';

const business = {
  wabaId: SANDBOX_IDS.wabaId,
  phoneNumberId: SANDBOX_IDS.phoneNumberId,
  displayPhoneNumber: '15550104477',
};

async function startProcess(dataDir: string, port: number): Promise<ChildProcess> {
  return (await startDaemonProcess({ dataDir, port, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN })).child;
}

async function pour(port: number, prefix: string, acked: Set<string>, stop: { now: boolean }): Promise<void> {
  let n = 0;
  const worker = async () => {
    while (!stop.now) {
      const wamid = `wamid.${prefix}.${n++}`;
      const raw = JSON.stringify(
        inboundTextWebhook({
          business,
          user: { waId: `55119${String(60000000 + (n % 5000))}` },
          messageId: wamid,
          text: 'Oi',
          at: Date.now(),
        }),
      );
      try {
        const response = await fetch(`http://127.0.0.1:${port}/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(raw, APP_SECRET) },
          body: raw,
        });
        if (response.status === 200) acked.add(wamid);
      } catch {
        return; // the process is gone
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

/** 3 rounds in npm test; 50 in the full reliability run (npm run test:reliability, docs/reliability.md). */
const ROUNDS = process.env.RELIABILITY_FULL === '1' ? 50 : 3;

it(`every acknowledged webhook survives kill -9 at a random moment (${ROUNDS} rounds)`, {
  timeout: 900_000,
}, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'qbm-crash-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const acked = new Set<string>();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const child = await startProcess(dataDir, port);
      const stop = { now: false };
      const pouring = pour(port, `r${round}`, acked, stop);
      await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 700));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      stop.now = true;
      await pouring;
    }
    const db = openDatabase(join(dataDir, 'companion.db'));
    const stored = new Set(
      (db.prepare("SELECT id FROM feed WHERE id LIKE 'inbound:%'").all() as { id: string }[]).map((row) =>
        row.id.slice(8),
      ),
    );
    db.close();
    expect(acked.size).toBeGreaterThan(50);
    if (process.env.RELIABILITY_FULL === '1')
      process.stdout.write(
        `kill -9: ${ROUNDS} rounds, ${acked.size} acknowledged webhooks, lost: ${[...acked].filter((w) => !stored.has(w)).length}\n`,
      );
    const lost = [...acked].filter((wamid) => !stored.has(wamid));
    expect(lost).toEqual([]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
