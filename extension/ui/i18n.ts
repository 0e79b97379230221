/**
 * UI strings come from _locales/<lang>/messages.json through browser.i18n, so the browser picks the language (en,
 * pt_BR, es; English otherwise) and the manifest shares the same files. Domain sentences (policy reasons, Meta errors)
 * are Localized objects from shared/: `localized()` picks their language from the browser's UI language.
 * Keys are typed from the English file, so a misspelt key does not compile.
 */
import { type Locale, type Localized, localeFromTag } from '../../shared/i18n/locale.ts';
import { browserApi } from '../messaging/browser.ts';

export type MessageKey = Exclude<keyof typeof import('../public/_locales/en/messages.json'), 'default'>;

/** The message in the browser's language; placeholders take the substitutions in order ($1, $2…). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const message = browserApi().i18n.getMessage(key, substitutions.map(String));
  // An empty answer means the key is missing from the bundle: show the key rather than a blank.
  return message || key;
}

export function uiLanguage(): string {
  return browserApi().i18n.getUILanguage();
}

export function uiLocale(): Locale {
  return localeFromTag(uiLanguage());
}

export function localized(text: Localized | string): string {
  return typeof text === 'string' ? text : text[uiLocale()];
}

const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();

/** Local wall-clock time ("14:32"), with the date when it is not today. */
export function formatTime(at: number, now = Date.now()): string {
  const options: Intl.DateTimeFormatOptions = sameDay(new Date(at), new Date(now))
    ? { timeStyle: 'short' }
    : { dateStyle: 'medium', timeStyle: 'short' };
  return dateTimeFormat(options).format(at);
}

// Building an Intl formatter costs far more than using one, and the panel formats times on every render.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.DateTimeFormat for the UI language. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${uiLanguage()}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(uiLanguage(), options);
    formatters.set(key, format);
  }
  return format;
}
