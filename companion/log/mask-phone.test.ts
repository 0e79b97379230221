import { describe, expect, it } from 'vitest';
import { maskPhone, maskPhonesIn } from './mask-phone.ts';

describe('maskPhone', () => {
  it('keeps the country code and the last 4 digits', () => {
    expect(maskPhone('+5511987654321')).toBe('+55*******4321');
    expect(maskPhone('+16505551234')).toBe('+1******1234');
    expect(maskPhone('+8613800138000')).toBe('+86*******8000');
  });

  it('keeps a wa_id without "+" as it was written', () => {
    expect(maskPhone('5511987654321')).toBe('55*******4321');
  });

  it('keeps no prefix when the country code is unknown', () => {
    expect(maskPhone('+999123456789')).toBe('+********6789');
  });

  it('hides a too-short value entirely', () => {
    expect(maskPhone('+1234')).toBe('+****');
  });
});

describe('maskPhonesIn', () => {
  it('masks phones written with separators inside a text and leaves short numbers', () => {
    expect(maskPhonesIn('call +55 (11) 98765-4321 about order 42')).toBe('call +55*******4321 about order 42');
  });
});
