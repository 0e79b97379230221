/** The languages agents read the product in: English, Portuguese (Brazil) and Spanish. */
export const LOCALES = ['en', 'pt', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** A sentence in every supported language. */
export type Localized = Readonly<Record<Locale, string>>;

/** Picks the supported locale for a BCP 47 tag such as "pt-BR" or "es-419"; English otherwise. */
export function localeFromTag(tag: string | undefined): Locale {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : 'en';
}

/** Fills `{name}` placeholders of a localized sentence. */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
