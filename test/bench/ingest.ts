/**
 * Figure 1, webhook ingest: signed status webhooks into the companion process (verified, parsed, committed before the
 * 200) at 64 connections, against a no-op node:http server on the same machine in the same run; then Meta-style
 * batches of 100 statuses; then p99 latency at 80 % of the measured maximum rate.
 */
import { createHmac } from 'node:crypto';
import { SANDBOX_IDS } from '../../companion/config/config.ts';
import { statusWebhook } from '../../shared/contracts/webhook-builders.ts';
import { runLoad } from './load.ts';
import { BENCH_APP_SECRET, residentMemoryMb, startBaselineProcess, startCompanionProcess } from './processes.ts';

const business = {
  wabaId: SANDBOX_IDS.wabaId,
  phoneNumberId: SANDBOX_IDS.phoneNumberId,
  displayPhoneNumber: '15550104477',
};

function signed(json: unknown): { data: Buffer; headers: Record<string, string> } {
  const data = Buffer.from(JSON.stringify(json));
  const signature = `sha256=${createHmac('sha256', BENCH_APP_SECRET).update(data).digest('hex')}`;
  return { data, headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature } };
}

function statusBody(n: number, count: number) {
  const at = Date.now();
  const bodies = Array.from({ length: count }, (_, i) =>
    statusWebhook({
      business,
      recipient: { waId: `55119${String(10000000 + ((n * count + i) % 90000000))}` },
      messageId: `wamid.bench.${n}.${i}`,
      status: 'delivered',
      at,
    }),
  );
  const first = bodies[0]!;
  return { ...first, entry: [{ ...first.entry[0]!, changes: bodies.flatMap((b) => b.entry[0]!.changes) }] };
}

export interface IngestFigures {
  baselinePerSecond: number;
  singlePerSecond: number;
  batchEventsPerSecond: number;
  p99AtEightyPercentMs: number;
  p50AtEightyPercentMs: number;
  coldStartMs: number;
  residentMb: number;
}

export async function benchIngest(options: { durationMs: number; port: number }): Promise<IngestFigures> {
  const baseline = await startBaselineProcess(options.port + 1);
  // Prepared bodies: the generator must not be the bottleneck on a 2-core machine.
  const singles = Array.from({ length: 20_000 }, (_, n) => signed(statusBody(n, 1)));
  const batches = Array.from({ length: 400 }, (_, n) => signed(statusBody(100_000 + n, 100)));
  const base = await runLoad({
    url: `${baseline.url}/`,
    connections: 64,
    durationMs: options.durationMs,
    body: (n) => singles[n % singles.length]!,
  });
  baseline.child.kill();

  const companion = await startCompanionProcess(options.port);
  const webhook = `${companion.url}/webhook`;
  const single = await runLoad({
    url: webhook,
    connections: 64,
    durationMs: options.durationMs,
    body: (n) => singles[n % singles.length]!,
  });
  const batch = await runLoad({
    url: webhook,
    connections: 8,
    durationMs: options.durationMs,
    body: (n) => batches[n % batches.length]!,
  });
  const paced = await runLoad({
    url: webhook,
    connections: 64,
    durationMs: options.durationMs,
    rate: Math.max(1, single.perSecond * 0.8),
    body: (n) => singles[(n + 7919) % singles.length]!,
  });
  const residentMb = residentMemoryMb(companion.child.pid ?? 0);
  companion.child.kill();
  if (single.errors + batch.errors > 0) throw new Error(`ingest answered errors: ${single.errors + batch.errors}`);
  return {
    baselinePerSecond: base.perSecond,
    singlePerSecond: single.perSecond,
    batchEventsPerSecond: batch.perSecond * 100,
    p99AtEightyPercentMs: paced.p99,
    p50AtEightyPercentMs: paced.p50,
    coldStartMs: companion.startedInMs,
    residentMb,
  };
}
