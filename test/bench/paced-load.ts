/**
 * The fixed-rate generator for "p99 at 80 % of the maximum rate": each of `connections` keep-alive sockets sends its
 * share of the rate at evenly spaced instants (as the old node:http generator did), over raw sockets with the request
 * bytes built before the clock starts, so it costs the shared 2 cores little. Answers must carry Content-Length
 * (every companion and baseline answer does); anything else counts as an error.
 */
import { connect, type Socket } from 'node:net';
import type { LoadOptions } from './load.ts';
import { type LoadResult, loadResult } from './load-result.ts';

const HEADER_END = Buffer.from('\r\n\r\n');

function requestBytes(options: LoadOptions, n: number, host: string, fixedPath: string): Buffer {
  const method = options.method ?? 'POST';
  const { data, headers } = options.body(n);
  const lines = [`${method} ${options.path ? options.path(n) : fixedPath} HTTP/1.1`, `Host: ${host}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (method === 'POST') lines.push(`Content-Length: ${data.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), data]);
}

/** Resolves with the status of the one answer the socket owes, once all its bytes arrived. */
function exchange(socket: Socket, request: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffered: Buffer = Buffer.alloc(0);
    const finish = (status: number | Error) => {
      socket.off('data', onData);
      socket.off('error', finish);
      socket.off('close', onClose);
      if (status instanceof Error) reject(status);
      else resolve(status);
    };
    const onClose = () => finish(new Error('connection closed'));
    const onData = (chunk: Buffer) => {
      buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
      const end = buffered.indexOf(HEADER_END);
      if (end < 0) return;
      const head = buffered.subarray(0, end).toString('latin1');
      const length = /\r\ncontent-length: *(\d+)/i.exec(head);
      if (!length) return finish(new Error('answer without Content-Length'));
      if (buffered.length >= end + 4 + Number(length[1])) finish(Number(head.slice(9, 12)));
    };
    socket.on('data', onData);
    socket.once('error', finish);
    socket.once('close', onClose);
    socket.write(request);
  });
}

function open(url: URL): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => resolve(socket.setNoDelay(true)));
    socket.once('error', reject);
  });
}

export async function runPacedLoad(options: LoadOptions & { rate: number }): Promise<LoadResult> {
  const url = new URL(options.url);
  // Enough prepared requests for the run (with a margin), never rebuilt while the clock runs.
  const count = Math.ceil((options.rate * options.durationMs) / 1000) + options.connections;
  const prepared = Array.from({ length: count }, (_, n) =>
    requestBytes(options, n, url.host, url.pathname + url.search),
  );
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  const start = performance.now();
  const end = start + options.durationMs;
  const interval = (1000 * options.connections) / options.rate;
  const worker = async (index: number) => {
    let socket: Socket | undefined;
    let next = start + (interval * index) / options.connections;
    while (performance.now() < end) {
      const wait = next - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      // Timed from when the request was due, not from when it left: a send held back by a slow answer on this
      // connection counts its wait (no coordinated omission).
      const due = next;
      next += interval;
      const request = prepared[n++ % prepared.length]!;
      try {
        socket ??= await open(url);
        if ((await exchange(socket, request)) >= 300) errors++;
      } catch {
        errors++;
        socket?.destroy();
        socket = undefined;
      }
      latencies.push(performance.now() - due);
    }
    socket?.destroy();
  };
  await Promise.all(Array.from({ length: options.connections }, (_, i) => worker(i)));
  return loadResult(latencies, errors, (performance.now() - start) / 1000);
}
