import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { formatTime, localized, t, uiLocale } from './i18n.ts';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const localesDir = join(import.meta.dirname, '../public/_locales');
const load = (lang: string): Record<string, Entry> =>
  JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8'));

describe('UI strings', () => {
  it('exist in English, Portuguese (Brazil) and Spanish with the same keys and placeholders', () => {
    expect(readdirSync(localesDir).sort()).toEqual(['en', 'es', 'pt_BR']);
    const en = load('en');
    for (const lang of ['pt_BR', 'es']) {
      const other = load(lang);
      expect(Object.keys(other)).toEqual(Object.keys(en));
      for (const [key, entry] of Object.entries(en)) {
        expect([lang, key, other[key]?.placeholders]).toEqual([lang, key, entry.placeholders]);
        for (const name of Object.keys(entry.placeholders ?? {})) {
          expect(other[key]?.message.toLowerCase()).toContain(`$${name}$`);
        }
      }
    }
  });

  it('give the manifest its name, a store-sized description and the action title', () => {
    for (const lang of ['en', 'pt_BR', 'es']) {
      const messages = load(lang);
      expect(messages.extName?.message).toBe('QBM Copilot');
      expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
      expect(messages.actionTitle?.message).toBeTruthy();
    }
  });

  it('show the key rather than a blank when a message is missing', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
    expect(t('checking')).toBe('checking');
    vi.restoreAllMocks();
  });

  it('pick the domain sentences’ language from the browser’s', () => {
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('pt-BR');
    expect(uiLocale()).toBe('pt');
    expect(localized({ en: 'Hi', pt: 'Oi', es: 'Hola' })).toBe('Oi');
    expect(localized('as is')).toBe('as is');
    vi.restoreAllMocks();
  });

  it('write times of another day with their date', () => {
    const now = new Date(2026, 10, 25, 12).getTime();
    expect(formatTime(new Date(2026, 10, 25, 14, 32).getTime(), now)).toMatch(/2:32/);
    expect(formatTime(new Date(2026, 10, 27, 14, 32).getTime(), now)).toMatch(/Nov 27, 2026/);
  });
});
