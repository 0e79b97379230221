/**
 * Figure 6, the scale curve: figures 2 (verdict lookup p99), 3 (limit check p99) and 4 (contact page to verdict p95)
 * at 1k, 10k, 100k and 1M contacts, with the same density at every scale so only the size changes: 2 message rows
 * per contact for figures 2 and 4 (the contacts, their consent and a week of messages synced into IndexedDB for 4),
 * as many ledger rows as contacts for figure 3. The cost should stay flat: every read is indexed.
 * Writes the table's data to bench/scale.json and the chart to docs/images/scale-curve.svg.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchBrowser } from './browser.ts';
import { benchLedger } from './ledger.ts';
import { benchLookup, seedLookupData } from './lookup.ts';

/** 2 rows per contact: 10 would make the 1M point a 10M-row database that takes longer to seed than the bench runs. */
const EVENTS_PER_CONTACT = 2;

export interface ScalePoint {
  contacts: number;
  lookupP99Ms: number;
  lookupPerSecond: number;
  ledgerP99Ms: number;
  verdictOnScreenP95Ms: number;
  initialSyncMs: number;
}

export async function benchScale(
  scales: readonly number[],
  options: { port: number; durationMs: number; navigations: number; known?: Map<number, Partial<ScalePoint>> },
): Promise<ScalePoint[]> {
  const points: ScalePoint[] = [];
  for (const [i, contacts] of scales.entries()) {
    const known = options.known?.get(contacts) ?? {};
    const events = contacts * EVENTS_PER_CONTACT;
    // One data set per scale, for figure 2 and figure 4 alike; each run starts its own companion on it.
    const needsData = known.lookupP99Ms === undefined || known.verdictOnScreenP95Ms === undefined;
    const dataDir = needsData ? mkdtempSync(join(tmpdir(), 'qbm-scale-')) : undefined;
    if (dataDir) seedLookupData(dataDir, contacts, events, Date.now());
    const lookup =
      known.lookupP99Ms === undefined
        ? await benchLookup({
            contacts,
            events,
            durationMs: options.durationMs,
            // As figure 2: timed after an untimed warm-up, so each scale is measured warm alike.
            warmupMs: options.durationMs,
            port: options.port + i,
            ...(dataDir ? { dataDir } : {}),
          })
        : undefined;
    const ledger = known.ledgerP99Ms === undefined ? benchLedger(contacts, 10_000) : undefined;
    const browser =
      known.verdictOnScreenP95Ms === undefined
        ? await benchBrowser({
            contacts,
            events,
            port: options.port + 50 + i,
            navigations: options.navigations,
            ...(dataDir ? { dataDir } : {}),
          })
        : undefined;
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    points.push({
      contacts,
      lookupP99Ms: lookup?.p99Ms ?? (known.lookupP99Ms as number),
      lookupPerSecond: lookup?.perSecond ?? (known.lookupPerSecond as number),
      ledgerP99Ms: ledger?.checkP99Ms ?? (known.ledgerP99Ms as number),
      verdictOnScreenP95Ms: browser?.navigationP95Ms ?? (known.verdictOnScreenP95Ms as number),
      initialSyncMs: browser?.syncMs ?? (known.initialSyncMs as number),
    });
  }
  return points;
}

/** The largest scale's cost over the smallest's: 1 is perfectly flat. */
/**
 * Cost at the largest scale ÷ cost at the smallest. `resolution`: costs below it count as it, because below it a
 * p99 is timer and GC noise, not the data (the limit check's p99 is 1–15 µs at every scale, run to run, so a raw
 * ratio swings between 0.5× and 8× on nothing).
 */
export function flatness(points: readonly ScalePoint[], pick: (point: ScalePoint) => number, resolution = 0): number {
  const first = points[0];
  const last = points.at(-1);
  return first && last ? Math.max(pick(last), resolution) / Math.max(pick(first), resolution) : Number.NaN;
}

/** A small line chart (log-scale x: contacts; y: ms), one line per figure, as a standalone SVG. */
export function scaleChartSvg(points: readonly ScalePoint[]): string {
  const width = 700;
  const height = 320;
  const left = 56;
  const right = 200;
  const top = 24;
  const bottom = 44;
  const series = [
    { name: 'Fig. 4 page → verdict p95', colour: '#1f77b4', pick: (p: ScalePoint) => p.verdictOnScreenP95Ms },
    { name: 'Fig. 2 lookup p99', colour: '#d62728', pick: (p: ScalePoint) => p.lookupP99Ms },
    { name: 'Fig. 3 limit check p99', colour: '#2ca02c', pick: (p: ScalePoint) => p.ledgerP99Ms },
  ];
  const maxY = Math.max(1, ...points.flatMap((p) => series.map((s) => s.pick(p))).filter(Number.isFinite)) * 1.15;
  const xs = points.map((p) => Math.log10(p.contacts));
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const x = (contacts: number) =>
    left + ((Math.log10(contacts) - minX) / Math.max(1e-9, maxX - minX)) * (width - left - right);
  const y = (ms: number) => top + (1 - ms / maxY) * (height - top - bottom);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img">`,
    '<title>Cost per operation from 1k to 1M contacts: figures 4, 2 and 3 (ms)</title>',
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${left}" y="16" font-weight="bold">Cost per operation as the data grows (ms; lower is better)</text>`,
    `<line x1="${left}" y1="${height - bottom}" x2="${width - right}" y2="${height - bottom}" stroke="#333"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${height - bottom}" stroke="#333"/>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const value = (maxY / 4) * i;
    parts.push(
      `<text x="${left - 6}" y="${y(value) + 4}" text-anchor="end">${value.toFixed(value < 10 ? 1 : 0)}</text>`,
      `<line x1="${left}" y1="${y(value)}" x2="${width - right}" y2="${y(value)}" stroke="#eee"/>`,
    );
  }
  for (const point of points) {
    const label = point.contacts >= 1e6 ? `${point.contacts / 1e6}M` : `${point.contacts / 1e3}k`;
    parts.push(`<text x="${x(point.contacts)}" y="${height - bottom + 16}" text-anchor="middle">${label}</text>`);
  }
  parts.push(
    `<text x="${(left + width - right) / 2}" y="${height - 8}" text-anchor="middle">contacts (log scale)</text>`,
  );
  for (const [i, s] of series.entries()) {
    const path = points.map((p, j) => `${j === 0 ? 'M' : 'L'}${x(p.contacts).toFixed(1)},${y(s.pick(p)).toFixed(1)}`);
    parts.push(`<path d="${path.join(' ')}" fill="none" stroke="${s.colour}" stroke-width="2"/>`);
    for (const p of points)
      parts.push(`<circle cx="${x(p.contacts).toFixed(1)}" cy="${y(s.pick(p)).toFixed(1)}" r="3" fill="${s.colour}"/>`);
    parts.push(
      `<rect x="${width - right + 12}" y="${top + i * 20}" width="12" height="3" fill="${s.colour}"/>`,
      `<text x="${width - right + 30}" y="${top + i * 20 + 5}">${s.name}</text>`,
    );
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

export function writeScaleOutputs(points: readonly ScalePoint[], jsonPath: string, svgPath: string): void {
  writeFileSync(jsonPath, `${JSON.stringify(points, null, 2)}\n`);
  writeFileSync(svgPath, scaleChartSvg(points));
}
