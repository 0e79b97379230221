import 'fake-indexeddb/auto'; // before anything imports Dexie
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { resetBrowser } from './fake-browser.ts';

afterEach(() => {
  cleanup();
  resetBrowser();
});
