import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../../shared/time/clock.ts';
import { MARINA, optIn, pageContact, SETTINGS, wroteAgo } from './fixtures.test-helpers.ts';
import type { ContactData } from './records.ts';
import { contactVerdicts, overallLevel, policyStateOf } from './verdicts.ts';

const identity = { key: MARINA, phone: MARINA };

function verdictsFor(data: Partial<ContactData>, page = pageContact(), settings = SETTINGS) {
  const now = Date.now();
  const full: ContactData = { key: MARINA, contact: undefined, consent: [], messages: [], outbox: [], ...data };
  const state = policyStateOf({ identity, page, data: full, number: undefined }, settings, now);
  return { state, verdicts: contactVerdicts(state, now) };
}

describe('contact verdicts from IndexedDB records', () => {
  it('allow free-form while the customer wrote in the last 24 hours (green)', () => {
    const { verdicts } = verdictsFor({ contact: wroteAgo(MARINA, 2) });
    expect(verdicts.freeForm.allowed).toBe(true);
    expect(verdicts.freeForm.window.closesAt).toBeGreaterThan(Date.now() + 21 * HOUR);
    expect(overallLevel(verdicts)).toBe('green');
  });

  it('refuse free-form after the window closed, with the window_closed reason', () => {
    const { verdicts } = verdictsFor({ contact: wroteAgo(MARINA, 30) });
    expect(verdicts.freeForm.allowed).toBe(false);
    expect(verdicts.freeForm.reasons.map((r) => r.code)).toContain('window_closed');
  });

  it('allow a utility template outside the window only with a utility opt-in (amber)', () => {
    const without = verdictsFor({ contact: wroteAgo(MARINA, 30) }).verdicts;
    expect(without.utility.reasons.map((r) => r.code)).toContain('no_opt_in');
    expect(overallLevel(without)).toBe('red');
    const withOptIn = verdictsFor({ contact: wroteAgo(MARINA, 30), consent: [optIn(MARINA)] }).verdicts;
    expect(withOptIn.utility.allowed).toBe(true);
    expect(withOptIn.marketing.allowed).toBe(false);
    expect(overallLevel(withOptIn)).toBe('amber');
  });

  it('count business-initiated sends of this contact for the frequency cap', () => {
    const sent = (at: number) => ({
      id: `m-${at}`,
      wamid: null,
      contact: MARINA,
      status: 'delivered' as const,
      errorCode: null,
      businessInitiated: true,
      createdAt: at,
      updatedAt: at,
    });
    const messages = [sent(Date.now() - HOUR), sent(Date.now() - 2 * HOUR)];
    const { verdicts } = verdictsFor({
      contact: wroteAgo(MARINA, (2 * DAY) / HOUR),
      consent: [optIn(MARINA)],
      messages,
    });
    expect(verdicts.utility.reasons.map((r) => r.code)).toContain('frequency_cap');
  });

  it('use the default time zone when the CRM shows one the browser does not know', () => {
    const { state } = verdictsFor({}, pageContact({ timeZone: 'Mars/Olympus' }));
    expect(state.contact.timeZone).toBeUndefined();
    expect(verdictsFor({}, pageContact({ timeZone: 'America/Sao_Paulo' })).state.contact.timeZone).toBe(
      'America/Sao_Paulo',
    );
  });
});
