// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demoAdapter } from './demo.ts';
import { loadFixture } from './fixtures.test-helpers.ts';

const url = new URL('http://127.0.0.1:8787/demo/contacts/1002');
const marina = {
  ok: true,
  contact: {
    adapter: 'demo',
    url: url.href,
    recordId: '1002',
    name: 'Marina Costa',
    email: 'marina@lojaazul.example',
    owner: 'Paula Reis',
    stage: 'Negotiation',
    language: 'pt-BR',
    timeZone: 'America/Sao_Paulo',
    phones: [
      { raw: '+55 11 98765-4321', e164: '+5511987654321', label: 'Mobile' },
      { raw: '+55 11 3456-7890', e164: '+551134567890', label: 'Work' },
    ],
    fields: {
      company: 'Loja Azul',
      payment_due: '2026-12-05',
      invoice: 'INV-2026-118',
      amount_due: '349.70 BRL',
      appointment_at: '2026-12-04T18:30:00.000Z',
      cart_abandoned_at: '2026-11-25T09:00:00.000Z',
      cart_items: '2 linen shirts; canvas tote',
      cart_value: '349.70 BRL',
      last_order_id: 'BR-10234',
      order_status: 'shipped',
    },
  },
};

describe('demo CRM adapter', () => {
  it('reads the record from its data-field markup, machine values from data-value', () => {
    loadFixture('demo-record.html');
    expect(demoAdapter.read(document, url)).toEqual(marina);
  });

  it('ignores the other contact named in the Recent activity aside', () => {
    loadFixture('demo-record.html');
    const anchors = demoAdapter.phoneAnchors(document, url);
    expect(anchors.map((anchor) => [anchor.raw, anchor.label])).toEqual([
      ['+55 11 98765-4321', 'Mobile'],
      ['+55 11 3456-7890', 'Work'],
    ]);
    expect(anchors.every((anchor) => anchor.element.getAttribute('data-field') === 'phone')).toBe(true);
  });

  it('reads the shown record beside a hidden leftover of the earlier one', () => {
    loadFixture('demo-stale.html');
    expect(demoAdapter.read(document, url)).toEqual(marina);
  });

  it('refuses while the page still shows another record than the URL (render follows pushState)', () => {
    loadFixture('demo-record.html');
    const next = new URL('http://127.0.0.1:8787/demo/contacts/1003');
    expect(demoAdapter.read(document, next)).toEqual({
      ok: false,
      adapter: 'demo',
      url: next.href,
      problem: 'the page shows another record than the URL',
    });
    expect(demoAdapter.phoneAnchors(document, next)).toEqual([]);
  });

  it('refuses the contact list and a page with two shown records', () => {
    loadFixture('demo-list.html');
    expect(demoAdapter.read(document, new URL('http://localhost:8787/demo/'))).toMatchObject({
      ok: false,
      problem: 'not a contact record page',
    });
    expect(demoAdapter.read(document, url)).toMatchObject({ ok: false, problem: 'no visible contact records' });
    loadFixture('demo-stale.html', (html) =>
      html.replace('data-qbm-demo-record="1001" hidden', 'data-qbm-demo-record="1001"'),
    );
    expect(demoAdapter.read(document, url)).toMatchObject({
      ok: false,
      problem: 'several contact records are visible',
    });
  });

  it('matches the companion on loopback hosts under /demo only', () => {
    expect(demoAdapter.matches(new URL('http://localhost:3000/demo/contacts/1'))).toBe(true);
    expect(demoAdapter.matches(new URL('http://[::1]:3000/demo'))).toBe(true);
    expect(demoAdapter.matches(new URL('http://127.0.0.1:3000/api/contacts'))).toBe(false);
    expect(demoAdapter.matches(new URL('https://demo.example.com/demo/contacts/1'))).toBe(false);
  });
});

describe('hostile page content', () => {
  const hostile = new URL('http://127.0.0.1:8787/demo/contacts/1003');

  it('keeps script text as inert text, drops script elements, markup and bidi overrides', () => {
    loadFixture('demo-hostile.html');
    const read = demoAdapter.read(document, hostile);
    expect(read.ok && read.contact.name).toBe('Ana <script>alert(1)</script> Souza azuoS');
    expect(document.title).toBe('hostile');
  });

  it('caps long fields at 500 characters and keeps prototype-named fields as plain data', () => {
    loadFixture('demo-hostile.html');
    const read = demoAdapter.read(document, hostile);
    if (!read.ok) throw new Error(read.problem);
    expect(read.contact.fields.notes).toHaveLength(500);
    expect(read.contact.fields.big_value).toHaveLength(500);
    expect(read.contact.fields.constructor).toBe('not a prototype');
    expect(read.contact.fields.proto).toBe('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(read.contact.fields.payment_due).toBe('03/04/2026'); // day or month first: left as shown
  });

  it('sets e164 only for unambiguous international numbers and drops what is not a number', () => {
    loadFixture('demo-hostile.html');
    const read = demoAdapter.read(document, hostile);
    expect(read.ok && read.contact.phones).toEqual([
      { raw: '+55 (11) 98765-4321', e164: '+5511987654321', label: 'Mobile' },
      { raw: '(11) 3456-7890', label: 'Home' },
      { raw: '+44 (0)20 7946 0958', label: 'London' },
      { raw: '+1.415.555.0100', e164: '+14155550100', label: 'Dots' },
      { raw: '＋５５ １１ ９１２３４ ５６７８', e164: '+5511912345678', label: 'Full width' },
      { raw: '+55 11 98765-0000 ramal 12', label: 'Extension' },
      { raw: '+5511987651111', e164: '+5511987651111', label: 'Encoded' },
    ]);
    // The repeated number gets its own button; "call me", "0800 ABC" and the huge text get none.
    expect(demoAdapter.phoneAnchors(document, hostile).map((anchor) => anchor.label)).toEqual([
      'Mobile',
      'Home',
      'London',
      'Dots',
      'Full width',
      'Extension',
      'Again',
      'Encoded',
    ]);
  });
});
