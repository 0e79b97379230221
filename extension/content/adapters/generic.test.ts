// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures.test-helpers.ts';
import { genericAdapter } from './generic.ts';

const url = new URL('https://crm.example.com/clientes/77');

describe('generic adapter', () => {
  it('reads labelled numbers in several languages and tel: links, not the nav, aside or footer', () => {
    loadFixture('generic-contact.html');
    expect(genericAdapter().read(document, url)).toEqual({
      ok: true,
      contact: {
        adapter: 'generic',
        url: url.href,
        name: 'Marina Costa',
        email: 'marina@lojaazul.example',
        phones: [
          { raw: '+55 11 98765-4321', e164: '+5511987654321', label: 'Celular' },
          { raw: '(11) 3456-7890', label: 'Teléfono' },
          { raw: '+55 11 91234-5678', e164: '+5511912345678', label: 'WhatsApp' },
          { raw: '+55 11 3000-1000', e164: '+551130001000' },
        ],
        fields: { cidade: 'São Paulo', pagamento_devido: '2026-12-05' },
      },
    });
    const anchors = genericAdapter().phoneAnchors(document, url);
    expect(anchors.map((anchor) => anchor.element.tagName)).toEqual(['DD', 'DD', 'SPAN', 'A']);
  });

  it('refuses a table of contacts with a phone column', () => {
    loadFixture('generic-list.html');
    const read = genericAdapter().read(document, new URL('https://crm.example.com/clientes'));
    expect(read).toMatchObject({ ok: false, problem: 'a list of contacts, not one contact' });
    expect(genericAdapter().phoneAnchors(document, url)).toEqual([]);
  });

  it('refuses cards of several people even when each number is labelled', () => {
    loadFixture('generic-cards.html');
    expect(genericAdapter().read(document, url)).toMatchObject({
      ok: false,
      problem: 'a list of contacts, not one contact',
    });
  });

  it('refuses rows of tel: links without a header, and a page with several headings', () => {
    loadFixture('generic-list.html', (html) => html.replace(/<thead>[\s\S]*<\/thead>/, ''));
    expect(genericAdapter().read(document, url)).toMatchObject({
      ok: false,
      problem: 'a list of contacts, not one contact',
    });
    loadFixture('generic-contact.html', (html) =>
      html.replace('<h1>Marina Costa</h1>', '<h1>Marina Costa</h1><h1>Pedro</h1>'),
    );
    expect(genericAdapter().read(document, url)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/several names/),
    });
  });

  it("reads one row of a list when the user's selectors point at it", () => {
    loadFixture('generic-list.html');
    const adapter = genericAdapter({
      container: 'tbody tr:nth-child(2)',
      name: 'td a[href^="/clientes/"]',
      phone: 'a[href^="tel:"]',
    });
    expect(adapter.read(document, url)).toMatchObject({
      ok: true,
      contact: { name: 'Marina Costa', phones: [{ raw: '+55 11 98765-4321', e164: '+5511987654321' }] },
    });
  });

  it('refuses when a configured selector matches several containers or is invalid', () => {
    loadFixture('generic-list.html');
    expect(genericAdapter({ container: 'tbody tr' }).read(document, url)).toMatchObject({
      ok: false,
      problem: 'several containers are visible',
    });
    expect(genericAdapter({ phone: 'a[href^=' }).read(document, url)).toMatchObject({
      ok: false,
      problem: 'the page could not be read',
    });
  });

  it('refuses a page without any phone number', () => {
    loadFixture('generic-contact.html', (html) => html.replace(/<section[\s\S]*<\/section>/, '<h1>Marina Costa</h1>'));
    expect(genericAdapter().read(document, url)).toMatchObject({
      ok: false,
      problem: 'no phone number found on this page',
    });
  });
});
