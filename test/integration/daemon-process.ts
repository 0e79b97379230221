/**
 * The companion as its own process (`node companion/main.ts start`), as a user runs it: for the kill -9 tests and the
 * benchmarks. Resolves once GET /health answers; the caller kills it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

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
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'companion/main.ts'), 'start', '--port', String(options.port), '--data-dir', options.dataDir],
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
