/**
 * The browser's own promise-based extension API (Firefox's `browser`, Chrome MV3's `chrome`: both return promises),
 * typed like webextension-polyfill, for the code the extension pages load: they skip the polyfill's 2.6 KiB gzip, as
 * the content script does (extension/content/runtime.ts). The worker keeps the polyfill for its onMessage listener,
 * which answers with promises, something Chrome's own API does not take.
 */
import type { Browser } from 'webextension-polyfill';

export function browserApi(): Browser {
  const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('QBM Copilot: no extension API in this page.');
  return api;
}

/**
 * How the worker's polyfill answers a message whose handler rejected, where the browser has no promise answers
 * (Chrome): the polyfill on the sending side turns it back into a rejection, and so does this.
 */
interface PolyfillRejection {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}

export function settleReply(reply: unknown): unknown {
  const rejection = reply as PolyfillRejection | null | undefined;
  if (rejection?.__mozWebExtensionPolyfillReject__ === true) throw new Error(rejection.message);
  return reply;
}
