/**
 * Quiet hours in the contact's own time zone: business-initiated messages are held back at night ("timely", spec §8
 * guidance: not too many per day, at the right moment). Times are wall-clock "HH:MM" in the contact's IANA zone;
 * a start later than the end wraps midnight (21:00–08:00).
 */
import { MINUTE } from '../time/clock.ts';

export interface QuietHours {
  start: string;
  end: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return undefined; // RangeError: not an IANA zone; the caller falls back
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  return formatterFor(timeZone) !== undefined;
}

export function parseClockTime(value: string): number | undefined {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** Seconds since local midnight in the zone at that instant. */
export function localSecondOfDay(at: number, timeZone: string): number | undefined {
  const formatter = formatterFor(timeZone);
  if (!formatter) return undefined;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatter.formatToParts(at)) {
    if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
    else if (part.type === 'second') second = Number(part.value);
  }
  return hour * 3600 + minute * 60 + second;
}

/**
 * If `at` falls in quiet hours in that zone, the instant they end; otherwise undefined. An unknown zone or malformed
 * times give undefined: the settings validation reports those, the gate does not guess.
 */
export function quietHoursEnd(quiet: QuietHours, timeZone: string, at: number): number | undefined {
  const start = parseClockTime(quiet.start);
  const end = parseClockTime(quiet.end);
  const local = localSecondOfDay(at, timeZone);
  if (start === undefined || end === undefined || local === undefined || start === end) return undefined;
  const minuteOfDay = Math.floor(local / 60);
  const inside = start < end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
  if (!inside) return undefined;
  const secondsUntilEnd = (end * 60 - local + 86_400) % 86_400;
  const naive = at + secondsUntilEnd * 1000;
  // A daylight-saving change before the end moves local time by the offset change; correct once.
  const landed = localSecondOfDay(naive, timeZone);
  if (landed === undefined) return naive;
  const drift = Math.round((landed - end * 60) / 60) * MINUTE;
  return Math.abs(drift) <= 2 * 60 * MINUTE ? naive - drift : naive;
}
