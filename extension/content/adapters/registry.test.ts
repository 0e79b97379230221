// @vitest-environment happy-dom
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PageReadSchema } from '../../../shared/contracts/protocol.ts';
import { loadFixture } from './fixtures.test-helpers.ts';
import { ADAPTERS, isHostEnabled, pickAdapter, readPage } from './registry.ts';

const pick = (href: string, enabledHosts: string[] = []) => pickAdapter(new URL(href), { enabledHosts })?.id;

describe('adapter registry', () => {
  it('lists the specific CRMs first, then the demo CRM, then the generic adapter', () => {
    expect(ADAPTERS.map((adapter) => adapter.id)).toEqual([
      'hubspot',
      'salesforce',
      'pipedrive',
      'zoho',
      'demo',
      'generic',
    ]);
  });

  it('picks each CRM by host, whatever the user enabled', () => {
    expect(pick('https://app-eu1.hubspot.com/contacts/1/record/0-1/2')).toBe('hubspot');
    expect(pick('https://acme.lightning.force.com/lightning/r/Lead/00Q000000000001/view')).toBe('salesforce');
    expect(pick('https://acme.pipedrive.com/person/42')).toBe('pipedrive');
    expect(pick('https://crm.zoho.in/crm/org1/tab/Contacts/1')).toBe('zoho');
    expect(pick('http://127.0.0.1:8787/demo/contacts/1002')).toBe('demo');
    expect(pick('https://app.hubspot.com/contacts/1/objects/0-1/views/all/list', ['app.hubspot.com'])).toBe('hubspot');
  });

  it('uses the generic adapter only on hosts the user enabled', () => {
    expect(pick('https://crm.example.com/clientes/77')).toBeUndefined();
    expect(pick('https://crm.example.com/clientes/77', ['crm.example.com'])).toBe('generic');
    expect(pick('https://eu.crm.example.com/c/1', ['*.example.com'])).toBe('generic');
    expect(pick('https://evilexample.com/c/1', ['*.example.com'])).toBeUndefined();
    expect(pick('http://127.0.0.1:8787/other', ['127.0.0.1:8787'])).toBe('generic');
    expect(pick('http://127.0.0.1:9999/other', ['127.0.0.1:8787'])).toBeUndefined();
    expect(pick('file:///home/me/page.html', ['']) ?? 'none').toBe('none');
    expect(isHostEnabled(new URL('https://CRM.Example.com/'), [' crm.example.COM '])).toBe(true);
  });

  it('gives the generic adapter the user selectors', () => {
    loadFixture('generic-list.html');
    const url = new URL('https://crm.example.com/clientes');
    const options = { enabledHosts: ['crm.example.com'], genericSelectors: { container: 'tbody tr:first-child' } };
    expect(readPage(document, url, options)).toMatchObject({
      ok: true,
      contact: { phones: [{ raw: '+55 21 99999-0001' }] },
    });
    expect(readPage(document, url, { enabledHosts: ['crm.example.com'] })).toMatchObject({ ok: false });
  });

  it('says when no adapter reads the page', () => {
    const url = new URL('https://news.example.org/');
    expect(readPage(document, url, { enabledHosts: [] })).toEqual({
      ok: false,
      adapter: 'none',
      url: url.href,
      problem: 'not a supported CRM page',
    });
  });
});

describe('every read fits the protocol', () => {
  const pages: [string, string][] = [
    ['hubspot-stale.html', 'https://app.hubspot.com/contacts/1/record/0-1/2'],
    ['salesforce-stale.html', 'https://acme.lightning.force.com/lightning/r/Contact/003AB00000XyZ12AAB/view'],
    ['salesforce-shadow.html', 'https://acme.lightning.force.com/lightning/r/Contact/003AB00000XyZ12AAB/view'],
    ['pipedrive-stale.html', 'https://acme.pipedrive.com/person/42'],
    ['zoho-stale.html', 'https://crm.zoho.com/crm/org123/tab/Contacts/4000000000002'],
    ['demo-stale.html', 'http://127.0.0.1:8787/demo/contacts/1002'],
    ['demo-hostile.html', 'http://127.0.0.1:8787/demo/contacts/1003'],
    ['generic-contact.html', 'https://crm.example.com/clientes/77'],
    ['generic-list.html', 'https://crm.example.com/clientes'],
  ];

  it.each(pages)('%s gives a read that PageReadSchema accepts', (fixture, href) => {
    loadFixture(fixture);
    const read = readPage(document, new URL(href), { enabledHosts: ['crm.example.com'] });
    expect(v.safeParse(PageReadSchema, read).issues).toBeUndefined();
    expect(read.ok).toBe(fixture !== 'generic-list.html');
  });
});
