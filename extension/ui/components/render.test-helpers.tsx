/**
 * Renders a page with a fake worker API and a fresh database (written with Dexie as the worker writes it), and makes browser.i18n answer from the English
 * messages.json (placeholders filled like the browser does), so tests read the words an agent reads.
 */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeEach, onTestFinished, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { broadcastDbChanges } from '../../background/broadcast-changes.ts';
import type { AppDB } from '../../db/app-db.ts';
import en from '../../public/_locales/en/messages.json';
import type { BackgroundApi } from '../background-api.ts';
import { ApiContext, DbContext, type PageDb, pageDb } from './context.ts';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export function englishMessage(key: string, substitutions: string[] = []): string {
  const entry = (en as Record<string, Entry>)[key];
  if (!entry) return '';
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
  });
}

/** Call at the top of a test file. */
export function useEnglishMessages(): void {
  beforeEach(() => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
      englishMessage(key, typeof subs === 'string' ? [subs] : (subs ?? [])),
    );
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
}

/**
 * The page's side of `db` as the real pages get it: a read-only reader and the change notices, which the test's writes
 * (through Dexie, as the worker writes) send on the same channel the worker's re-broadcast uses. Ends with the test.
 */
export function pageSideOf(db: AppDB): PageDb {
  const stopBroadcast = broadcastDbChanges(db.name);
  const page = pageDb(db.name);
  onTestFinished(() => {
    stopBroadcast();
    page.reader.close();
  });
  return page;
}

export function renderWith(ui: ComponentChildren, deps: { api: BackgroundApi; db: AppDB }) {
  const page = pageSideOf(deps.db);
  // A wrapper, so rerender() keeps the providers.
  const wrapper = (props: { children: ComponentChildren }) => (
    <ApiContext.Provider value={deps.api}>
      <DbContext.Provider value={page}>{props.children}</DbContext.Provider>
    </ApiContext.Provider>
  );
  return render(ui, { wrapper });
}
