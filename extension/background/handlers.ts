/**
 * The worker's message handlers, one per protocol message; `satisfies Handlers<ToBackground>` makes a new message
 * fail to compile until it is handled here. Content-script requests are validated against their schemas and must
 * come from a top-level frame of a tab; extension-page requests must come from our own pages.
 */
import { monotonicFactory } from 'ulid';
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { contentScriptRequestSchemas, type Handlers, type ToBackground } from '../../shared/contracts/protocol.ts';
import { localeFromTag } from '../../shared/i18n/locale.ts';
import type { AppDB } from '../db/app-db.ts';
import { getItem, setItem } from '../storage/items.ts';
import { type CompanionClient, describeCompanionError } from './companion-client.ts';
import { drainOutbox, enqueueConsent, enqueueMessage } from './outbox.ts';
import { quickVerdicts } from './quick-verdicts.ts';
import { syncAndDeliver } from './sync.ts';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface HandlerDeps {
  db: AppDB;
  client: CompanionClient;
  now: () => number;
  openSidePanel: (tabId: number) => void;
}

const ulid = monotonicFactory();

export function fromContentScript(sender: Sender): number {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || sender.frameId !== 0) {
    throw new Error('Refused: this message must come from the QBM Copilot content script of a page.');
  }
  return tabId;
}

export function fromExtensionPage(sender: Sender): void {
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL(''))) {
    throw new Error('Refused: this message must come from a QBM Copilot page.');
  }
}

function validated<N extends keyof typeof contentScriptRequestSchemas>(
  name: N,
  payload: unknown,
): v.InferOutput<(typeof contentScriptRequestSchemas)[N]> {
  const parsed = v.safeParse(contentScriptRequestSchemas[name], payload);
  if (!parsed.success) throw new Error(`Refused ${name}: ${parsed.issues[0]?.message ?? 'invalid payload'}`);
  return parsed.output;
}

export function createHandlers(deps: HandlerDeps) {
  const { db, client, now } = deps;
  const kick = () => void drainOutbox(db, client, now);
  return {
    'cs/page-read': async (payload, sender) => {
      const tabId = fromContentScript(sender);
      const read = validated('cs/page-read', payload);
      // Open panels heard the content script's message themselves (background-api.ts onPageRead); the stored copy
      // is for panels opened later.
      await db.pages.put({ tabId, read, at: now() });
      return { ok: true as const };
    },
    'cs/verdicts': async (payload, sender) => {
      fromContentScript(sender);
      const { phones } = validated('cs/verdicts', payload);
      const locale = localeFromTag(browser.i18n.getUILanguage());
      return { verdicts: await quickVerdicts(db, phones, await getItem('policy'), locale, now()) };
    },
    'cs/quick-send': (payload, sender) => {
      const tabId = fromContentScript(sender);
      const { phone } = validated('cs/quick-send', payload);
      // Must run before any await: opening the panel needs the user's click gesture (stack notes, pitfall 8).
      deps.openSidePanel(tabId);
      return db.pages.update(tabId, { focusPhone: phone }).then(() => ({ opened: true }));
    },
    'ui/page-read': async (payload, sender) => {
      fromExtensionPage(sender);
      return (await db.pages.get(payload.tabId))?.read ?? null;
    },
    'ui/send': async (payload, sender) => {
      fromExtensionPage(sender);
      const id = ulid(now());
      const agent = await getItem('agent');
      await enqueueMessage(db, id, { ...payload, ...(agent ? { agent } : {}) }, now());
      kick();
      return { outboxId: id };
    },
    'ui/record-consent': async (payload, sender) => {
      fromExtensionPage(sender);
      const id = ulid(now());
      await enqueueConsent(db, id, { ...payload, id }, now());
      kick();
      return { id };
    },
    'ui/sync-now': async (_payload, sender) => {
      fromExtensionPage(sender);
      await drainOutbox(db, client, now);
      return syncAndDeliver(db, client, now);
    },
    'ui/pair': async (payload, sender) => {
      fromExtensionPage(sender);
      const token = await client.pair(payload.address, payload.code);
      if (!token.ok) return { ok: false, error: describeCompanionError(token.error) };
      await setItem('companion', { address: payload.address, token: token.value });
      void syncAndDeliver(db, client, now);
      return { ok: true };
    },
  } satisfies Handlers<ToBackground, Sender>;
}
