import { describe, expect, it } from 'vitest';
import { isBsuid } from '../../shared/phone/identity.ts';
import { isUsPhone, normalizePhone } from '../../shared/phone/phone.ts';
import { HOUR } from '../../shared/time/clock.ts';
import { seedContacts } from './seed-contacts.ts';

const NOW = Date.UTC(2026, 2, 10, 14, 0); // 11:00 in São Paulo

describe('seedContacts', () => {
  const contacts = seedContacts(NOW);

  it('gives the same contacts for the same now', () => {
    expect(seedContacts(NOW)).toEqual(contacts);
  });

  it('seeds a few dozen contacts with unique ids and emails', () => {
    expect(contacts.length).toBeGreaterThanOrEqual(30);
    expect(contacts.length).toBeLessThanOrEqual(40);
    expect(new Set(contacts.map((c) => c.id)).size).toBe(contacts.length);
    expect(new Set(contacts.map((c) => c.email)).size).toBe(contacts.length);
  });

  it('writes every phone as a valid E.164 number, never shared between contacts', () => {
    const all = contacts.flatMap((c) => c.phones.map((p) => p.e164));
    for (const e164 of all) expect(normalizePhone(e164)).toMatchObject({ ok: true, value: { e164 } });
    expect(new Set(all).size).toBe(all.length);
  });

  it('covers BR, MX, ES, PT, AR, CO and exactly two US numbers', () => {
    const countries = contacts.flatMap((c) =>
      c.phones.map((p) => {
        const parsed = normalizePhone(p.e164);
        return parsed.ok ? parsed.value.country : undefined;
      }),
    );
    expect(new Set(countries)).toEqual(new Set(['BR', 'MX', 'ES', 'PT', 'AR', 'CO', 'US']));
    const us = contacts
      .flatMap((c) => c.phones)
      .filter((p) => {
        const parsed = normalizePhone(p.e164);
        return parsed.ok && isUsPhone(parsed.value);
      });
    expect(us).toHaveLength(2);
  });

  it('gives some contacts a mobile and an office number, shown the way a CRM shows them', () => {
    const ana = contacts.find((c) => c.name === 'Ana Souza');
    expect(ana?.phones).toEqual([
      { label: 'Mobile', e164: '+5511987654321', display: '+55 11 98765-4321' },
      { label: 'Office', e164: '+551131234567', display: '+55 11 3123-4567' },
    ]);
    expect(contacts.filter((c) => c.phones.length === 2).length).toBeGreaterThanOrEqual(3);
  });

  it('has one contact known only by a business-scoped user id', () => {
    const bsuidOnly = contacts.filter((c) => c.phones.length === 0);
    expect(bsuidOnly).toHaveLength(1);
    expect(isBsuid(bsuidOnly[0]?.bsuid ?? '')).toBe(true);
  });

  it('leaves a few contacts without any custom field', () => {
    expect(contacts.filter((c) => Object.keys(c.fields).length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it('dates custom fields relative to now, in the contact’s own time zone', () => {
    const ana = contacts.find((c) => c.id === '1001');
    expect(ana?.fields.paymentDue).toEqual({
      date: '2026-03-12',
      invoice: 'INV-2026-0142',
      amount: { value: '1890.00', currency: 'BRL' },
    });
    // 15:30 in São Paulo (UTC-3) the next day.
    expect(contacts.find((c) => c.id === '1003')?.fields.appointmentAt).toBe('2026-03-11T18:30:00.000Z');
    // 17:00 in Madrid (UTC+1 before the end-of-March DST change).
    expect(contacts.find((c) => c.id === '1020')?.fields.appointmentAt).toBe('2026-03-11T16:00:00.000Z');
    const cart = contacts.find((c) => c.id === '1002')?.fields.cartAbandoned;
    expect(cart?.at).toBe(new Date(NOW - 3 * HOUR).toISOString());
  });

  it('uses only the stages, languages and zones the CRM knows', () => {
    for (const c of contacts) {
      expect(['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost']).toContain(c.stage);
      expect(['pt-BR', 'es', 'en']).toContain(c.language);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: c.timeZone })).not.toThrow();
    }
  });
});
