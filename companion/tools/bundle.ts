/**
 * Bundles the companion (companion/main.ts and everything it imports, node_modules included) into one ES module,
 * build/companion/main.js (with its lookup reader thread's entry beside it, lookup-worker.js), which
 * `npm run companion`, `npm start`, the tests that spawn the daemon and the benchmarks
 * all run. Why: Node strips the types of ~150 TypeScript modules and resolves each import on every start, which was
 * most of the cold start; one plain JS file loads in a fraction of that. Built by npm scripts and the integration
 * tests' global setup, never committed (build/ is ignored).
 * `node companion/tools/bundle.ts` builds it.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Two levels below the repository root, like companion/cli/start.ts, so paths it derives from its own location hold. */
export const COMPANION_BUNDLE = join(ROOT, 'build', 'companion', 'main.js');
/**
 * The lookup reader thread's entry (companion/http/lookup-worker.ts), beside it: a bundle of its own, holding only
 * what the thread runs, because every worker thread parses and keeps its entry's code (the whole companion cost the
 * thread ~25 MB of resident memory).
 */
export const LOOKUP_WORKER_BUNDLE = join(ROOT, 'build', 'companion', 'lookup-worker.js');

/**
 * Node flags the companion runs with, in `npm run companion` and in every daemon the tests spawn (bundle.test.ts keeps
 * the two equal). A 4 MB young generation instead of V8's default 16 MB semi-spaces: under webhook load the young
 * generation grew to its maximum and held ~20 MB of resident memory for request garbage that lives a few ms.
 */
export const COMPANION_NODE_FLAGS = ['--max-semi-space-size=4'] as const;

export async function bundleCompanion(): Promise<string> {
  const outDir = join(ROOT, 'build', 'companion');
  mkdirSync(outDir, { recursive: true });
  // Built beside and renamed over the old file, so a daemon spawned meanwhile never loads half a bundle.
  const staging = mkdtempSync(join(ROOT, 'build', '.companion-'));
  try {
    const { build } = await import('vite'); // loaded only to build: the test helpers import COMPANION_BUNDLE too
    const bundle = (entry: string, fileName: string) =>
      build({
        configFile: false,
        root: ROOT,
        logLevel: 'warn',
        ssr: { noExternal: true, target: 'node' },
        build: {
          ssr: entry,
          outDir: staging,
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'node24',
          minify: false, // stack traces from a user's log stay readable
          rolldownOptions: { output: { entryFileNames: fileName } },
        },
      });
    await bundle(join(ROOT, 'companion', 'main.ts'), 'main.js');
    await bundle(join(ROOT, 'companion', 'http', 'lookup-worker.ts'), 'lookup-worker.js');
    // The worker first: a daemon started between the two renames finds its reader's entry already there.
    renameSync(join(staging, 'lookup-worker.js'), LOOKUP_WORKER_BUNDLE);
    renameSync(join(staging, 'main.js'), COMPANION_BUNDLE);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return COMPANION_BUNDLE;
}

if (import.meta.main) await bundleCompanion();
