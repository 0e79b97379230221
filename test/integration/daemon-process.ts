/**
 * The companion as its own process (`node build/companion/main.js start`, the bundle `npm start` runs), as a user runs
 * it: for the kill -9 tests and the benchmarks. Resolves once GET /health answers; the caller kills it. The bundle is
 * built by the integration tests' global setup and by `npm run bench` (companion/tools/bundle.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { COMPANION_BUNDLE, COMPANION_NODE_FLAGS } from '../../companion/tools/bundle.ts';

export interface DaemonProcess {
  child: ChildProcess;
  url: string;
  /** From spawn to the first 200 on /health. */
  startedInMs: number;
}

export async function startDaemonProcess(options: {
  dataDir: string;
  port: number;
  appSecret: string;
  verifyToken: string;
  timeoutMs?: number;
}): Promise<DaemonProcess> {
  if (!existsSync(COMPANION_BUNDLE)) {
    throw new Error(`${COMPANION_BUNDLE} is missing: run \`npm run build:companion\` first.`);
  }
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [...COMPANION_NODE_FLAGS, COMPANION_BUNDLE, 'start', '--port', String(options.port), '--data-dir', options.dataDir],
    {
      env: {
        ...process.env,
        WHATSAPP_APP_SECRET: options.appSecret,
        WHATSAPP_VERIFY_TOKEN: options.verifyToken,
        QBM_LOG_LEVEL: 'error',
      },
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/health`)).ok) return { child, url, startedInMs: performance.now() - t0 };
    } catch {}
    await new Promise((wait) => setTimeout(wait, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`the companion did not answer on ${url}/health`);
}
