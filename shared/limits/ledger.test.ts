import { describe, expect, it } from 'vitest';
import { DAY, fixedClock, HOUR, SECOND } from '../time/clock.ts';
import { countedRecipients, countsAgainstLimit, hasRoomFor, type LedgerEntry, limitUsage } from './ledger.ts';

const T0 = Date.UTC(2026, 10, 25, 12, 0, 0);

describe('limit ledger: unique recipients in a moving 24 h (spec §2, §11.2)', () => {
  it('counts recipients, not messages: three sends to one user use one slot', () => {
    const entries: LedgerEntry[] = [
      { recipient: '+5511987654321', at: T0 },
      { recipient: '+5511987654321', at: T0 + HOUR },
      { recipient: '+5511987654321', at: T0 + 2 * HOUR },
    ];
    expect(limitUsage(entries, 'TIER_250', fixedClock(T0 + 3 * HOUR))).toMatchObject({ used: 1, remaining: 249 });
  });

  it('is a moving 24 h, not a calendar day: a send at 23:59 still counts at 00:01 the next day', () => {
    const lateEvening = Date.UTC(2026, 10, 25, 23, 59);
    const entries = [{ recipient: 'a', at: lateEvening }];
    expect(limitUsage(entries, 'TIER_250', fixedClock(Date.UTC(2026, 10, 26, 0, 1))).used).toBe(1);
  });

  it.each([
    ['one second before 24 h have passed', DAY - SECOND, 1],
    ['exactly 24 h later', DAY, 0],
  ])('a recipient counted at T0 is %s: used=%d', (_label, offset, used) => {
    expect(limitUsage([{ recipient: 'a', at: T0 }], 'TIER_250', fixedClock(T0 + offset)).used).toBe(used);
  });

  it("frees the slot 24 h after the recipient's latest counted send, and reports the earliest such instant", () => {
    const entries = [
      { recipient: 'a', at: T0 },
      { recipient: 'b', at: T0 + HOUR },
      { recipient: 'a', at: T0 + 2 * HOUR },
    ];
    const usage = limitUsage(entries, 'TIER_250', fixedClock(T0 + 3 * HOUR));
    expect(usage.nextSlotFreesAt).toBe(T0 + HOUR + DAY);
    expect(countedRecipients(entries, fixedClock(T0 + 3 * HOUR)).get('a')).toBe(T0 + 2 * HOUR);
  });

  it('the portfolio limit is shared: sends from every number of the portfolio sum into one count', () => {
    const fromNumberA = [{ recipient: 'x', at: T0 }];
    const fromNumberB = [{ recipient: 'y', at: T0 }];
    expect(limitUsage([...fromNumberA, ...fromNumberB], 'TIER_250', fixedClock(T0 + 1)).used).toBe(2);
  });

  it('reaches zero headroom at the tier limit, but an already-counted recipient still fits', () => {
    const entries = Array.from({ length: 250 }, (_, i) => ({ recipient: `r${i}`, at: T0 + i }));
    const usage = limitUsage(entries, 'TIER_250', fixedClock(T0 + HOUR));
    expect(usage).toMatchObject({ used: 250, remaining: 0, limit: 250 });
    expect(hasRoomFor(usage, false)).toBe(false);
    expect(hasRoomFor(usage, true)).toBe(true);
  });

  it('is never exhausted on TIER_UNLIMITED', () => {
    const usage = limitUsage([{ recipient: 'a', at: T0 }], 'TIER_UNLIMITED', fixedClock(T0 + 1));
    expect(usage).toMatchObject({ limit: null, remaining: null, used: 1 });
    expect(hasRoomFor(usage, false)).toBe(true);
  });

  it('matches a brute-force count on random data', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const entries = Array.from({ length: 2000 }, () => ({
      recipient: `r${Math.floor(random() * 300)}`,
      at: T0 + Math.floor(random() * 3 * DAY),
    }));
    for (const now of [T0 + DAY, T0 + 1.5 * DAY, T0 + 2 * DAY + 17, T0 + 3 * DAY]) {
      const brute = new Set(entries.filter((e) => e.at > now - DAY && e.at <= now).map((e) => e.recipient)).size;
      expect(limitUsage(entries, 'TIER_2K', fixedClock(now)).used).toBe(brute);
    }
  });
});

describe('what counts against the limit (spec §2)', () => {
  it.each([
    [{ isTemplate: true, windowOpen: false }, true],
    [{ isTemplate: true, windowOpen: true }, false],
    [{ isTemplate: false, windowOpen: true }, false],
  ])('%j counts: %s', (send, expected) => {
    expect(countsAgainstLimit(send)).toBe(expected);
  });
});
