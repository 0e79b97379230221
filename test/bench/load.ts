/**
 * The benchmarks' HTTP load generator: `connections` keep-alive connections on loopback send prepared requests for a
 * fixed time, as fast as the server answers (autocannon), or at a fixed total rate (paced-load.ts), and report
 * requests per second and latency percentiles. Bounded in time and count; loopback only.
 *
 * Why autocannon: the generator runs on the same 2 cores as the server it measures. node:http's client cost ~250 µs
 * of CPU per request, autocannon ~32 µs, so the figures now measure the server rather than the generator.
 */
import autocannon from 'autocannon';
import { type LoadResult, loadResult } from './load-result.ts';
import { runPacedLoad } from './paced-load.ts';

export type { LoadResult } from './load-result.ts';

export interface LoadRequest {
  data: Buffer;
  headers: Record<string, string>;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationMs: number;
  /** Requests per second in total; unset = as fast as the server answers. */
  rate?: number;
  body: (n: number) => LoadRequest;
  /** GET instead of POST (then `body` gives only headers). */
  method?: 'GET' | 'POST';
  /** Per-request path (query included), replacing the URL's. */
  path?: (n: number) => string;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  // autocannon's own rate limit sends each connection's quota for the second at once, then idles: bursts at full
  // speed, not the steady 80 % load the paced figure means. A paced rate gets its own generator.
  if (options.rate) return runPacedLoad({ ...options, rate: options.rate });
  const method = options.method ?? 'POST';
  const fixedPath = new URL(options.url).pathname;
  let n = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationMs / 1000,
        requests: [
          {
            method,
            setupRequest: (request) => {
              const i = n++;
              const { data, headers } = options.body(i);
              const path = options.path ? options.path(i) : fixedPath;
              return {
                ...request,
                path,
                headers: { ...request.headers, ...headers },
                ...(data.length ? { body: data } : {}),
              };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    // autocannon's histogram keeps whole milliseconds; a p99 target of 5 ms needs finer, so every latency is kept.
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return loadResult(latencies, result.errors + result.non2xx, result.duration);
}
