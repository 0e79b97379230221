import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../../shared/time/clock.ts';
import {
  APPOINTMENT,
  MARINA,
  ORDER_UPDATE,
  optIn,
  pageContact,
  SETTINGS,
  SPRING_SALE,
  wroteAgo,
} from './fixtures.test-helpers.ts';
import type { ContactData } from './records.ts';
import { checkTemplateSend, contactFields, editedValues, lastSentAt, suggestionsFor } from './suggestions.ts';
import { policyStateOf } from './verdicts.ts';

const now = Date.now();
const page = pageContact();
const templates = [SPRING_SALE, APPOINTMENT, ORDER_UPDATE];

function stateFor(data: Partial<ContactData>) {
  const full: ContactData = { key: MARINA, contact: undefined, consent: [], messages: [], outbox: [], ...data };
  return policyStateOf(
    { identity: { key: MARINA, phone: MARINA }, page, data: full, number: undefined },
    SETTINGS,
    now,
  );
}

describe('template suggestions for the contact on screen', () => {
  it('rank the shipped-order update first, timely because the CRM shows the order shipped', () => {
    const state = stateFor({ contact: wroteAgo(MARINA, 1) });
    const { suggestions } = suggestionsFor({ page, readAt: now, messages: [], templates }, state, now);
    expect(suggestions[0]?.template.name).toBe('order_update');
    expect(suggestions[0]?.timely.reasons.map((r) => r.en)).toEqual(['The order has news']);
    expect(suggestions[0]?.values).toEqual({ first_name: 'Marina', last_order_id: 'BR-10234' });
  });

  it('leave out what the policy refuses: no marketing without an opt-in once the window closed', () => {
    const state = stateFor({ contact: wroteAgo(MARINA, 30), consent: [optIn(MARINA)] });
    const names = suggestionsFor({ page, readAt: now, messages: [], templates }, state, now).suggestions.map(
      (s) => s.template.name,
    );
    expect(names).toEqual(['order_update', 'appointment_reminder']);
  });

  it('list a variable the CRM cannot fill as missing, and refuse the send until it is typed', () => {
    const state = stateFor({ contact: wroteAgo(MARINA, 1) });
    const { suggestions } = suggestionsFor({ page, readAt: now, messages: [], templates }, state, now);
    const appointment = suggestions.find((s) => s.template.name === 'appointment_reminder')!;
    expect(appointment.missing).toEqual(['appointment_time']);
    const blank = checkTemplateSend(APPOINTMENT, editedValues(appointment, {}), state, now);
    expect(blank.allowed).toBe(false);
    expect(blank.reasons.map((r) => r.code)).toContain('template_invalid');
    const typed = editedValues(appointment, { appointment_time: '  Friday\n10:00 ' });
    expect(typed.appointment_time).toBe('Friday 10:00');
    expect(checkTemplateSend(APPOINTMENT, typed, state, now).allowed).toBe(true);
  });

  it('give templates the core CRM properties and remember when each was last sent', () => {
    expect(contactFields(pageContact({ email: 'm@x.example' }))).toMatchObject({
      name: 'Marina Costa',
      email: 'm@x.example',
    });
    const message = (at: number, status: 'read' | 'failed') => ({
      id: `m${at}`,
      wamid: null,
      contact: MARINA,
      status,
      errorCode: null,
      template: { name: 'order_update', language: 'en_US' },
      createdAt: at,
      updatedAt: at,
    });
    expect(lastSentAt([message(now - DAY, 'read'), message(now - HOUR, 'failed')])).toEqual({
      'order_update:en_US': now - DAY,
    });
  });
});

describe('a page read newer than the panel’s clock', () => {
  it('still counts as news now', () => {
    const state = stateFor({ contact: wroteAgo(MARINA, 1) });
    const { suggestions } = suggestionsFor({ page, readAt: now + 500, messages: [], templates }, state, now);
    expect(suggestions[0]?.timely.reasons).toHaveLength(1);
  });
});
