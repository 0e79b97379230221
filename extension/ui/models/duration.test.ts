import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, SECOND } from '../../../shared/time/clock.ts';
import { useEnglishMessages } from '../components/render.test-helpers.tsx';
import { formatAge, formatDuration } from './duration.ts';

useEnglishMessages();

describe('durations an agent reads at a glance', () => {
  it('show two units, seconds only in the last hour', () => {
    expect(formatDuration(3 * HOUR + 12 * MINUTE + 40 * SECOND)).toBe('3 h 12 min');
    expect(formatDuration(DAY + 2 * HOUR)).toBe('1 d 2 h');
    expect(formatDuration(12 * MINUTE + 5 * SECOND)).toBe('12 min 5 s');
    expect(formatDuration(45 * SECOND)).toBe('45 s');
    expect(formatDuration(-5 * SECOND)).toBe('0 s');
  });

  it('say how old the data is', () => {
    expect(formatAge(20 * SECOND)).toBe('just now');
    expect(formatAge(5 * MINUTE + 30 * SECOND)).toBe('5 min ago');
    expect(formatAge(3 * HOUR)).toBe('3 h ago');
    expect(formatAge(2 * DAY)).toBe('2 d ago');
  });
});
