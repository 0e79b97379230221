/**
 * Shared steps of the end-to-end tests: pair the extension as the options page leaves it, find a tab's id, open the
 * side panel as a tab of its own (`?tabId=` names the CRM tab it shows), and read the worker's outbox from IndexedDB.
 */
import type { Page } from 'playwright-core';
import type { LoadedExtension } from './launch.ts';

/** Paired with the companion, quiet hours off (as the options page can set), an agent name for the consent ledger. */
export async function pairExtension(browser: LoadedExtension, address: string, token: string): Promise<void> {
  await browser.worker.evaluate(
    ([address, token]) =>
      chrome.storage.local.set({
        'companion.v1': { address, token },
        'policy.v1': { frequencyCap: { max: 2, periodMs: 86_400_000 }, quietHours: null, defaultTimeZone: 'UTC' },
        'agent.v1': 'Marina (e2e)',
      }),
    [address, token] as const,
  );
}

export async function tabIdOf(browser: LoadedExtension, url: string): Promise<number> {
  return browser.worker.evaluate(async (prefix) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url?.startsWith(prefix))?.id ?? -1;
  }, url);
}

export async function openPanelFor(browser: LoadedExtension, crmUrl: string): Promise<Page> {
  const tabId = await tabIdOf(browser, crmUrl);
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 760 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel/index.html?tabId=${tabId}`);
  return panel;
}

export interface OutboxRow {
  id: string;
  kind: 'message' | 'consent';
  state: string;
  attempts: number;
  lastError?: string;
}

/** The worker's outbox as stored (IndexedDB "qbm-copilot"), read without going through the extension's code. */
export async function readOutbox(browser: LoadedExtension): Promise<OutboxRow[]> {
  return browser.worker.evaluate(
    () =>
      new Promise<OutboxRow[]>((resolve, reject) => {
        const open = indexedDB.open('qbm-copilot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('outbox').objectStore('outbox').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            resolve(
              (all.result as OutboxRow[]).map(({ id, kind, state, attempts, lastError }) => ({
                id,
                kind,
                state,
                attempts,
                ...(lastError ? { lastError } : {}),
              })),
            );
            open.result.close();
          };
        };
      }),
  );
}

/** Pushes every pending item's next attempt `ms` ahead, as a long outage's back-off would have (up to 5 min). */
export async function deferOutbox(browser: LoadedExtension, ms: number): Promise<void> {
  await browser.worker.evaluate(
    (ms) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('qbm-copilot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('outbox', 'readwrite');
          const store = tx.objectStore('outbox');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const item of all.result)
              if (item.state === 'pending') store.put({ ...item, nextAttemptAt: Date.now() + ms });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    ms,
  );
}
