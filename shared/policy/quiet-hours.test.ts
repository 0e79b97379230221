import { describe, expect, it } from 'vitest';
import { isValidTimeZone, localSecondOfDay, quietHoursEnd } from './quiet-hours.ts';

const night = { start: '21:00', end: '08:00' };

describe("quiet hours in the contact's time zone", () => {
  it.each([
    // 2026-11-25 23:30 UTC is 20:30 in São Paulo (UTC-3): not quiet yet
    [Date.UTC(2026, 10, 25, 23, 30), 'America/Sao_Paulo', undefined],
    // 2026-11-26 00:30 UTC is 21:30 in São Paulo: quiet until 08:00 local = 11:00 UTC
    [Date.UTC(2026, 10, 26, 0, 30), 'America/Sao_Paulo', Date.UTC(2026, 10, 26, 11, 0)],
    // the same instant is 01:30 in Madrid (UTC+1): quiet until 08:00 local = 07:00 UTC
    [Date.UTC(2026, 10, 26, 0, 30), 'Europe/Madrid', Date.UTC(2026, 10, 26, 7, 0)],
    // 08:00 local sharp is no longer quiet
    [Date.UTC(2026, 10, 26, 7, 0), 'Europe/Madrid', undefined],
  ])('at %d in %s quiet hours end at %s', (at, zone, expected) => {
    expect(quietHoursEnd(night, zone, at)).toBe(expected);
  });

  it('handles a daytime range that does not wrap midnight', () => {
    const lunch = { start: '12:00', end: '13:30' };
    expect(quietHoursEnd(lunch, 'UTC', Date.UTC(2026, 0, 1, 12, 15))).toBe(Date.UTC(2026, 0, 1, 13, 30));
    expect(quietHoursEnd(lunch, 'UTC', Date.UTC(2026, 0, 1, 13, 30))).toBeUndefined();
  });

  it('ends at local 08:00 across a daylight-saving change (Madrid, 2026-03-29)', () => {
    // 2026-03-29 00:30 UTC = 01:30 CET; clocks jump to CEST at 02:00 CET; 08:00 CEST = 06:00 UTC
    expect(quietHoursEnd(night, 'Europe/Madrid', Date.UTC(2026, 2, 29, 0, 30))).toBe(Date.UTC(2026, 2, 29, 6, 0));
  });

  it('does not guess with an unknown zone or malformed times', () => {
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(quietHoursEnd(night, 'Mars/Olympus', Date.UTC(2026, 0, 1, 23))).toBeUndefined();
    expect(quietHoursEnd({ start: '25:00', end: '08:00' }, 'UTC', Date.UTC(2026, 0, 1, 23))).toBeUndefined();
  });
});

describe('local time of day', () => {
  // The oracle: ICU read directly, every time, through a formatter of the test's own.
  const oracle = (at: number, timeZone: string) => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(at);
    const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
    return value('hour') * 3600 + value('minute') * 60 + value('second');
  };
  const scan = (timeZone: string, from: number, to: number, stepMs: number) => {
    const wrong: string[] = [];
    for (let at = from; at < to; at += stepMs) {
      const got = localSecondOfDay(at, timeZone);
      if (got !== oracle(at, timeZone)) wrong.push(`${new Date(at).toISOString()}: ${got} ≠ ${oracle(at, timeZone)}`);
    }
    return wrong;
  };

  it.each([
    ['America/New_York', Date.UTC(2026, 2, 7), Date.UTC(2026, 2, 10)], // spring forward, 07:00 UTC
    ['America/New_York', Date.UTC(2026, 9, 31), Date.UTC(2026, 10, 3)], // fall back, 06:00 UTC
    ['Europe/Madrid', Date.UTC(2026, 2, 28), Date.UTC(2026, 2, 31)],
    ['Australia/Lord_Howe', Date.UTC(2026, 3, 3), Date.UTC(2026, 3, 6)], // a half-hour change
    ['Asia/Kathmandu', Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 3)], // +05:45
    ['America/Sao_Paulo', Date.UTC(1969, 11, 30), Date.UTC(1970, 0, 2)], // across the epoch
  ])('in %s matches ICU across its transitions', (zone, from, to) => {
    expect(scan(zone, from, to, 433_000)).toEqual([]);
  });

  it('is exact in a 15-minute slot with a change of offset inside it (Kolkata, 1906: +05:21:10 → +05:30)', () => {
    // The change came at local midnight, 1905-12-31 18:38:50 UTC: not on a slot boundary of UTC time.
    const change = Date.UTC(1905, 11, 31, 18, 38, 50);
    expect([oracle(change - 1000, 'Asia/Kolkata'), oracle(change, 'Asia/Kolkata')]).toEqual([86_399, 8 * 60 + 50]);
    expect(scan('Asia/Kolkata', change - 20 * 60_000, change + 20 * 60_000, 1_000)).toEqual([]);
  });
});
