/** Starts the companion (and a no-op baseline server) as their own processes for the benchmarks. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const BENCH_APP_SECRET = 'bench-app-secret-0123456789abcdef';

export async function waitForHealth(url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not come up`);
}

export async function startCompanionProcess(
  port: number,
  dataDir = mkdtempSync(join(tmpdir(), 'qbm-bench-')),
): Promise<{ child: ChildProcess; url: string; dataDir: string; startedInMs: number }> {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'companion/main.ts'), 'start', '--port', String(port), '--data-dir', dataDir],
    {
      env: {
        ...process.env,
        WHATSAPP_APP_SECRET: BENCH_APP_SECRET,
        WHATSAPP_VERIFY_TOKEN: 'bench',
        QBM_LOG_LEVEL: 'error',
      },
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(`${url}/health`);
  return { child, url, dataDir, startedInMs: performance.now() - t0 };
}

/** The floor: node:http answering 200 to every POST after reading the body, nothing else. */
export async function startBaselineProcess(port: number): Promise<{ child: ChildProcess; url: string }> {
  const code = `require('node:http').createServer((q,s)=>{q.resume();q.on('end',()=>{s.writeHead(200,{'content-type':'application/json'});s.end('{}')})}).listen(${port},'127.0.0.1')`;
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(url, { method: 'POST', body: '{}' });
      return { child, url };
    } catch {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  throw new Error('baseline server did not start');
}

export function residentMemoryMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
