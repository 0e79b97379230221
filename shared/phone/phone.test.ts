import { describe, expect, it } from 'vitest';
import { identityFromWebhook, parseBsuid, parseContactKey } from './identity.ts';
import { isUsPhone, normalizePhone, phoneFromWaId } from './phone.ts';

describe('normalizePhone (spec §5: send E.164 with "+")', () => {
  it.each([
    ['+55 11 98765-4321', undefined, '+5511987654321', 'BR'],
    ['+1 (650) 555-1234', undefined, '+16505551234', 'US'],
    ['tel:+44 20 7946 0958', undefined, '+442079460958', 'GB'],
    ['callto:+34 612 34 56 78', undefined, '+34612345678', 'ES'],
    ['0055 11 98765 4321', undefined, '+5511987654321', 'BR'],
    ['(11) 98765-4321', 'BR', '+5511987654321', 'BR'],
    ['612 345 678', 'ES', '+34612345678', 'ES'],
    ['https://wa.me/5511987654321', undefined, '+5511987654321', 'BR'],
    ['+1 416 555 0123', undefined, '+14165550123', 'CA'],
  ] as const)('reads %s (default %s) as %s in %s', (input, defaultCountry, e164, country) => {
    const result = normalizePhone(input, defaultCountry ? { defaultCountry } : {});
    expect(result).toMatchObject({ ok: true, value: { e164, country } });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['call me', 'not_a_number'],
    ['98765-4321', 'missing_country'],
    ['+55 11 9', 'too_short'],
    ['+1 650 555 1234 ext. 12', 'has_extension'],
    ['+999 123 456 789', 'invalid_country'],
    ['+1 555 555 5555 5555 5555 5555 5555 5555 5555 5555 5555 5555 5555 5555 5555', 'too_long'],
  ] as const)('refuses %j with %s instead of guessing', (input, code) => {
    const result = normalizePhone(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it('never prepends a country to a number written without one (spec §11.9: Meta would prepend the business country)', () => {
    expect(normalizePhone('11987654321').ok).toBe(false);
  });
});

describe('wa_id and BSUID (spec §9)', () => {
  it('turns a wa_id into E.164 by adding "+"', () => {
    expect(phoneFromWaId('16505551234')).toMatchObject({ ok: true, value: { e164: '+16505551234' } });
  });

  it('keeps the BSUID when the wa_id is empty (username adopters)', () => {
    expect(identityFromWebhook('', 'US.13491208655302741918')).toEqual({
      ok: true,
      value: { bsuid: 'US.13491208655302741918' },
    });
  });

  it('stores phone and BSUID side by side when both come', () => {
    expect(identityFromWebhook('5511987654321', 'BR.1502576394655843')).toEqual({
      ok: true,
      value: { phone: '+5511987654321', bsuid: 'BR.1502576394655843' },
    });
  });

  it('fails when neither a phone nor a BSUID is usable', () => {
    expect(identityFromWebhook('', undefined).ok).toBe(false);
    expect(identityFromWebhook('abc', 'not a bsuid').ok).toBe(false);
  });

  it.each([
    ['US.13491208655302741918', true],
    ['US.ENT.11815799212886844830', true],
    ['us.1349', false],
    ['US-1349', false],
    [`US.${'a'.repeat(300)}`, false],
  ])('parses BSUID %s: %s', (value, valid) => {
    expect(parseBsuid(value).ok).toBe(valid);
  });

  it('accepts either a phone or a BSUID as a contact key', () => {
    expect(parseContactKey('+55 11 98765-4321')).toEqual({ ok: true, value: { phone: '+5511987654321' } });
    expect(parseContactKey('BR.1502576394655843')).toEqual({ ok: true, value: { bsuid: 'BR.1502576394655843' } });
  });
});

describe('US numbers (spec §0: no marketing templates to +1 with a US area code)', () => {
  it.each([
    ['+16505551234', true],
    ['+17875551234', true],
    ['+14165550123', false],
    ['+5511987654321', false],
  ])('%s is a US number: %s', (e164, expected) => {
    const phone = normalizePhone(e164);
    if (!phone.ok) throw new Error(phone.error.message);
    expect(isUsPhone(phone.value)).toBe(expected);
  });
});
