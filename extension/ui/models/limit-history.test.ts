import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../../shared/time/clock.ts';
import { dailyUsage } from './limit-history.ts';

describe('the 7-day limit history', () => {
  it('keeps each day’s peak, oldest day first, and marks days without samples', () => {
    const now = new Date(2026, 10, 25, 15).getTime();
    const samples = [
      { at: now - HOUR, used: 40, limit: 250 },
      { at: now - 2 * HOUR, used: 55, limit: 250 },
      { at: now - 2 * DAY, used: 12, limit: 250 },
      { at: now - 9 * DAY, used: 99, limit: 250 },
    ];
    const days = dailyUsage(samples, now);
    expect(days).toHaveLength(7);
    expect(days[6]).toEqual({ day: new Date(2026, 10, 25).getTime(), used: 55, limit: 250 });
    expect(days[4]?.used).toBe(12);
    expect(days[5]?.used).toBeNull();
    expect(days[0]?.day).toBe(new Date(2026, 10, 19).getTime());
  });
});
