/**
 * Built sizes of the extension's three entry points (content script, side panel, worker): every chunk each one loads,
 * followed through static imports (and the content-script loader's dynamic import), raw and gzip (level 9, per chunk).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
}

const IMPORTS = /(?:import|from)\s*\(?\s*["']([^"']+\.js)["']|getURL\(\s*["']([^"']+\.js)["']/g;

function closure(dist: string, start: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(join(dist, file))) continue;
    seen.add(file);
    for (const match of readFileSync(join(dist, file), 'utf8').matchAll(IMPORTS)) {
      const target = match[1] ?? match[2] ?? '';
      const path = target.startsWith('.') ? normalize(join(dirname(file), target)) : target.replace(/^\//, '');
      queue.push(path);
    }
  }
  return [...seen].sort();
}

function measure(dist: string, entry: string, start: string[]): EntrySize {
  const files = closure(dist, start);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { entry, files, raw, gzip };
}

export function extensionFootprint(dist = resolve(import.meta.dirname, '..', '..', 'dist')): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
    background: { service_worker: string };
  };
  const panelHtml = readFileSync(join(dist, 'sidepanel', 'index.html'), 'utf8');
  const panelScripts = [...panelHtml.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => {
    const src = m[1] ?? '';
    return src.startsWith('/') ? src.slice(1) : normalize(join('sidepanel', src));
  });
  return [
    measure(dist, 'content script', manifest.content_scripts[0]?.js ?? []),
    measure(dist, 'side panel', panelScripts),
    measure(dist, 'worker', [manifest.background.service_worker]),
  ];
}

if (import.meta.main) {
  for (const size of extensionFootprint()) {
    process.stdout.write(
      `${size.entry.padEnd(15)} ${(size.raw / 1024).toFixed(1).padStart(7)} KiB raw ${(size.gzip / 1024).toFixed(1).padStart(6)} KiB gzip  (${size.files.length} files)\n`,
    );
  }
}
