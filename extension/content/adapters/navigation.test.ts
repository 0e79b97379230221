// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { PageRead } from '../../../shared/contracts/protocol.ts';
import { demoAdapter } from './demo.ts';
import { loadFixture } from './fixtures.test-helpers.ts';
import { watchNavigation } from './navigation.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fast = { pollMs: 40, settleMs: 20, settleWindowMs: 2000 };

function openRecord(): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'http://127.0.0.1:8787/demo/contacts/1002',
  );
  loadFixture('demo-record.html');
}

/** What the demo CRM does on a click: pushState, a loading state, the next record a moment later. */
function navigateTo(id: string, name: string, renderAfterMs: number): void {
  history.pushState(null, '', `/demo/contacts/${id}`);
  const app = document.getElementById('app')!;
  app.innerHTML = '<p class="loading">Loading…</p>';
  setTimeout(() => {
    app.innerHTML = `<main data-qbm-demo-record="${id}"><h1 data-field="name">${name}</h1>
      <ul class="phones"><li><a href="tel:+525512345678" data-field="phone" data-label="Mobile">+52 55 1234 5678</a></li></ul></main>`;
  }, renderAfterMs);
}

let controller = new AbortController();
afterEach(() => controller.abort());

describe('watchNavigation', () => {
  it('reports a pushState navigation and reads the new record once rendered, never the old one', async () => {
    openRecord();
    controller = new AbortController();
    const reads: PageRead[] = [];
    watchNavigation(window, controller.signal, (url) => reads.push(demoAdapter.read(document, url)), fast);

    navigateTo('1003', 'Javier Ortega', 120);
    await wait(400);

    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.filter((read) => read.ok && read.contact.name === 'Marina Costa')).toEqual([]);
    expect(reads[0]).toMatchObject({ ok: false }); // the URL changed before the record was rendered
    expect(reads.at(-1)).toMatchObject({
      ok: true,
      contact: { recordId: '1003', name: 'Javier Ortega', phones: [{ raw: '+52 55 1234 5678', label: 'Mobile' }] },
    });
  });

  it('reads the rendered record at once, without waiting for the DOM to settle, and still reads its last state', async () => {
    openRecord();
    controller = new AbortController();
    const reads: { at: number; read: PageRead }[] = [];
    const slow = { pollMs: 1000, settleMs: 200, settleWindowMs: 2000 };
    watchNavigation(
      window,
      controller.signal,
      (url) => reads.push({ at: Date.now(), read: demoAdapter.read(document, url) }),
      slow,
    );

    const renderAt = Date.now() + 250;
    navigateTo('1003', 'Javier Ortega', 250);
    await wait(300);
    const first = reads.find(({ read }) => read.ok);
    expect(first?.read).toMatchObject({ ok: true, contact: { recordId: '1003' } });
    expect((first?.at ?? Infinity) - renderAt).toBeLessThan(100); // not settleMs (200) after the render

    // A burst right after: the last state is read once the burst is over.
    document.querySelector('[data-field="name"]')!.textContent = 'Javier Ortega Ruiz';
    await wait(350);
    expect(reads.at(-1)?.read).toMatchObject({ ok: true, contact: { name: 'Javier Ortega Ruiz' } });
  });

  it('reads the next record at once even when the previous one was still settling', async () => {
    openRecord();
    controller = new AbortController();
    const reads: { at: number; read: PageRead }[] = [];
    const slow = { pollMs: 1000, settleMs: 300, settleWindowMs: 2000 };
    watchNavigation(
      window,
      controller.signal,
      (url) => reads.push({ at: Date.now(), read: demoAdapter.read(document, url) }),
      slow,
    );
    navigateTo('1003', 'Javier Ortega', 0);
    await wait(20);
    document.querySelector('[data-field="name"]')!.textContent = 'Javier Ortega Ruiz'; // a trailing read is pending
    const renderAt = Date.now() + 30;
    navigateTo('1004', 'Lucía Fernández', 30);
    await wait(100);
    const first = reads.find(({ read }) => read.ok && read.contact.recordId === '1004');
    expect((first?.at ?? Infinity) - renderAt).toBeLessThan(60); // not the 300 ms throttle of the previous record
  });

  it('notices a URL change without any DOM change through the poll', async () => {
    openRecord();
    controller = new AbortController();
    const urls: string[] = [];
    watchNavigation(window, controller.signal, (url) => urls.push(url.pathname), fast);
    history.pushState(null, '', '/demo/contacts/1004');
    await wait(120);
    expect(urls).toEqual(['/demo/contacts/1004']);
  });

  it('calls nothing after the signal aborts', async () => {
    openRecord();
    controller = new AbortController();
    const urls: string[] = [];
    watchNavigation(window, controller.signal, (url) => urls.push(url.pathname), fast);
    navigateTo('1003', 'Javier Ortega', 10);
    await wait(100);
    const before = urls.length;
    expect(before).toBeGreaterThan(0);

    controller.abort();
    navigateTo('1005', 'Sam Patel', 10);
    history.back();
    await wait(200);
    expect(urls).toHaveLength(before);
  });

  it('does nothing when the signal is already aborted', async () => {
    openRecord();
    const urls: string[] = [];
    watchNavigation(window, AbortSignal.abort(), (url) => urls.push(url.pathname), fast);
    navigateTo('1003', 'Javier Ortega', 10);
    await wait(100);
    expect(urls).toEqual([]);
  });
});
