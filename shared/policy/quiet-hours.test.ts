import { describe, expect, it } from 'vitest';
import { isValidTimeZone, quietHoursEnd } from './quiet-hours.ts';

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
