/**
 * What the side panel and the options page ask of the background worker. Components depend on this interface;
 * `messagingBackgroundApi` is the real one (typed runtime messages), tests pass a fake.
 */
import type { ConsentRequest } from '../../shared/contracts/api.ts';
import type { OutgoingMessage, PageRead, ToPanel } from '../../shared/contracts/protocol.ts';
import { browserApi } from '../messaging/browser.ts';
import { sendToBackground } from '../messaging/messaging.ts';

export interface BackgroundApi {
  /** The tab the panel is showing: the active tab of the panel's window. */
  activeTabId(): Promise<number | undefined>;
  /** What the content script last read on that tab (null: nothing yet). */
  pageRead(tabId: number): Promise<PageRead | null>;
  /** Called when the content script of any tab reads its page again (navigation, edits). */
  onPageRead(callback: (tabId: number, read: PageRead) => void): () => void;
  /** Queues a send in the outbox (IndexedDB) and returns its id; the result lands on the outbox item. */
  send(message: OutgoingMessage): Promise<{ outboxId: string }>;
  recordConsent(request: Omit<ConsentRequest, 'id'>): Promise<{ id: string }>;
  syncNow(): Promise<{ ok: boolean; error?: string }>;
  pair(address: string, code: string): Promise<{ ok: boolean; error?: string }>;
}

export const messagingBackgroundApi: BackgroundApi = {
  async activeTabId() {
    // A panel opened as a page of its own (end-to-end tests, a pinned tab) names its CRM tab: ?tabId=<id>.
    const named = Number(new URLSearchParams(globalThis.location?.search ?? '').get('tabId'));
    if (Number.isSafeInteger(named) && named > 0) return named;
    const [tab] = await browserApi().tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  pageRead: (tabId) => sendToBackground('ui/page-read', { tabId }),
  onPageRead(callback) {
    const listener = (message: unknown) => {
      const envelope = message as { name?: string; payload?: ToPanel['bg/page-read']['request'] };
      if (envelope?.name === 'bg/page-read' && envelope.payload)
        callback(envelope.payload.tabId, envelope.payload.read);
      return undefined;
    };
    const runtime = browserApi().runtime;
    runtime.onMessage.addListener(listener);
    return () => runtime.onMessage.removeListener(listener);
  },
  send: (message) => sendToBackground('ui/send', message),
  recordConsent: (request) => sendToBackground('ui/record-consent', request),
  syncNow: () => sendToBackground('ui/sync-now', {}),
  pair: (address, code) => sendToBackground('ui/pair', { address, code }),
};
