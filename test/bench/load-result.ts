/** What a load run reports, from every request's latency: the generators in load.ts and paced-load.ts share it. */
export interface LoadResult {
  requests: number;
  /** Connection errors, timeouts and answers other than 2xx. */
  errors: number;
  seconds: number;
  perSecond: number;
  /** Milliseconds, with the microseconds the clock gives (not autocannon's whole-millisecond histogram). */
  p50: number;
  p99: number;
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The middle of several runs' figures. */
export function median(values: readonly number[]): number {
  return percentile(Float64Array.from(values).sort(), 50);
}

/** The result from every request's latency (ms), sorted here. */
export function loadResult(latencies: number[], errors: number, seconds: number): LoadResult {
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: sorted.length,
    errors,
    seconds,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}
