// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures.test-helpers.ts';
import { pipedriveAdapter } from './pipedrive.ts';

const url = new URL('https://acme.pipedrive.com/person/42');
const marina = {
  ok: true,
  contact: {
    adapter: 'pipedrive',
    url: url.href,
    recordId: '42',
    name: 'Marina Costa',
    email: 'marina@lojaazul.example',
    phones: [
      { raw: '+55 11 98765-4321', e164: '+5511987654321', label: 'Mobile' },
      { raw: '+55 11 3456-7890', e164: '+551134567890', label: 'Work' },
    ],
    fields: {},
  },
};

describe('Pipedrive adapter', () => {
  it('reads the person: callto: and skype: phone buttons with their type labels, not the activity notes', () => {
    loadFixture('pipedrive-person.html');
    expect(pipedriveAdapter.read(document, url)).toEqual(marina);
  });

  it('reads the shown view container, not the hidden one of the person opened before', () => {
    loadFixture('pipedrive-stale.html');
    expect(pipedriveAdapter.read(document, url)).toEqual(marina);
    const anchors = pipedriveAdapter.phoneAnchors(document, url);
    expect(anchors.map((anchor) => anchor.element.getAttribute('href'))).toEqual([
      'callto:+5511987654321',
      'skype:+551134567890?call',
    ]);
  });

  it('takes the number from the link when the button shows no text', () => {
    loadFixture('pipedrive-person.html', (html) => html.replace('>+55 11 3456-7890</a>', '></a>'));
    const read = pipedriveAdapter.read(document, url);
    expect(read.ok && read.contact.phones[1]).toEqual({ raw: '+551134567890', e164: '+551134567890', label: 'Work' });
  });

  it('refuses when both views are shown, and outside person pages', () => {
    loadFixture('pipedrive-stale.html', (html) => html.replace(' style="display: none;"', ''));
    expect(pipedriveAdapter.read(document, url)).toMatchObject({
      ok: false,
      problem: 'several person views are visible',
    });
    loadFixture('pipedrive-person.html');
    expect(pipedriveAdapter.read(document, new URL('https://acme.pipedrive.com/deal/7'))).toMatchObject({ ok: false });
    expect(pipedriveAdapter.phoneAnchors(document, new URL('https://acme.pipedrive.com/persons/list/user/1'))).toEqual(
      [],
    );
  });
});
