/**
 * What the side panel and the options page ask of the background worker. Components depend on this interface;
 * `messagingBackgroundApi` is the real one (typed runtime messages), tests pass a fake.
 */

import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import type { ConsentRequest } from '../../shared/contracts/api.ts';
import { type OutgoingMessage, type PageRead, PageReadSchema } from '../../shared/contracts/protocol.ts';
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
    const runtime = browserApi().runtime;
    // A content script's message reaches every page of the extension as well as the worker: the panel renders from
    // it as it arrives instead of from a relay through the worker, one messaging hop (~10 ms) sooner. Checked as the
    // worker checks it: our own content script, in a tab's top frame, with a read of the documented shape.
    const listener = (message: unknown, sender: Runtime.MessageSender) => {
      const envelope = message as { name?: string; payload?: unknown } | null;
      const tabId = sender.tab?.id;
      if (envelope?.name !== 'cs/page-read' || sender.id !== runtime.id || tabId === undefined || sender.frameId !== 0)
        return undefined;
      const read = v.safeParse(PageReadSchema, envelope.payload);
      if (read.success) callback(tabId, read.output);
      return undefined;
    };
    runtime.onMessage.addListener(listener);
    return () => runtime.onMessage.removeListener(listener);
  },
  send: (message) => sendToBackground('ui/send', message),
  recordConsent: (request) => sendToBackground('ui/record-consent', request),
  syncNow: () => sendToBackground('ui/sync-now', {}),
  pair: (address, code) => sendToBackground('ui/pair', { address, code }),
};
