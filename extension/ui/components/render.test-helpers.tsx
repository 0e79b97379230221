/**
 * Renders a page with a fake worker API and a fresh database, and makes browser.i18n answer from the English
 * messages.json (placeholders filled like the browser does), so tests read the words an agent reads.
 */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { AppDB } from '../../db/app-db.ts';
import en from '../../public/_locales/en/messages.json';
import type { BackgroundApi } from '../background-api.ts';
import { ApiContext, DbContext } from './context.ts';

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

export function renderWith(ui: ComponentChildren, deps: { api: BackgroundApi; db: AppDB }) {
  return render(
    <ApiContext.Provider value={deps.api}>
      <DbContext.Provider value={deps.db}>{ui}</DbContext.Provider>
    </ApiContext.Provider>,
  );
}
