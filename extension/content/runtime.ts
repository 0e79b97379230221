/**
 * The content script's own thin line to the worker. It runs on every CRM page within a 10 KB gzip budget, so it uses
 * the browser's promise-based runtime API directly (Firefox's `browser`, Chrome MV3's `chrome`, both return promises)
 * instead of bundling webextension-polyfill, like the extension pages (extension/messaging/browser.ts); the worker keeps it.
 */
import type { Envelope, MessageName, ToBackground } from '../../shared/contracts/protocol.ts';

interface RuntimeApi {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown) => unknown): void;
    removeListener(listener: (message: unknown) => unknown): void;
  };
}

function runtime(): RuntimeApi {
  const scope = globalThis as { browser?: { runtime: RuntimeApi }; chrome?: { runtime: RuntimeApi } };
  const api = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!api) throw new Error('QBM Copilot: no extension runtime in this page.');
  return api;
}

export function sendToBackground<N extends MessageName<ToBackground>>(
  name: N,
  payload: ToBackground[N]['request'],
): Promise<ToBackground[N]['response']> {
  const envelope: Envelope<ToBackground, N> = { name, payload };
  return runtime().sendMessage(envelope) as Promise<ToBackground[N]['response']>;
}

export function onRuntimeMessage(listener: (message: unknown) => unknown, signal: AbortSignal): void {
  const api = runtime();
  api.onMessage.addListener(listener);
  signal.addEventListener('abort', () => api.onMessage.removeListener(listener), { once: true });
}

export async function storageGet(keys: string[]): Promise<Record<string, unknown>> {
  const scope = globalThis as {
    browser?: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } };
    chrome?: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } };
  };
  const storage = scope.browser?.storage ?? scope.chrome?.storage;
  return storage ? storage.local.get(keys) : {};
}

type StorageChangeListener = (changes: Record<string, unknown>, area: string) => void;

export function onStorageChanged(listener: StorageChangeListener, signal: AbortSignal): void {
  const scope = globalThis as {
    browser?: {
      storage: {
        onChanged: { addListener(l: StorageChangeListener): void; removeListener(l: StorageChangeListener): void };
      };
    };
    chrome?: {
      storage: {
        onChanged: { addListener(l: StorageChangeListener): void; removeListener(l: StorageChangeListener): void };
      };
    };
  };
  const events = (scope.browser?.storage ?? scope.chrome?.storage)?.onChanged;
  if (!events) return;
  events.addListener(listener);
  signal.addEventListener('abort', () => events.removeListener(listener), { once: true });
}
