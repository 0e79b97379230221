// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clean, e164Of, isMasked, isoDate, linkPhone, phoneFromHref, snakeKey } from './text.ts';

describe('page text helpers', () => {
  it('cleans control, bidi and zero-width characters, collapses whitespace and caps', () => {
    expect(clean('  Ana\u202e \u0007Souza\u200b\n\t ')).toBe('Ana Souza');
    expect(clean('x'.repeat(600))).toHaveLength(500);
    expect(clean(`${'a'.repeat(499)}😀`)).toBe('a'.repeat(499)); // no half surrogate pair at the cut
  });

  it('snake-cases labels, dropping accents and punctuation', () => {
    expect(snakeKey('Teléfono móvil:')).toBe('telefono_movil');
    expect(snakeKey('  Payment due (date) ')).toBe('payment_due_date');
    expect(snakeKey('__proto__')).toBe('proto');
  });

  it('gives e164 only for plain international numbers', () => {
    expect(e164Of('+55 (11) 98765-4321')).toBe('+5511987654321');
    expect(e164Of('+1.415.555.0100')).toBe('+14155550100');
    expect(e164Of('(11) 98765-4321')).toBeUndefined();
    expect(e164Of('+44 (0)20 7946 0958')).toBeUndefined();
    expect(e164Of('+55 11 98765-4321 ext 2')).toBeUndefined();
    expect(e164Of('+0 123 4567')).toBeUndefined();
    expect(e164Of('+1234567890123456')).toBeUndefined();
  });

  it('recognises masked numbers', () => {
    expect(isMasked('+55 11 9****-4321')).toBe(true);
    expect(isMasked('+55 11 9XXXX-4321')).toBe(true);
    expect(isMasked('+55 11 98765-4321 x12')).toBe(false);
  });

  it('takes the number out of every call-link syntax', () => {
    expect(phoneFromHref('tel:+5511987654321')).toBe('+5511987654321');
    expect(phoneFromHref('callto://+5511987654321')).toBe('+5511987654321');
    expect(phoneFromHref('skype:+551134567890?call')).toBe('+551134567890');
    expect(phoneFromHref('caller:+551134567890call')).toBe('+551134567890');
    expect(phoneFromHref('sip:+551134567890@pbx.example.com')).toBe('+551134567890');
    expect(phoneFromHref('tel:%2B5511987654321')).toBe('+5511987654321');
    expect(phoneFromHref('tel:%E0%A4%A')).toBe('%E0%A4%A');
    expect(phoneFromHref('https://wa.me/5511987654321')).toBe('5511987654321');
    expect(phoneFromHref('javascript:alert(1)')).toBeUndefined();
    expect(phoneFromHref(null)).toBeUndefined();
  });

  // Found by test/e2e/hostile-page.e2e.test.ts: a "Ligar" link with the number only in tel: gave no phone.
  it("reads a call link's number from its text when that is a number, else from its href", () => {
    expect(linkPhone('Ligar', 'tel:+5511955554444')).toBe('+5511955554444');
    expect(linkPhone('+55 11 98765-4321', 'tel:+5511000000000')).toBe('+55 11 98765-4321');
    expect(linkPhone('call me', 'javascript:alert(1)')).toBe('call me');
    expect(linkPhone('', null)).toBeUndefined();
  });

  it('turns unambiguous dates into ISO dates and leaves the rest alone', () => {
    expect(isoDate('2026-12-05')).toBe('2026-12-05');
    expect(isoDate('2026-12-05T10:00:00Z')).toBe('2026-12-05');
    expect(isoDate('05.12.2026')).toBe('2026-12-05');
    expect(isoDate('25/12/2026')).toBe('2026-12-25');
    expect(isoDate('12/25/2026')).toBe('2026-12-25');
    expect(isoDate('03/04/2026')).toBeUndefined();
    expect(isoDate('Dec 5, 2026')).toBe('2026-12-05');
    expect(isoDate('5 December 2026')).toBe('2026-12-05');
    expect(isoDate('2026-02-30')).toBeUndefined();
    expect(isoDate('soon')).toBeUndefined();
  });
});
