/**
 * `npm run package`: store-ready zips of the built extension, one per browser, in artifacts/:
 * qbm-copilot-chrome-<version>.zip (dist/) and qbm-copilot-firefox-<version>.zip (dist-firefox/).
 * The Chrome zip drops the development `key`: the store assigns the id.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import pkg from '../../package.json' with { type: 'json' };

const ROOT = resolve(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function zipFolder(folder: string, out: string, editManifest: (manifest: Record<string, unknown>) => void): void {
  if (!existsSync(join(folder, 'manifest.json')))
    throw new Error(`${folder} has no manifest.json: run npm run build first.`);
  const entries: Record<string, Uint8Array> = {};
  for (const path of files(folder)) {
    const name = relative(folder, path).split('\\').join('/');
    if (name.endsWith('.map') || name === '.vite/manifest.json' || name.startsWith('.vite/')) continue;
    let data: Uint8Array = readFileSync(path);
    if (name === 'manifest.json') {
      const manifest = JSON.parse(Buffer.from(data).toString('utf8')) as Record<string, unknown>;
      editManifest(manifest);
      data = Buffer.from(JSON.stringify(manifest, null, 2));
    }
    entries[name] = data;
  }
  writeFileSync(out, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  process.stdout.write(`${relative(ROOT, out)} (${Object.keys(entries).length} files)\n`);
}

const artifacts = join(ROOT, 'artifacts');
mkdirSync(artifacts, { recursive: true });
zipFolder(join(ROOT, 'dist'), join(artifacts, `qbm-copilot-chrome-${pkg.version}.zip`), (manifest) => {
  delete manifest.key;
});
zipFolder(join(ROOT, 'dist-firefox'), join(artifacts, `qbm-copilot-firefox-${pkg.version}.zip`), () => {});
