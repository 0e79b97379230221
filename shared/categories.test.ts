import { describe, expect, it } from 'vitest';
import { consentCategoryOf, parseTemplateCategory } from './categories.ts';

describe('parseTemplateCategory (spec §6: legacy categories parsed)', () => {
  it.each([
    ['MARKETING', 'MARKETING'],
    ['utility', 'UTILITY'],
    ['TRANSACTIONAL', 'UTILITY'],
    ['OTP', 'AUTHENTICATION'],
    ['SOMETHING_NEW', 'MARKETING'],
  ])('%s → %s', (value, expected) => {
    expect(parseTemplateCategory(value)).toBe(expected);
  });
});

it('maps a template category to the consent category that covers it', () => {
  expect(consentCategoryOf('AUTHENTICATION')).toBe('authentication');
});
