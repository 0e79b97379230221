// @vitest-environment-options { "url": "http://127.0.0.1:7717/demo/" }
import { afterEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { loadFixture } from './adapters/fixtures.test-helpers.ts';
import { startContentScript } from './run.ts';

type Envelope = { name: string; payload: Record<string, unknown> };

function recordMessages(): Envelope[] {
  const seen: Envelope[] = [];
  browser.runtime.onMessage.addListener((message: unknown) => {
    const envelope = message as Envelope;
    seen.push(envelope);
    if (envelope.name === 'cs/verdicts') {
      const phones = envelope.payload.phones as { raw: string }[];
      return Promise.resolve({
        verdicts: Object.fromEntries(phones.map((p) => [p.raw, { level: 'amber', summary: 'Templates only' }])),
      });
    }
    return Promise.resolve({ ok: true, opened: true });
  });
  return seen;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
let life: AbortController | undefined;
afterEach(() => life?.abort());

function buttonsOnPage(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-qbm-quick-send]')];
}

describe('content script on the demo CRM', () => {
  it('reads the visible record, tells the worker, and puts a coloured button beside each of its phones only', async () => {
    history.replaceState(null, '', 'http://127.0.0.1:7717/demo/contacts/1002');
    loadFixture('demo-record.html');
    const seen = recordMessages();
    life = startContentScript(window);
    await settle();
    const read = seen.find((m) => m.name === 'cs/page-read')?.payload as { ok: boolean; contact: { name: string } };
    expect(read).toMatchObject({ ok: true, contact: { name: 'Marina Costa' } });
    expect(buttonsOnPage().map((host) => host.getAttribute('data-qbm-quick-send'))).toEqual([
      '+55 11 98765-4321',
      '+55 11 3456-7890',
    ]);
    // The worker gets each number as shown and as E.164, the key the panel uses for it too.
    expect(seen.find((m) => m.name === 'cs/verdicts')?.payload.phones).toEqual([
      { raw: '+55 11 98765-4321', e164: '+5511987654321' },
      { raw: '+55 11 3456-7890', e164: '+551134567890' },
    ]);
    const button = buttonsOnPage()[0]?.shadowRoot?.querySelector('button');
    expect(button?.dataset.level).toBe('amber');
    expect(button?.title).toBe('Templates only');
  });

  it('ignores clicks that a page script makes (not isTrusted)', async () => {
    history.replaceState(null, '', 'http://127.0.0.1:7717/demo/contacts/1002');
    loadFixture('demo-record.html');
    const seen = recordMessages();
    life = startContentScript(window);
    await settle();
    buttonsOnPage()[0]?.shadowRoot?.querySelector('button')?.click(); // synthetic: isTrusted is false
    await settle();
    expect(seen.some((m) => m.name === 'cs/quick-send')).toBe(false);
  });

  it('removes its buttons and listeners when stopped', async () => {
    history.replaceState(null, '', 'http://127.0.0.1:7717/demo/contacts/1002');
    loadFixture('demo-record.html');
    recordMessages();
    life = startContentScript(window);
    await settle();
    life.abort();
    expect(buttonsOnPage()).toEqual([]);
  });

  it('renders the page text of a hostile record as text, never as markup', async () => {
    history.replaceState(null, '', 'http://127.0.0.1:7717/demo/contacts/1003');
    loadFixture('demo-hostile.html');
    const scriptsBefore = document.querySelectorAll('script').length;
    const seen = recordMessages();
    life = startContentScript(window);
    await settle();
    expect(document.querySelectorAll('script').length).toBe(scriptsBefore);
    const read = seen.find((m) => m.name === 'cs/page-read')?.payload as { ok: boolean; contact?: { name?: string } };
    expect(JSON.stringify(read).length).toBeLessThan(40_000);
    if (read.ok) expect(read.contact?.name).toContain('<');
  });
});
