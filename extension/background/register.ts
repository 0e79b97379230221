/**
 * Registers every listener of the worker synchronously at start-up (MV3 may start the worker just to deliver one
 * event, and listeners added later miss it). Nothing is kept only in memory: page reads, the outbox and the sync
 * cursor live in IndexedDB. Alarms drive the outbox (every 30 s) and the sync (every minute).
 */

import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { EnvelopeSchema, type Handlers, type ToBackground } from '../../shared/contracts/protocol.ts';
import type { AppDB } from '../db/app-db.ts';
import { db as defaultDb } from '../db/db.ts';
import { sendToTab } from '../messaging/messaging.ts';
import { getItem, watchItem } from '../storage/items.ts';
import { broadcastDbChanges } from './broadcast-changes.ts';
import { createCompanionClient } from './companion-client.ts';
import { createHandlers, type Sender } from './handlers.ts';
import { drainOutbox } from './outbox.ts';
import { registerSiteScripts } from './site-scripts.ts';
import { syncAndDeliver } from './sync.ts';

const OUTBOX_ALARM = 'outbox';
const SYNC_ALARM = 'sync';

/** Chrome's side panel is not in the polyfill; Firefox has sidebarAction instead. */
function openSidePanel(tabId: number): void {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: { open(options: { tabId: number }): Promise<void> } } })
    .chrome;
  if (chromeApi?.sidePanel) {
    chromeApi.sidePanel.open({ tabId }).catch(() => {});
    return;
  }
  const firefox = browser as unknown as { sidebarAction?: { open(): Promise<void> } };
  firefox.sidebarAction?.open().catch(() => {});
}

/** Quick-send buttons re-ask for their verdicts after new state arrived. */
async function notifyTabs(database: AppDB): Promise<void> {
  for (const tabId of (await database.pages.toCollection().primaryKeys()) as number[]) {
    await sendToTab(tabId, 'bg/verdicts-changed', { verdicts: {} }).catch(() => database.pages.delete(tabId));
  }
}

export function registerBackground(database: AppDB = defaultDb, now: () => number = () => Date.now()): void {
  const client = createCompanionClient(() => getItem('companion'));
  const handlers: Handlers<ToBackground, Sender> = createHandlers({ db: database, client, now, openSidePanel });
  broadcastDbChanges(database.name);

  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    const envelope = v.safeParse(EnvelopeSchema, message);
    if (!envelope.success || !(envelope.output.name in handlers)) return undefined; // not ours (e.g. bg/* broadcasts)
    const handler = handlers[envelope.output.name as keyof ToBackground] as (
      payload: unknown,
      sender: Sender,
    ) => unknown;
    try {
      // Called synchronously: cs/quick-send opens the side panel, which needs the click's user gesture.
      return Promise.resolve(handler(envelope.output.payload, sender));
    } catch (error) {
      return Promise.reject(error);
    }
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void drainOutbox(database, client, now);
    if (alarm.name === SYNC_ALARM) {
      void syncAndDeliver(database, client, now).then(() => notifyTabs(database));
    }
  });
  browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: 0.5 });
  browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });

  browser.tabs.onRemoved.addListener((tabId) => void database.pages.delete(tabId));
  // A tab loading a new document no longer shows the contact it showed: the panel must not keep it.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) void database.pages.delete(tabId);
  });
  watchItem('companion', () => void syncAndDeliver(database, client, now));
  watchItem('enabledSites', (sites) => void registerSiteScripts(sites).catch(() => {}));
  void getItem('enabledSites')
    .then((sites) => registerSiteScripts(sites))
    .catch(() => {});

  const chromeApi = (
    globalThis as {
      chrome?: { sidePanel?: { setPanelBehavior(b: { openPanelOnActionClick: boolean }): Promise<void> } };
    }
  ).chrome;
  chromeApi?.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

  // A worker that was stopped with work queued picks it up now.
  void syncAndDeliver(database, client, now);
}
