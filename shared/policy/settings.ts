/**
 * The team's own send rules on top of the platform's: a per-contact frequency cap for business-initiated messages and
 * quiet hours in the contact's time zone. Defaults are conservative; the options page and the companion config set them.
 */
import * as v from 'valibot';
import { DAY } from '../time/clock.ts';
import { isValidTimeZone, parseClockTime, type QuietHours } from './quiet-hours.ts';

export interface FrequencyCap {
  /** Business-initiated template sends allowed per contact within `periodMs`. */
  max: number;
  periodMs: number;
}

export interface PolicySettings {
  frequencyCap: FrequencyCap;
  /** Null turns quiet hours off. */
  quietHours: QuietHours | null;
  /** IANA zone used when the CRM gives none for the contact. */
  defaultTimeZone: string;
}

export const DEFAULT_POLICY_SETTINGS: PolicySettings = {
  frequencyCap: { max: 2, periodMs: DAY },
  quietHours: { start: '21:00', end: '08:00' },
  defaultTimeZone: 'UTC',
};

const clockTime = v.pipe(
  v.string(),
  v.check((value) => parseClockTime(value) !== undefined, 'Use 24-hour "HH:MM", for example "21:00".'),
);

export const PolicySettingsSchema = v.object({
  frequencyCap: v.object({
    max: v.pipe(v.number(), v.integer('The frequency cap must be a whole number.'), v.minValue(1), v.maxValue(100)),
    periodMs: v.pipe(v.number(), v.integer(), v.minValue(60_000), v.maxValue(30 * DAY)),
  }),
  quietHours: v.nullable(v.object({ start: clockTime, end: clockTime })),
  defaultTimeZone: v.pipe(
    v.string(),
    v.check(isValidTimeZone, 'Use an IANA time zone such as "America/Sao_Paulo" or "Europe/Madrid".'),
  ),
});
