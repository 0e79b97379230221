/**
 * Builds the extension: `vite build` → dist/ (Chrome MV3), `vite build --mode firefox` → dist-firefox/.
 * The source root is extension/; tests use vitest.config.ts, which never loads the crx plugin.
 */
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './extension/manifest.config.ts';

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    root: 'extension',
    publicDir: 'public',
    plugins: [preact(), crx({ manifest, browser: firefox ? 'firefox' : 'chrome' })],
    resolve: {
      // The extension parses phones with the "min" metadata (length rules, about a third of the size); the companion's
      // gate keeps the full metadata and has the last word on every send.
      alias: { 'libphonenumber-js/max': 'libphonenumber-js/min' },
    },
    build: {
      outDir: firefox ? '../dist-firefox' : '../dist',
      emptyOutDir: true,
      target: firefox ? 'firefox140' : 'chrome120',
      // crxjs discovers side_panel but not Firefox's sidebar_action page, nor the options page in every mode.
      rolldownOptions: {
        input: { sidepanel: 'extension/sidepanel/index.html', options: 'extension/options/index.html' },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
