import 'fake-indexeddb/auto'; // before anything imports Dexie
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import fakeBrowser, { resetBrowser } from './fake-browser.ts';

afterEach(() => {
  cleanup();
  resetBrowser();
});

// The content script talks to the browser's own runtime (extension/content/runtime.ts), not the polyfill.
(globalThis as { browser?: unknown }).browser = fakeBrowser;
