/**
 * Quiet hours in the contact's own time zone: business-initiated messages are held back at night ("timely", spec §8
 * guidance: not too many per day, at the right moment). Times are wall-clock "HH:MM" in the contact's IANA zone;
 * a start later than the end wraps midnight (21:00–08:00).
 */
import { DAY, MINUTE } from '../time/clock.ts';

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

/** Seconds since local midnight in the zone at that instant, read off ICU (about 10 µs a call). */
function formattedSecondOfDay(formatter: Intl.DateTimeFormat, at: number): number {
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

const DAY_SECONDS = DAY / 1000;
const SLOT_MS = 15 * MINUTE;
const SLOTS_KEPT_PER_ZONE = 256;
const utcSecondOfDay = (at: number) => Math.floor((((at % DAY) + DAY) % DAY) / 1000);

/**
 * Per zone, the zone's offset from UTC (in seconds, modulo a day: all a time of day needs) for each 15-minute slot of
 * UTC time asked about, or null where the offset changes inside the slot. Why: every verdict asks for the local time
 * (quiet hours, up to six reads per lookup), and ICU's formatToParts was a tenth of the verdict lookup's CPU. An
 * offset changes only at the zone's transitions, so a slot whose start and end agree has one offset throughout (no
 * zone changes twice within 15 minutes); a slot with a transition inside is read off ICU every time. Exact either way.
 */
const slotOffsets = new Map<string, Map<number, number | null>>();

function slotOffset(timeZone: string, formatter: Intl.DateTimeFormat, slot: number): number | null {
  let offsets = slotOffsets.get(timeZone);
  if (!offsets) {
    offsets = new Map();
    slotOffsets.set(timeZone, offsets);
  }
  let offset = offsets.get(slot);
  if (offset === undefined) {
    const offsetAt = (at: number) =>
      (formattedSecondOfDay(formatter, at) - utcSecondOfDay(at) + DAY_SECONDS) % DAY_SECONDS;
    const start = offsetAt(slot * SLOT_MS);
    offset = start === offsetAt((slot + 1) * SLOT_MS) ? start : null;
    // Bounded: a long-running companion asks about ever newer slots.
    if (offsets.size >= SLOTS_KEPT_PER_ZONE) offsets.clear();
    offsets.set(slot, offset);
  }
  return offset;
}

/** Seconds since local midnight in the zone at that instant. */
export function localSecondOfDay(at: number, timeZone: string): number | undefined {
  const formatter = formatterFor(timeZone);
  if (!formatter) return undefined;
  const offset = slotOffset(timeZone, formatter, Math.floor(at / SLOT_MS));
  return offset === null ? formattedSecondOfDay(formatter, at) : (utcSecondOfDay(at) + offset) % DAY_SECONDS;
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
