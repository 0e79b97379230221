/**
 * Instants as Meta's webhooks write them. `account_update` restriction expirations come as Unix seconds in Meta's
 * reference, but BSP relays and older payloads carry ISO 8601 strings such as "2026-04-19T13:59:20+0000" (no colon in
 * the offset, which `Date.parse` does not read reliably across engines). Both are read here, strictly: a value that is
 * neither is undefined, never a guess.
 */
import { fromUnixSeconds, MINUTE } from '../time/clock.ts';

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/;

/** Epoch milliseconds of a Unix-seconds number or digit string, or an ISO 8601 instant with an explicit offset. */
export function parseGraphInstant(value: unknown): number | undefined {
  if (typeof value === 'number') return fromUnixSeconds(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return fromUnixSeconds(text);
  return parseIsoInstant(text);
}

function parseIsoInstant(text: string): number | undefined {
  const match = ISO_INSTANT.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // Date.UTC would roll 31 February over into March; a date that does not exist is refused instead.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = Math.floor(Number(`0.${match[7] ?? '0'}`) * 1000);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) + millis;
  return utc - offsetMinutes(match[8] ?? 'Z') * MINUTE;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}
