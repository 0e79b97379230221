/** Builds the extension for both browsers once before the end-to-end tests (E2E_SKIP_BUILD=1 reuses the builds). */
import { build } from 'vite';

export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const configFile = new URL('../../vite.config.ts', import.meta.url).pathname;
  await build({ configFile, logLevel: 'warn' });
  await build({ configFile, logLevel: 'warn', mode: 'firefox' });
}
