/** Smoke versions of the benchmarks, so `npm run bench` keeps working; they assert it runs, never its speed. */
import { expect, it } from 'vitest';
import { benchIngest } from '../bench/ingest.ts';
import { benchLedger } from '../bench/ledger.ts';
import { benchLookup } from '../bench/lookup.ts';

it('the ledger benchmark runs and its count is exact', () => {
  const result = benchLedger(5_000, 20);
  expect(result.exact).toBe(true);
  expect(result.checkP99Ms).toBeGreaterThan(0);
});

it('the ingest benchmark runs against a real companion process with no error answers', async () => {
  const result = await benchIngest({ durationMs: 200, port: 29000 + Math.floor(Math.random() * 5000) });
  expect(result.singlePerSecond).toBeGreaterThan(0);
  expect(result.batchEventsPerSecond).toBeGreaterThan(0);
});

it('the verdict lookup benchmark runs against a seeded companion process with no error answers', async () => {
  const result = await benchLookup({
    contacts: 500,
    events: 2_000,
    durationMs: 200,
    runs: 2,
    warmupMs: 100,
    port: 34000 + Math.floor(Math.random() * 5000),
  });
  expect(result.perSecond).toBeGreaterThan(0);
  expect(result.warmup?.perSecond).toBeGreaterThan(0);
});
