/** Builds the extension once before the end-to-end tests (E2E_SKIP_BUILD=1 reuses dist/). */
import { build } from 'vite';

export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  await build({ configFile: new URL('../../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
}
