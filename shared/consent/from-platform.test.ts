import { describe, expect, it } from 'vitest';
import { canonicalContactKey } from './contact-key.ts';
import { validateConsentEvent } from './events.ts';
import { consentEventFromStopError, consentEventFromUserPreference } from './from-platform.ts';

const T_SECONDS = 1_767_225_600;
const T_MS = T_SECONDS * 1000;

function preference(
  overrides: Partial<{ detail: string; category: string; value: string; timestamp: number | string }>,
) {
  return {
    id: '01UP',
    contact: '+5511987654321',
    preference: {
      detail: 'User requested to stop marketing messages',
      category: 'marketing_messages',
      value: 'stop',
      timestamp: T_SECONDS,
      ...overrides,
    },
  };
}

describe('consentEventFromUserPreference: WhatsApp’s "Stop promotions" choice (spec §4 user_preferences, §7)', () => {
  it('"stop" opts out of marketing only, from the webhook, at the preference time in ms', () => {
    expect(consentEventFromUserPreference(preference({}))).toEqual({
      id: '01UP',
      contact: '+5511987654321',
      action: 'opt_out',
      categories: ['marketing'],
      source: 'user_preferences',
      wording: 'User requested to stop marketing messages',
      at: T_MS,
      recordedBy: 'system:webhook',
    });
  });

  it('"resume" opts back into marketing only: the user re-enabled this business’s promotions in WhatsApp', () => {
    const event = consentEventFromUserPreference(preference({ value: 'resume', detail: 'User resumed' }));
    expect(event).toMatchObject({ action: 'opt_in', categories: ['marketing'], source: 'user_preferences' });
  });

  it.each([
    [T_SECONDS, T_MS],
    [String(T_SECONDS), T_MS],
    [` ${T_SECONDS} `, T_MS],
    [0, 0],
  ])('reads the Unix-seconds timestamp %j as %i ms (spec §4: webhooks carry seconds, often as strings)', (ts, at) => {
    expect(consentEventFromUserPreference(preference({ timestamp: ts }))?.at).toBe(at);
  });

  it.each([
    ['an unknown category', { category: 'utility_messages' }],
    ['an empty category', { category: '' }],
    ['an unknown value', { value: 'snooze' }],
    ['an empty value', { value: '' }],
    ['a timestamp that is not a number', { timestamp: 'yesterday' }],
    ['a negative timestamp', { timestamp: -1 }],
    ['a fractional timestamp', { timestamp: 1.5 }],
  ])('ignores %s (null, never fatal: Meta may add preferences)', (_, overrides) => {
    expect(consentEventFromUserPreference(preference(overrides))).toBeNull();
  });

  it.each([
    ['MARKETING_MESSAGES', 'STOP', 'opt_out'],
    [' marketing_messages ', 'Resume', 'opt_in'],
  ] as const)('tolerates case and blanks in %j / %j', (category, value, action) => {
    expect(consentEventFromUserPreference(preference({ category, value }))?.action).toBe(action);
  });

  it.each([
    ['stop', 'Stop promotions (WhatsApp marketing preference)'],
    ['resume', 'Resume promotions (WhatsApp marketing preference)'],
  ])('without a detail, a "%s" still records what the user chose as its wording', (value, wording) => {
    const input = preference({ value });
    delete (input.preference as { detail?: string }).detail;
    expect(consentEventFromUserPreference(input)?.wording).toBe(wording);
    expect(consentEventFromUserPreference(preference({ value, detail: '  ' }))?.wording).toBe(wording);
  });

  it('files the event under the E.164 key when given the wa_id Meta sends (spec §11.9)', () => {
    expect(consentEventFromUserPreference({ ...preference({}), contact: '5511987654321' })?.contact).toBe(
      '+5511987654321',
    );
  });

  it.each(['stop', 'resume'])('the "%s" event passes validation as stored proof', (value) => {
    const event = consentEventFromUserPreference(preference({ value }));
    expect(validateConsentEvent(event)).toEqual({ ok: true, value: event });
  });
});

describe('consentEventFromStopError: error 131050 is an opt-out (spec §5, §11.8)', () => {
  const input = { id: '01ER', contact: '+5511987654321', wamid: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDNjQ', at: T_MS };

  it('opts out of marketing only, from Meta, with the failed wamid as evidence', () => {
    expect(consentEventFromStopError(input)).toEqual({
      id: '01ER',
      contact: '+5511987654321',
      action: 'opt_out',
      categories: ['marketing'],
      source: 'meta_error',
      wording: '',
      at: T_MS,
      recordedBy: 'system:webhook',
      evidence: input.wamid,
    });
  });

  it('passes validation although the user wrote nothing (spec §7: wordless only for Meta-reported opt-outs)', () => {
    const event = consentEventFromStopError(input);
    expect(validateConsentEvent(event)).toEqual({ ok: true, value: event });
  });

  it('files the event under the E.164 key when given a recipient_id (spec §11.9)', () => {
    expect(consentEventFromStopError({ ...input, contact: '5511987654321' }).contact).toBe('+5511987654321');
  });
});

describe('canonicalContactKey', () => {
  it.each([
    ['+55 11 98765-4321', '+5511987654321', 'a written phone'],
    ['5511987654321', '+5511987654321', 'a bare wa_id'],
    ['US.13491208655302741918', 'US.13491208655302741918', 'a BSUID, unchanged'],
    ['not-a-key', 'not-a-key', 'garbage, unchanged so an opt-out is never dropped'],
  ])('%j → %j (%s)', (input, expected) => {
    expect(canonicalContactKey(input)).toBe(expected);
  });
});
