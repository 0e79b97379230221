import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_SETTINGS } from '../../shared/policy/settings.ts';
import { HOUR } from '../../shared/time/clock.ts';
import { draftOf, type PolicyDraft, settingsOf } from './policy-draft.ts';

const draft = (extra: Partial<PolicyDraft> = {}): PolicyDraft => ({ ...draftOf(DEFAULT_POLICY_SETTINGS), ...extra });

describe('the policy form’s values', () => {
  it('round-trip the stored settings', () => {
    expect(settingsOf(draft())).toEqual({ ok: true, settings: DEFAULT_POLICY_SETTINGS });
  });

  it('turn quiet hours off and convert the period from hours', () => {
    const result = settingsOf(draft({ quietOn: false, capMax: '3', capHours: '48', timeZone: 'Europe/Madrid' }));
    expect(result).toEqual({
      ok: true,
      settings: { frequencyCap: { max: 3, periodMs: 48 * HOUR }, quietHours: null, defaultTimeZone: 'Europe/Madrid' },
    });
  });

  it('report each invalid field with its message', () => {
    expect(settingsOf(draft({ quietStart: '25:00', capMax: '1.5', capHours: '', timeZone: 'Mars/Base' }))).toEqual({
      ok: false,
      errors: {
        quietStart: 'policyErrorClock',
        capMax: 'policyErrorCapMax',
        capHours: 'policyErrorCapHours',
        timeZone: 'policyErrorTimeZone',
      },
    });
  });

  it('refuse quiet hours that start when they end', () => {
    expect(settingsOf(draft({ quietStart: '22:00', quietEnd: '22:00' }))).toEqual({
      ok: false,
      errors: { quietEnd: 'policyErrorSameTimes' },
    });
  });
});
