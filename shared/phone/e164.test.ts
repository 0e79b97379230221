import { parsePhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { isE164, isUsE164 } from './e164.ts';

describe('isE164', () => {
  it.each([
    ['+5511987654321', true],
    ['+1234567', true],
    ['+55 11 98765-4321', false],
    ['5511987654321', false],
    ['+0123456789', false],
    ['+1234567890123456', false],
  ])('%s: %s', (value, expected) => {
    expect(isE164(value)).toBe(expected);
  });
});

describe('isUsE164 (spec §0: no marketing templates to +1 with a US area code)', () => {
  it.each([
    ['+16505551234', true],
    ['+17875551234', true], // Puerto Rico
    ['+13407731234', true], // US Virgin Islands
    ['+13405551234', true], // no valid exchange there, but a US area code is enough: the stricter reading
    ['+16717771234', true], // Guam
    ['+18005551234', true], // toll-free
    ['+14165550123', false], // Canada
    ['+12425551234', false], // Bahamas
    ['+18095551234', false], // Dominican Republic
    ['+5511987654321', false],
    ['+1650555123', false], // too short for NANP
    ['+1 650 555 1234', false], // not E.164
  ])('%s is a US number: %s', (e164, expected) => {
    expect(isUsE164(e164)).toBe(expected);
  });

  it('agrees with the full metadata (libphonenumber-js/max) area code by area code', () => {
    const us = new Set(['US', 'PR', 'VI', 'GU', 'AS', 'MP']);
    const countryOf = (e164: string) => {
      const parsed = parsePhoneNumber(e164);
      return parsed.isValid() ? (parsed.country ?? 'non-geographic') : undefined;
    };
    const disagreements: string[] = [];
    for (let npa = 200; npa <= 999; npa++) {
      if (isUsE164(`+1${npa}2004567`)) {
        // A listed area code has a valid US number (territories open few exchanges: look until one is found).
        let country: string | undefined;
        for (let nxx = 200; nxx <= 999 && country === undefined; nxx++) country = countryOf(`+1${npa}${nxx}4567`);
        if (!us.has(country ?? '')) disagreements.push(`${npa} is listed as US, metadata says ${country}`);
      } else {
        // Any other area code has no valid US number among a spread of exchanges.
        for (let nxx = 200; nxx <= 999; nxx += 20) {
          const country = countryOf(`+1${npa}${nxx}4567`);
          if (us.has(country ?? '')) disagreements.push(`${npa} is not listed, metadata says ${country}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
