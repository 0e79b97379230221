/**
 * The companion as its own process for the end-to-end tests that stop and restart it: a fixed data dir (quiet hours
 * off in its config.json, as a team could set them, so the test does not depend on the time of day) and a fixed port,
 * so a restart finds the same database and the extension the same address. Pairs through a code written straight into
 * its database (what `companion pair` prints), and reads that database read-only to count rows.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createPairing } from '../../companion/http/pairing.ts';
import { openDatabase } from '../../companion/store/database.ts';
import { createStore } from '../../companion/store/store.ts';
import { startDaemonProcess } from '../integration/daemon-process.ts';
import { APP_SECRET, VERIFY_TOKEN } from '../integration/harness.ts';

/** A port the OS just handed out and released: the companion must come back on the same one. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface RestartableCompanion {
  url: string;
  token: string;
  dataDir: string;
  /** Milliseconds from spawn to the first answer of /health, per start. */
  starts: number[];
  // biome-ignore lint/suspicious/noExplicitAny: JSON bodies of many shapes, asserted on by the tests
  api(path: string, init?: { method?: string; json?: unknown }): Promise<{ status: number; body: any }>;
  kill(): Promise<void>;
  restart(): Promise<void>;
  /** A read-only look at the companion's SQLite file (it may be running: WAL lets readers in). */
  query<T>(sql: string, ...params: (string | number)[]): T[];
  close(): Promise<void>;
}

export async function startRestartableCompanion(): Promise<RestartableCompanion> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qbm-e2e-daemon-'));
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify({ policy: { quietHours: null } }), { mode: 0o600 });
  const port = await freePort();
  const starts: number[] = [];
  let child: ChildProcess | undefined;
  const start = async () => {
    const daemon = await startDaemonProcess({ dataDir, port, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN });
    child = daemon.child;
    starts.push(Math.round(daemon.startedInMs));
  };
  await start();
  const url = `http://127.0.0.1:${port}`;
  const store = openDatabase(join(dataDir, 'companion.db'));
  const code = createPairing(createStore(store), Date.now).newCode().code;
  store.close();
  const paired = await fetch(`${url}/v1/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const { token } = (await paired.json()) as { token: string };

  const kill = async () => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  return {
    url,
    token,
    dataDir,
    starts,
    async api(path, init = {}) {
      const response = await fetch(`${url}${path}`, {
        method: init.method ?? 'GET',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
      });
      return { status: response.status, body: await response.json().catch(() => undefined) };
    },
    kill,
    restart: start,
    query<T>(sql: string, ...params: (string | number)[]) {
      const db = new DatabaseSync(join(dataDir, 'companion.db'), { readOnly: true });
      try {
        return db.prepare(sql).all(...params) as T[];
      } finally {
        db.close();
      }
    },
    async close() {
      await kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
