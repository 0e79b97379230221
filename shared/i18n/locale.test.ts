import { describe, expect, it } from 'vitest';
import { formatMessage, localeFromTag } from './locale.ts';

describe('localeFromTag', () => {
  it.each([
    ['pt-BR', 'pt'],
    ['es-419', 'es'],
    ['en_US', 'en'],
    ['fr-FR', 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (tag, locale) => {
    expect(localeFromTag(tag)).toBe(locale);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('closes in {minutes} min ({x})', { minutes: 5 })).toBe('closes in 5 min ({x})');
  });
});
