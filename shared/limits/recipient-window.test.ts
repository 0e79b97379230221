import { describe, expect, it } from 'vitest';
import { DAY, fixedClock, HOUR, SECOND } from '../time/clock.ts';
import { limitUsage } from './ledger.ts';
import { RecipientWindow } from './recipient-window.ts';

const T0 = Date.UTC(2026, 10, 25, 12);

describe('RecipientWindow: the moving 24 h of counted recipients (spec §2)', () => {
  it('counts unique recipients and frees each 24 h after their latest send, to the second', () => {
    const window = new RecipientWindow();
    window.set('a', T0);
    window.set('b', T0 + HOUR);
    window.set('a', T0 + 2 * HOUR);
    expect(window.usage('TIER_250', T0 + 3 * HOUR)).toMatchObject({
      used: 2,
      remaining: 248,
      nextSlotFreesAt: T0 + HOUR + DAY,
    });
    expect(window.isCounted('b', T0 + HOUR + DAY - SECOND)).toBe(true);
    expect(window.usage('TIER_250', T0 + HOUR + DAY)).toMatchObject({ used: 1, nextSlotFreesAt: T0 + 2 * HOUR + DAY });
    expect(window.isCounted('b', T0 + HOUR + DAY)).toBe(false);
  });

  it('a removed recipient (failed send) stops counting at once', () => {
    const window = new RecipientWindow();
    window.set('a', T0);
    window.set('a', undefined);
    expect(window.usage('TIER_250', T0 + 1).used).toBe(0);
  });

  it('matches the brute-force ledger on random sends, checked as time moves forward', () => {
    let seed = 3;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const entries = Array.from({ length: 3000 }, () => ({
      recipient: `r${Math.floor(random() * 400)}`,
      at: T0 + Math.floor(random() * 3 * DAY),
    }));
    const window = new RecipientWindow();
    const sorted = [...entries].sort((a, b) => a.at - b.at);
    let added = 0;
    for (const now of [T0 + DAY, T0 + 1.5 * DAY, T0 + 2 * DAY + 17, T0 + 3 * DAY]) {
      while (added < sorted.length && sorted[added]!.at <= now) {
        const entry = sorted[added++]!;
        window.set(entry.recipient, entry.at);
      }
      const expected = limitUsage(entries, 'TIER_2K', fixedClock(now));
      expect(window.usage('TIER_2K', now)).toEqual(expected);
    }
  });

  it('says when it cannot answer for an earlier instant (the clock went back)', () => {
    const window = new RecipientWindow();
    window.usage('TIER_250', T0 + DAY);
    expect(window.canAnswer(T0 + DAY)).toBe(true);
    expect(window.canAnswer(T0)).toBe(false);
  });
});
