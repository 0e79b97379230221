/**
 * A small HTTP load generator for the benchmarks: `connections` keep-alive workers on loopback post prepared bodies
 * for a fixed time, or at a fixed total rate, and report requests per second and latency percentiles. Bounded in
 * time and count; loopback only.
 */
import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationMs: number;
  /** Requests per second in total; unset = as fast as the server answers. */
  rate?: number;
  body: (n: number) => { data: Buffer; headers: Record<string, string> };
  /** GET instead of POST (then `body` gives only headers). */
  method?: 'GET' | 'POST';
  /** Per-request path (query included), replacing the URL's. */
  path?: (n: number) => string;
}

function send(agent: Agent, url: URL, method: string, data: Buffer, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, agent, headers: method === 'POST' ? { ...headers, 'content-length': String(data.length) } : headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let requests = 0;
  let errors = 0;
  let n = 0;
  const start = performance.now();
  const end = start + options.durationMs;
  const interval = options.rate ? (1000 * options.connections) / options.rate : 0;
  const worker = async (index: number) => {
    let next = start + (interval * index) / options.connections;
    while (performance.now() < end) {
      if (interval > 0) {
        const wait = next - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        next += interval;
      }
      const { data, headers } = options.body(n++);
      const sent = performance.now();
      try {
        const target = options.path ? new URL(options.path(n), url) : url;
        const status = await send(agent, target, options.method ?? 'POST', data, headers);
        if (status >= 400) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - sent);
      requests++;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, i) => worker(i)));
  agent.destroy();
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests,
    errors,
    seconds,
    perSecond: requests / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}
