/**
 * A small typed fake of webextension-polyfill for unit tests (vitest aliases the module to this file). It keeps the
 * polyfill's promise semantics: the first onMessage listener that returns something other than undefined answers;
 * with no listener, sendMessage rejects like Chrome's "Receiving end does not exist".
 */
import { vi } from 'vitest';

type Listener = (
  message: unknown,
  sender: { id?: string; url?: string; tab?: { id?: number; url?: string }; frameId?: number },
) => unknown;
type StorageListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

const messageListeners = new Set<Listener>();
const storageListeners = new Set<StorageListener>();
let storage: Record<string, unknown> = {};

async function dispatch(message: unknown, sender: Parameters<Listener>[1]): Promise<unknown> {
  for (const listener of messageListeners) {
    const answer = listener(message, sender);
    if (answer !== undefined) return answer;
  }
  throw new Error('Could not establish connection. Receiving end does not exist.');
}

const browser = {
  runtime: {
    id: 'nonhjonmkcpmbcnlfeholmfboalmnbbl',
    getURL: (path: string) => `chrome-extension://nonhjonmkcpmbcnlfeholmfboalmnbbl/${path.replace(/^\//, '')}`,
    sendMessage: vi.fn((message: unknown) =>
      dispatch(message, {
        id: 'nonhjonmkcpmbcnlfeholmfboalmnbbl',
        url: 'chrome-extension://nonhjonmkcpmbcnlfeholmfboalmnbbl/sidepanel/index.html',
      }),
    ),
    onMessage: {
      addListener: (listener: Listener) => messageListeners.add(listener),
      removeListener: (listener: Listener) => messageListeners.delete(listener),
      hasListener: (listener: Listener) => messageListeners.has(listener),
    },
  },
  tabs: {
    sendMessage: vi.fn(async () => ({ ok: true })),
    query: vi.fn(async () => [{ id: 1, url: 'http://127.0.0.1:7717/demo/contacts/1001', active: true }]),
    onActivated: { addListener: vi.fn(), removeListener: vi.fn() },
    onRemoved: { addListener: vi.fn(), removeListener: vi.fn() },
    onUpdated: { addListener: vi.fn(), removeListener: vi.fn() },
  },
  storage: {
    local: {
      get: vi.fn(async (key?: string | string[]) => {
        if (key === undefined) return { ...storage };
        const keys = Array.isArray(key) ? key : [key];
        return Object.fromEntries(keys.filter((k) => k in storage).map((k) => [k, structuredClone(storage[k])]));
      }),
      set: vi.fn(async (items: Record<string, unknown>) => {
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
        for (const [key, value] of Object.entries(items)) {
          changes[key] = { oldValue: storage[key], newValue: structuredClone(value) };
          storage[key] = structuredClone(value);
        }
        for (const listener of storageListeners) listener(changes, 'local');
      }),
      remove: vi.fn(async (key: string) => {
        delete storage[key];
      }),
    },
    onChanged: {
      addListener: (listener: StorageListener) => storageListeners.add(listener),
      removeListener: (listener: StorageListener) => storageListeners.delete(listener),
    },
  },
  alarms: { create: vi.fn(), onAlarm: { addListener: vi.fn() } },
  permissions: { request: vi.fn(async () => true), contains: vi.fn(async () => true), remove: vi.fn(async () => true) },
  i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en-US' },
};

/** Called after each test: listeners, storage and mocks start empty again. */
export function resetBrowser(): void {
  messageListeners.clear();
  storageListeners.clear();
  storage = {};
  vi.clearAllMocks();
}

/** Delivers a message as if a content script in tab `tabId` sent it. */
export function sendFromTab(message: unknown, tab: { id: number; url: string }): Promise<unknown> {
  return dispatch(message, { id: browser.runtime.id, url: tab.url, tab, frameId: 0 });
}

/** Delivers a message with whatever the browser would say about its sender (another extension, a sub-frame…). */
export function deliverMessage(message: unknown, sender: Parameters<Listener>[1]): Promise<unknown> {
  return dispatch(message, sender);
}

export default browser;
