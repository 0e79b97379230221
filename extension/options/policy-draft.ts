/**
 * The policy form's fields as typed (text, so a half-typed number is not lost) and their conversion to the team's
 * PolicySettings, validated by the same schema the storage uses. Each problem is reported on its field in the agent's
 * language, not valibot's English.
 */
import * as v from 'valibot';
import { type PolicySettings, PolicySettingsSchema } from '../../shared/policy/settings.ts';
import { HOUR } from '../../shared/time/clock.ts';
import type { MessageKey } from '../ui/i18n.ts';

export interface PolicyDraft {
  quietOn: boolean;
  quietStart: string;
  quietEnd: string;
  capMax: string;
  capHours: string;
  timeZone: string;
}

export type PolicyField = Exclude<keyof PolicyDraft, 'quietOn'>;
export type PolicyErrors = Partial<Record<PolicyField, MessageKey>>;

const FIELD_OF_PATH: Record<string, [PolicyField, MessageKey]> = {
  'quietHours.start': ['quietStart', 'policyErrorClock'],
  'quietHours.end': ['quietEnd', 'policyErrorClock'],
  'frequencyCap.max': ['capMax', 'policyErrorCapMax'],
  'frequencyCap.periodMs': ['capHours', 'policyErrorCapHours'],
  defaultTimeZone: ['timeZone', 'policyErrorTimeZone'],
};

export function draftOf(settings: PolicySettings): PolicyDraft {
  return {
    quietOn: settings.quietHours !== null,
    quietStart: settings.quietHours?.start ?? '21:00',
    quietEnd: settings.quietHours?.end ?? '08:00',
    capMax: String(settings.frequencyCap.max),
    capHours: String(settings.frequencyCap.periodMs / HOUR),
    timeZone: settings.defaultTimeZone,
  };
}

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function settingsOf(
  draft: PolicyDraft,
): { ok: true; settings: PolicySettings } | { ok: false; errors: PolicyErrors } {
  const candidate = {
    frequencyCap: { max: numberOf(draft.capMax), periodMs: Math.round(numberOf(draft.capHours) * HOUR) },
    quietHours: draft.quietOn ? { start: draft.quietStart.trim(), end: draft.quietEnd.trim() } : null,
    defaultTimeZone: draft.timeZone.trim(),
  };
  const errors: PolicyErrors = {};
  const parsed = v.safeParse(PolicySettingsSchema, candidate);
  for (const issue of parsed.issues ?? []) {
    const entry = FIELD_OF_PATH[v.getDotPath(issue) ?? ''];
    if (entry && !errors[entry[0]]) errors[entry[0]] = entry[1];
  }
  // Equal start and end would silently mean "no quiet hours": say so instead.
  if (candidate.quietHours && candidate.quietHours.start === candidate.quietHours.end && !errors.quietEnd) {
    errors.quietEnd = 'policyErrorSameTimes';
  }
  if (!parsed.success || Object.keys(errors).length > 0) {
    return { ok: false, errors: Object.keys(errors).length > 0 ? errors : { capMax: 'policyErrorCapMax' } };
  }
  return { ok: true, settings: parsed.output };
}
