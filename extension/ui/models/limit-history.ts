/**
 * The 7-day messaging-limit history for the header's chart: the highest "used" the worker sampled on each local day
 * (the limit counts unique recipients in a moving 24 h, spec §2, so a day's peak is what came closest to it).
 */
import { DAY } from '../../../shared/time/clock.ts';
import type { NumberSample } from '../../db/records.ts';

export interface DayUsage {
  /** Local midnight of the day. */
  day: number;
  /** Peak used that day; null when nothing was sampled. */
  used: number | null;
  limit: number | null;
}

function localMidnight(at: number): number {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

export function dailyUsage(samples: readonly NumberSample[], now: number): DayUsage[] {
  const today = localMidnight(now);
  const days: DayUsage[] = [];
  for (let back = 6; back >= 0; back--) {
    // Through Date so a daylight-saving day (23 or 25 h) still starts at its own midnight.
    const day = localMidnight(today - back * DAY + DAY / 2);
    days.push({ day, used: null, limit: null });
  }
  for (const sample of samples) {
    const entry = days.find((d) => d.day === localMidnight(sample.at));
    if (!entry) continue;
    entry.used = Math.max(entry.used ?? 0, sample.used);
    if (sample.limit !== null) entry.limit = Math.max(entry.limit ?? 0, sample.limit);
  }
  return days;
}
