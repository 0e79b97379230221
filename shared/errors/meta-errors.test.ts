import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locale.ts';
import { describeMetaError, type ErrorEffect, KNOWN_META_ERROR_CODES, type RetryRule } from './meta-errors.ts';

describe('describeMetaError: the spec §5 table, by code', () => {
  it.each<[number, RetryRule, ErrorEffect, boolean]>([
    [131047, 'never', 'window_closed', false],
    [131026, 'never', 'contact_undeliverable', false],
    [131049, 'after_24h', 'marketing_cooldown', false],
    [131050, 'never', 'marketing_opt_out', false],
    [130429, 'backoff', 'throughput_backoff', false],
    [131056, 'pair_backoff', 'pair_backoff', false],
    [131048, 'never', 'number_restricted', true],
    [132000, 'never', 'fix_request', false],
    [132001, 'never', 'template_missing', false],
    [132005, 'never', 'fix_request', false],
    [132007, 'never', 'fix_request', false],
    [132012, 'never', 'fix_request', false],
    [132015, 'never', 'template_paused', true],
    [132016, 'never', 'template_disabled', true],
    [368, 'never', 'account_blocked', true],
    [131031, 'never', 'account_locked', true],
    [131042, 'never', 'payment_issue', true],
    [131057, 'after_maintenance', 'none', false],
    [131000, 'backoff', 'none', false],
    [1, 'backoff', 'none', false],
    [2, 'backoff', 'none', false],
    [4, 'backoff', 'throughput_backoff', false],
    [80007, 'backoff', 'throughput_backoff', false],
    [190, 'never', 'credentials', true],
    [133010, 'never', 'credentials', true],
    [100, 'never', 'fix_request', false],
    [131008, 'never', 'fix_request', false],
    [131009, 'never', 'fix_request', false],
    [131051, 'never', 'fix_request', false],
    [131052, 'backoff', 'media', false],
    [131053, 'backoff', 'media', false],
    [131021, 'never', 'fix_request', false],
    [131045, 'never', 'credentials', true],
    [131005, 'never', 'credentials', true],
  ])('%i: retry %s, effect %s, alert %s', (code, retry, effect, alert) => {
    expect(describeMetaError(code)).toMatchObject({ code, retry, effect, alert });
  });

  it('131049 is the per-user marketing cap, not an opt-out: it waits, and never records an opt-out (spec §11.8)', () => {
    const info = describeMetaError(131049);
    expect(info.effect).not.toBe('marketing_opt_out');
    expect(info.retry).toBe('after_24h');
    expect(info.message.en).toMatch(/not an opt-out/);
    expect(info.message.en).toMatch(/24 hours/);
  });

  it('131050 is the opt-out: never retried', () => {
    expect(describeMetaError(131050)).toMatchObject({ effect: 'marketing_opt_out', retry: 'never' });
  });

  it('132000 is a parameter mismatch and 132001 a missing template, whatever other code bases call them (spec §10.5)', () => {
    expect(describeMetaError(132000).effect).toBe('fix_request');
    expect(describeMetaError(132001).effect).toBe('template_missing');
  });

  it('131047 tells the agent to send an approved template', () => {
    expect(describeMetaError(131047).message.en).toBe(
      'More than 24 hours since the customer last wrote: send an approved template instead.',
    );
  });

  it.each([999_999, 131_999, 0, -1])('an unknown code %i is never retried and raises an alert', (code) => {
    const info = describeMetaError(code);
    expect(info).toMatchObject({ code, retry: 'never', effect: 'none', alert: true });
    for (const locale of LOCALES) expect(info.message[locale]).toContain(String(code));
  });

  it('lists every code of the brief once', () => {
    expect(new Set(KNOWN_META_ERROR_CODES).size).toBe(KNOWN_META_ERROR_CODES.length);
    expect(KNOWN_META_ERROR_CODES.length).toBe(34);
  });

  it.each(KNOWN_META_ERROR_CODES)('%i has a sentence in every locale, each translated', (code) => {
    const { message } = describeMetaError(code);
    for (const locale of LOCALES) expect(message[locale].length).toBeGreaterThan(20);
    expect(message.pt).not.toBe(message.en);
    expect(message.es).not.toBe(message.en);
  });
});
