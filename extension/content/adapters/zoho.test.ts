// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures.test-helpers.ts';
import { zohoAdapter } from './zoho.ts';

const url = new URL('https://crm.zoho.com/crm/org123/tab/Contacts/4000000000002');
const marina = {
  ok: true,
  contact: {
    adapter: 'zoho',
    url: url.href,
    recordId: '4000000000002',
    name: 'Marina Costa',
    email: 'marina@lojaazul.example',
    owner: 'Paula Reis',
    phones: [
      { raw: '+55 11 3456-7890', e164: '+551134567890', label: 'Phone number' },
      { raw: '+55 21 91234-5678', e164: '+5521912345678', label: 'Other Phone' },
      { raw: '+551133334444', e164: '+551133334444', label: 'Home Phone' },
    ],
    fields: {
      lead_source: 'Website',
      payment_due: '2026-12-05',
      cart_items: '2 linen shirts, canvas tote',
      masked_phones: '2',
    },
  },
};

describe('Zoho CRM adapter', () => {
  it('reads the detail view; masked numbers are counted, never read (not even their unmasked attribute)', () => {
    loadFixture('zoho-contact.html');
    expect(zohoAdapter.read(document, url)).toEqual(marina);
  });

  it('anchors only the record rows, not the related list or recent items', () => {
    loadFixture('zoho-contact.html');
    const anchors = zohoAdapter.phoneAnchors(document, url);
    expect(anchors.map((anchor) => [anchor.element.tagName, anchor.raw])).toEqual([
      ['SPAN', '+55 11 3456-7890'],
      ['ZPB-PHONE', '+55 21 91234-5678'],
      ['A', '+551133334444'],
    ]);
  });

  it('reads the shown record, not the hidden view of the contact opened before', () => {
    loadFixture('zoho-stale.html');
    expect(zohoAdapter.read(document, url)).toEqual(marina);
  });

  it('refuses when the record on screen is not the one in the URL (router left the old record)', () => {
    loadFixture('zoho-contact.html');
    const next = new URL('https://crm.zoho.com/crm/org123/tab/Contacts/4000000000003');
    expect(zohoAdapter.read(document, next)).toMatchObject({
      ok: false,
      problem: 'the page shows another record than the URL',
    });
    expect(zohoAdapter.phoneAnchors(document, next)).toEqual([]);
  });

  it('refuses when two records are shown, and when a phone belongs to another record id', () => {
    loadFixture('zoho-stale.html', (html) => html.replace('class="dvPage" hidden', 'class="dvPage"'));
    expect(zohoAdapter.read(document, url)).toMatchObject({ ok: false });
    loadFixture('zoho-contact.html', (html) => html.replace('data-zcqa="dvdeleteEntity"', 'data-zcqa="other"'));
    expect(zohoAdapter.read(document, url)).toMatchObject({ ok: true });
    loadFixture('zoho-contact.html', (html) => html.replace('recordid="4000000000002"', 'recordid="4000000000001"'));
    expect(zohoAdapter.read(document, url)).toMatchObject({ ok: false });
  });

  it('owns Zoho CRM hosts in every data centre and reads contacts and leads only', () => {
    expect(zohoAdapter.matches(new URL('https://crm.zoho.eu/crm/org1/tab/Home/begin'))).toBe(true);
    expect(zohoAdapter.matches(new URL('https://crmsandbox.zoho.com.au/crm/tab/Leads/1'))).toBe(true);
    expect(zohoAdapter.matches(new URL('https://mail.zoho.com/'))).toBe(false);
    loadFixture('zoho-contact.html');
    const lead = new URL('https://crm.zoho.com/crm/tab/Leads/4000000000002');
    expect(zohoAdapter.read(document, lead)).toMatchObject({ ok: false }); // the delete action says module Contacts
    expect(
      zohoAdapter.read(document, new URL('https://crm.zoho.com/crm/org123/tab/Contacts/custom-view/1/list')),
    ).toMatchObject({
      ok: false,
      problem: 'not a contact or lead page',
    });
  });
});
