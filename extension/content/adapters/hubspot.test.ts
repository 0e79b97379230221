// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures.test-helpers.ts';
import { hubspotAdapter } from './hubspot.ts';

const url = new URL('https://app.hubspot.com/contacts/1/record/0-1/2');

describe('HubSpot adapter', () => {
  it('reads the contact of a record page: header, property cards, owner, stage and custom fields', () => {
    loadFixture('hubspot-record.html');
    expect(hubspotAdapter.read(document, url)).toEqual({
      ok: true,
      contact: {
        adapter: 'hubspot',
        url: url.href,
        recordId: '2',
        name: 'Marina Costa',
        email: 'marina@lojaazul.example',
        owner: 'Paula Reis',
        stage: 'Opportunity',
        language: 'Portuguese',
        phones: [
          { raw: '+55 11 3456-7890', e164: '+551134567890', label: 'Phone number' },
          { raw: '+55 11 98765-4321', e164: '+5511987654321', label: 'Mobile phone number' },
        ],
        fields: {
          fax_number: '+55 11 3456-0000',
          payment_due: '2026-12-05',
          last_order_id: 'BR-10234',
          preferred_channel: 'WhatsApp',
        },
      },
    });
  });
});

describe('HubSpot adapter, refusals and stale copies', () => {
  it('reads the shown record page, not the hidden page of the contact opened before', () => {
    loadFixture('hubspot-stale.html');
    const read = hubspotAdapter.read(document, url);
    expect(read).toMatchObject({ ok: true, contact: { name: 'Marina Costa', recordId: '2', owner: 'Paula Reis' } });
    expect(read.ok && read.contact.phones.map((phone) => phone.raw)).toEqual(['+55 11 3456-7890', '+55 11 98765-4321']);
  });

  it('puts quick-send anchors on the contact phone rows only (not fax, association card or activity feed)', () => {
    loadFixture('hubspot-stale.html');
    const anchors = hubspotAdapter.phoneAnchors(document, url);
    expect(anchors.map((anchor) => [anchor.element.tagName, anchor.raw, anchor.label])).toEqual([
      ['SPAN', '+55 11 3456-7890', 'Phone number'],
      ['TEXTAREA', '+55 11 98765-4321', 'Mobile phone number'],
    ]);
  });

  it('refuses when the shown Record ID is not the record in the URL', () => {
    loadFixture('hubspot-record.html');
    const other = new URL('https://app.hubspot.com/contacts/1/record/0-1/3');
    expect(hubspotAdapter.read(document, other)).toEqual({
      ok: false,
      adapter: 'hubspot',
      url: other.href,
      problem: 'the page shows another record than the URL',
    });
    expect(hubspotAdapter.phoneAnchors(document, other)).toEqual([]);
  });

  it('refuses when both record pages are shown', () => {
    loadFixture('hubspot-stale.html', (html) => html.replace(' style="display:none"', ''));
    expect(hubspotAdapter.read(document, url)).toMatchObject({ ok: false, problem: 'several records are visible' });
  });

  it('owns every HubSpot app host but reads only contact records', () => {
    expect(hubspotAdapter.matches(new URL('https://app-eu1.hubspot.com/contacts/1/objects/0-1/views/all/list'))).toBe(
      true,
    );
    expect(hubspotAdapter.matches(new URL('https://app.hubspot.com.evil.example/contacts/1/record/0-1/2'))).toBe(false);
    loadFixture('hubspot-record.html');
    const company = new URL('https://app.hubspot.com/contacts/1/record/0-2/2');
    expect(hubspotAdapter.read(document, company)).toMatchObject({ ok: false, problem: 'not a contact record page' });
    const legacy = new URL('https://app.hubspot.com/contacts/1/contact/2');
    expect(hubspotAdapter.read(document, legacy)).toMatchObject({ ok: true, contact: { name: 'Marina Costa' } });
  });
});
