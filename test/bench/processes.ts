/** Starts the companion (and a no-op baseline server) as their own processes for the benchmarks. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPairing } from '../../companion/http/pairing.ts';
import { openDatabase } from '../../companion/store/database.ts';
import { createStore } from '../../companion/store/store.ts';
import { startDaemonProcess } from '../integration/daemon-process.ts';

export const BENCH_APP_SECRET = 'bench-app-secret-0123456789abcdef';

export async function startCompanionProcess(port: number, dataDir = mkdtempSync(join(tmpdir(), 'qbm-bench-'))) {
  const daemon = await startDaemonProcess({ dataDir, port, appSecret: BENCH_APP_SECRET, verifyToken: 'bench' });
  return { ...daemon, dataDir };
}

/**
 * A token for a running companion, paired the way `npm run companion -- pair` and the options page do: a fresh
 * pairing code written into its database, redeemed over HTTP.
 */
export async function pairWithCompanion(url: string, dataDir: string): Promise<string> {
  const store = createStore(openDatabase(join(dataDir, 'companion.db')));
  const { code } = createPairing(store, Date.now).newCode();
  store.db.close();
  const pair = await fetch(`${url}/v1/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!pair.ok) throw new Error(`pairing with the companion failed: ${pair.status}`);
  return ((await pair.json()) as { token: string }).token;
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
