import { describe, expect, it } from 'vitest';
import { limitUsage } from '../limits/ledger.ts';
import { clock, NOW, optIn, optOut, policyState, template, US_PHONE } from '../policy/fixtures.test-helpers.ts';
import type { Template } from '../templates/model.ts';
import { DAY, HOUR, MINUTE } from '../time/clock.ts';
import { fillTemplateValues } from './fill.ts';
import { templateIntents } from './intents.ts';
import { type SuggestionInput, suggestTemplates } from './suggest.ts';

const paymentReminder = template({
  id: '10',
  name: 'payment_reminder',
  category: 'UTILITY',
  components: [{ type: 'BODY', text: 'Olá {{1}}, sua fatura {{2}} vence em {{3}}.' }],
});
const appointment = template({
  id: '11',
  name: 'appointment_reminder',
  category: 'UTILITY',
  components: [{ type: 'BODY', text: 'Olá {{1}}, lembrete da sua consulta amanhã.' }],
});
const cart = template({
  id: '12',
  name: 'cart_recovery',
  category: 'MARKETING',
  parameterFormat: 'named',
  components: [{ type: 'BODY', text: 'Oi {{first_name}}, seus itens ainda estão no carrinho.' }],
});
const promo = template({
  id: '13',
  name: 'weekly_offers',
  category: 'MARKETING',
  components: [{ type: 'BODY', text: 'Ofertas da semana para você!' }],
});
const paused = template({
  id: '14',
  name: 'old_promo',
  category: 'MARKETING',
  status: 'PAUSED',
  components: [{ type: 'BODY', text: 'Promo' }],
});
const english = template({
  ...appointment,
  id: '15',
  language: 'en_US',
  components: [{ type: 'BODY', text: 'Hi {{1}}, your appointment is tomorrow.' }],
});

function input(overrides: Partial<SuggestionInput> = {}): SuggestionInput {
  const { template: _none, ...policy } = policyState({ events: [optIn(['marketing', 'utility'])] });
  return {
    templates: [paymentReminder, appointment, cart, promo, paused, english],
    policy,
    fields: { name: 'Ana Souza', order_id: 'SKB-42' },
    signals: {},
    language: 'pt-BR',
    mappings: { 'payment_reminder:pt_BR': { '2': 'invoice_id', '3': 'due_date' } },
    ...overrides,
  };
}

const names = (result: ReturnType<typeof suggestTemplates>) => result.suggestions.map((s) => s.template.name);

describe('suggestion: never suggests what the send policy would refuse', () => {
  it('leaves out a paused template', () => {
    expect(names(suggestTemplates(input(), clock))).not.toContain('old_promo');
  });

  it('leaves out marketing after a STOP, keeps utility', () => {
    const { template: _none, ...policy } = policyState({
      events: [optIn(['marketing', 'utility']), optOut(['marketing'])],
    });
    const result = suggestTemplates(input({ policy }), clock);
    expect(names(result)).toEqual(expect.arrayContaining(['payment_reminder', 'appointment_reminder']));
    expect(names(result)).not.toContain('cart_recovery');
    expect(names(result)).not.toContain('weekly_offers');
  });

  it('leaves out marketing to a US number', () => {
    const { template: _none, ...policy } = policyState({
      contact: { key: US_PHONE, phone: US_PHONE, timeZone: 'UTC' },
    });
    expect(
      suggestTemplates(input({ policy }), clock).suggestions.every((s) => s.template.category !== 'MARKETING'),
    ).toBe(true);
  });

  it('suggests nothing when the portfolio limit is used up and the window is closed', () => {
    const usage = limitUsage(
      Array.from({ length: 250 }, (_, i) => ({ recipient: `r${i}`, at: NOW - HOUR })),
      'TIER_250',
      clock,
    );
    const { template: _none, ...policy } = policyState({ limit: { usage, recipientCounted: false } });
    expect(suggestTemplates(input({ policy }), clock).suggestions).toEqual([]);
  });

  it('every suggestion carries an allowed verdict', () => {
    for (const suggestion of suggestTemplates(input(), clock).suggestions)
      expect(suggestion.verdict.allowed).toBe(true);
  });
});

describe('suggestion: timely (CRM triggers)', () => {
  it('ranks the payment reminder first when a payment is due tomorrow, and says why', () => {
    const result = suggestTemplates(input({ signals: { paymentDueAt: NOW + DAY } }), clock);
    expect(names(result)[0]).toBe('payment_reminder');
    expect(result.suggestions[0]?.reasons.map((r) => r.en)).toContain('A payment is due');
  });

  it('ranks the appointment reminder first when the appointment is in 3 hours', () => {
    expect(names(suggestTemplates(input({ signals: { appointmentAt: NOW + 3 * HOUR } }), clock))[0]).toBe(
      'appointment_reminder',
    );
  });

  it('ranks the cart reminder first a few hours after the cart was left, not in the first hour', () => {
    expect(names(suggestTemplates(input({ signals: { cartAbandonedAt: NOW - 3 * HOUR } }), clock))[0]).toBe(
      'cart_recovery',
    );
    const tooSoon = suggestTemplates(input({ signals: { cartAbandonedAt: NOW - 10 * MINUTE } }), clock);
    expect(tooSoon.suggestions.find((s) => s.template.name === 'cart_recovery')?.timely.score).toBe(0);
  });

  it('reports the window closing as a trigger for whatever is sent', () => {
    const { template: _none, ...policy } = policyState({ window: { lastInboundAt: NOW - DAY + HOUR } });
    const result = suggestTemplates(input({ policy }), clock);
    expect(result.triggers.map((t) => t.code)).toContain('window_closing');
  });

  it('a recent inbound question is a trigger while the window is open', () => {
    const { template: _none, ...policy } = policyState({ window: { lastInboundAt: NOW - 10 * MINUTE } });
    const result = suggestTemplates(
      input({ policy, signals: { lastInbound: { at: NOW - 10 * MINUTE, isQuestion: true } } }),
      clock,
    );
    expect(result.triggers.map((t) => t.code)).toContain('inbound_question');
  });
});

describe('suggestion: relevant', () => {
  it("prefers the template in the contact's language", () => {
    const result = suggestTemplates(input({ templates: [appointment, english], language: 'en-US' }), clock);
    expect(names(result)[0]).toBe('appointment_reminder');
    expect(result.suggestions[0]?.template.language).toBe('en_US');
  });

  it('fills variables from CRM fields, derives the first name, and lists what is missing', () => {
    const result = suggestTemplates(input({ signals: { paymentDueAt: NOW + DAY } }), clock);
    const reminder = result.suggestions.find((s) => s.template.name === 'payment_reminder');
    expect(reminder?.values).toEqual({ '1': 'Ana' });
    expect(reminder?.missing).toEqual(['2', '3']);
  });

  it('ranks a template lower when it was sent to this contact two days ago', () => {
    const fresh = suggestTemplates(input({ templates: [appointment, cart] }), clock);
    const repeated = suggestTemplates(
      input({ templates: [appointment, cart], lastSentAt: { 'cart_recovery:pt_BR': NOW - 2 * DAY } }),
      clock,
    );
    const score = (r: typeof fresh) => r.suggestions.find((s) => s.template.name === 'cart_recovery')?.score ?? 0;
    expect(score(repeated)).toBeLessThan(score(fresh));
  });

  it('ranks a GREEN template above an otherwise equal YELLOW one', () => {
    const yellow: Template = { ...appointment, id: '20', name: 'appointment_reminder_b', quality: 'YELLOW' };
    expect(names(suggestTemplates(input({ templates: [yellow, appointment] }), clock))[0]).toBe('appointment_reminder');
  });
});

describe('intents and filling', () => {
  it.each([
    ['payment_reminder', 'Sua fatura vence amanhã', ['payment_due']],
    ['recordatorio', 'Hola {{1}}, tu cita es mañana', ['appointment']],
    ['carrito', 'Tu carrito te espera', ['cart_abandoned']],
    ['hello', 'Hello there', []],
  ])('%s / %s → %j', (name, body, intents) => {
    expect(templateIntents(template({ name, components: [{ type: 'BODY', text: body }] }))).toEqual(intents);
  });

  it('cleans CRM values into what Meta accepts in a parameter (no newlines, tabs, runs of spaces)', () => {
    const named = template({
      parameterFormat: 'named',
      components: [{ type: 'BODY', text: 'Hi {{first_name}}, order {{order_id}}' }],
    });
    expect(fillTemplateValues(named, { first_name: ' Ana\n', order_id: 'A  \t B' }).values).toEqual({
      first_name: 'Ana',
      order_id: 'A B',
    });
  });
});

it('still suggests a template with an image header whose media the agent must pick', () => {
  const withImage = template({
    id: '30',
    name: 'product_photo',
    components: [
      { type: 'HEADER', format: 'IMAGE' },
      { type: 'BODY', text: 'Olá {{1}}, veja a foto.' },
    ],
  });
  const result = suggestTemplates(input({ templates: [withImage] }), clock);
  expect(result.suggestions[0]?.missing).toEqual(['header_media']);
});
