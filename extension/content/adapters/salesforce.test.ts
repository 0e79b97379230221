// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures.test-helpers.ts';
import { salesforceAdapter } from './salesforce.ts';

const url = new URL('https://acme.lightning.force.com/lightning/r/Contact/003AB00000XyZ12AAB/view');
const marina = {
  adapter: 'salesforce',
  url: url.href,
  recordId: '003AB00000XyZ12AAB',
  name: 'Marina Costa',
  email: 'marina@lojaazul.example',
  owner: 'Paula Reis',
  phones: [
    { raw: '+55 11 98765-4321', e164: '+5511987654321', label: 'Mobile' },
    { raw: '(11) 3456-7890', label: 'Phone' },
  ],
  fields: {
    title: 'Buyer',
    company: 'Loja Azul',
    fax: '+55 11 3456-0000',
    payment_due: '12/5/2026',
    appointment_at: '12/4/2026, 3:30 PM',
  },
};

describe('Salesforce adapter', () => {
  it('reads the active record view: highlights, layout items, owner lookup, click-to-dial text stripped', () => {
    loadFixture('salesforce-record.html');
    expect(salesforceAdapter.read(document, url)).toEqual({ ok: true, contact: marina });
  });

  it('skips the related record card, related lists and the activity timeline', () => {
    loadFixture('salesforce-record.html');
    const anchors = salesforceAdapter.phoneAnchors(document, url);
    expect(anchors.map((anchor) => [anchor.element.tagName, anchor.raw, anchor.label])).toEqual([
      ['LIGHTNING-CLICK-TO-DIAL', '+55 11 98765-4321', 'Mobile'],
      ['LIGHTNING-FORMATTED-PHONE', '(11) 3456-7890', 'Phone'],
      ['LIGHTNING-FORMATTED-PHONE', '+55 11 98765-4321', 'Mobile'],
    ]);
  });

  it('reads the active view, not the cached view of the earlier record', () => {
    loadFixture('salesforce-stale.html');
    expect(salesforceAdapter.read(document, url)).toEqual({ ok: true, contact: marina });
    expect(salesforceAdapter.phoneAnchors(document, url)).toHaveLength(3);
  });

  it('refuses when the title names another record than the active view (navigation in progress)', () => {
    loadFixture('salesforce-record.html', (html) => html.replace('<title>Marina Costa', '<title>Bruno Lima'));
    expect(salesforceAdapter.read(document, url)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/another/),
    });
    expect(salesforceAdapter.phoneAnchors(document, url)).toEqual([]);
  });

  it('refuses without an active view, and with two', () => {
    loadFixture('salesforce-record.html', (html) => html.replace('oneContent active', 'oneContent'));
    expect(salesforceAdapter.read(document, url)).toMatchObject({ ok: false, problem: 'no visible record views' });
    loadFixture('salesforce-stale.html', (html) => html.replace('oneContent">', 'oneContent active">'));
    expect(salesforceAdapter.read(document, url)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/several/),
    });
  });

  it('walks open shadow roots (native shadow mode) and still skips related lists inside them', () => {
    loadFixture('salesforce-shadow.html');
    expect(salesforceAdapter.read(document, url)).toEqual({
      ok: true,
      contact: {
        adapter: 'salesforce',
        url: url.href,
        recordId: '003AB00000XyZ12AAB',
        name: 'Marina Costa',
        email: 'marina@lojaazul.example',
        phones: [
          { raw: '+55 11 98765-4321', e164: '+5511987654321', label: 'Mobile' },
          { raw: '+55 11 3456-7890', e164: '+551134567890', label: 'Phone' },
        ],
        fields: { cart_value: 'R$ 349,70' },
      },
    });
    const anchors = salesforceAdapter.phoneAnchors(document, url);
    expect(anchors.map((anchor) => anchor.element.tagName)).toEqual([
      'LIGHTNING-CLICK-TO-DIAL',
      'LIGHTNING-FORMATTED-PHONE',
    ]);
  });

  it('refuses when closed shadow roots hide the record', () => {
    loadFixture('salesforce-shadow.html', (html) =>
      html.replaceAll('shadowrootmode="open"', 'shadowrootmode="closed"'),
    );
    expect(salesforceAdapter.read(document, url)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/closed/),
    });
  });

  it('owns every Lightning host but reads only contact, lead and account record pages', () => {
    expect(
      salesforceAdapter.matches(new URL('https://acme--uat.sandbox.lightning.force.com/lightning/page/home')),
    ).toBe(true);
    expect(salesforceAdapter.matches(new URL('https://acme.my.salesforce.com.evil.example/'))).toBe(false);
    loadFixture('salesforce-record.html');
    const list = new URL('https://acme.lightning.force.com/lightning/o/Contact/list');
    expect(salesforceAdapter.read(document, list)).toMatchObject({ ok: false });
    const appScoped = new URL(
      'https://acme.lightning.force.com/lightning/app/06m000/r/Contact/003AB00000XyZ12AAB/view',
    );
    expect(salesforceAdapter.read(document, appScoped)).toMatchObject({ ok: true, contact: { name: 'Marina Costa' } });
  });
});
