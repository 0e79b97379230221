/**
 * Durations the way an agent reads them at a glance: two units at most ("3 h 12 min", "12 min 5 s"), seconds only in
 * the last hour so a countdown visibly moves when it matters.
 */
import { DAY, HOUR, MINUTE, SECOND } from '../../../shared/time/clock.ts';
import { t } from '../i18n.ts';

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / SECOND));
  const days = Math.floor(total / (DAY / SECOND));
  const hours = Math.floor((total % (DAY / SECOND)) / (HOUR / SECOND));
  const minutes = Math.floor((total % (HOUR / SECOND)) / (MINUTE / SECOND));
  const seconds = total % 60;
  if (days > 0) return t('durationDaysHours', days, hours);
  if (hours > 0) return t('durationHoursMinutes', hours, minutes);
  if (minutes > 0) return t('durationMinutesSeconds', minutes, seconds);
  return t('durationSeconds', seconds);
}

/** "5 min ago", for the age of what the panel shows. */
export function formatAge(ms: number): string {
  if (ms < MINUTE) return t('ageJustNow');
  if (ms < HOUR) return t('ageMinutes', Math.floor(ms / MINUTE));
  if (ms < DAY) return t('ageHours', Math.floor(ms / HOUR));
  return t('ageDays', Math.floor(ms / DAY));
}
