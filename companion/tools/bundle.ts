/**
 * Bundles the companion (companion/main.ts and everything it imports, node_modules included) into one ES module,
 * build/companion/main.js, which `npm run companion`, `npm start`, the tests that spawn the daemon and the benchmarks
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
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      ssr: { noExternal: true, target: 'node' },
      build: {
        ssr: join(ROOT, 'companion', 'main.ts'),
        outDir: staging,
        emptyOutDir: true,
        copyPublicDir: false,
        target: 'node24',
        minify: false, // stack traces from a user's log stay readable
        rolldownOptions: { output: { entryFileNames: 'main.js' } },
      },
    });
    renameSync(join(staging, 'main.js'), COMPANION_BUNDLE);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return COMPANION_BUNDLE;
}

if (import.meta.main) await bundleCompanion();
