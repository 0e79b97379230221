/**
 * The companion down for a while, then back, through real Chromium: the built extension, the companion as its own
 * process (kill -9, then restarted on the same port and data dir), the demo CRM. While it is down the agent records
 * a consent event and queues two template sends from the panel; the panel says the companion is not reachable and
 * shows them as queued, never as sent, also after a reload (the outbox is in IndexedDB). The outbox retries several
 * times. Once the companion is back, each send reached the platform exactly once, each consent event is one row, and
 * the panel shows the consent and the deliveries, soon after the companion is back even when the outbox's back-off
 * had grown to its 5-minute cap.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RestartableCompanion, startRestartableCompanion } from './companion-daemon.ts';
import { type LoadedExtension, launchWithExtension } from './launch.ts';
import { deferOutbox, openPanelFor, pairExtension, readOutbox } from './panel.ts';

const ANA = '+5511987654321'; // demo contact 1001: utility opted in, order BR-10234 shipped
const WORDING = 'Não quero mais receber ofertas, obrigada.';
let companion: RestartableCompanion;
let browser: LoadedExtension;

beforeAll(async () => {
  companion = await startRestartableCompanion();
  browser = await launchWithExtension();
  await pairExtension(browser, companion.url, companion.token);
});

afterAll(async () => {
  await browser?.close();
  await companion?.close();
});

const status = (panel: Page) => panel.getByTestId('companion-status').getAttribute('data-state');
const outboxStates = (panel: Page) =>
  panel.getByTestId('outbox-status').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-state')));
const messageStatuses = (panel: Page) =>
  panel.getByTestId('message-status').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-status')));
const marketing = (panel: Page) => panel.getByTestId('consent-marketing');

async function sendSuggestion(panel: Page): Promise<void> {
  const suggestion = panel.locator('[data-testid="suggestion"][data-template="order_update"]');
  await suggestion.waitFor({ timeout: 15_000 });
  for (const input of await suggestion.locator('input').all())
    if ((await input.inputValue()) === '') await input.fill('BR-10234');
  const button = suggestion.getByTestId('send-template');
  await expect.poll(() => button.isEnabled(), { timeout: 5000 }).toBe(true);
  await button.click();
}

it('sends and consent queued while the companion is down arrive exactly once when it is back', {
  timeout: 90_000,
}, async () => {
  const crmUrl = `${companion.url}/demo/contacts/1001`;
  const crm = await browser.context.newPage();
  await crm.goto(crmUrl);
  await expect.poll(() => crm.getByTestId('quick-send').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  let panel = await openPanelFor(browser, crmUrl);
  await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('ok');
  await expect
    .poll(() => panel.getByTestId('verdict-utility').getAttribute('data-allowed'), { timeout: 15_000 })
    .toBe('true');
  expect(await marketing(panel).getAttribute('data-status')).toBe('opted_in');

  // Down: the panel says so within a few seconds (it syncs every 2 s while visible).
  await companion.kill();
  const downAt = Date.now();
  await expect.poll(() => status(panel), { timeout: 10_000 }).toBe('unreachable');
  const noticedInMs = Date.now() - downAt;
  await expect(panel.getByTestId('companion-status').textContent()).resolves.toMatch(/not reachable/i);

  // The agent records a marketing opt-out (Ana was opted in) and queues two template sends.
  await marketing(panel).locator('[data-action="opt_out"]').click();
  const form = panel.getByTestId('consent-form');
  await form.getByTestId('consent-source').selectOption({ index: 1 });
  await form.getByTestId('consent-wording').fill(WORDING);
  await form.getByTestId('record-consent').click();
  await panel.getByTestId('consent-recorded').waitFor({ timeout: 5000 });
  await expect(marketing(panel).textContent()).resolves.toMatch(/waiting for the companion/);
  expect(await marketing(panel).getAttribute('data-status')).toBe('opted_in');
  await sendSuggestion(panel);
  await sendSuggestion(panel);
  await expect.poll(() => outboxStates(panel), { timeout: 10_000 }).toEqual(['pending', 'pending']);
  expect(await messageStatuses(panel)).toEqual([]);
  await expect
    .poll(() => panel.getByTestId('outbox-status').first().textContent(), { timeout: 10_000 })
    .toMatch(/not reachable; will retry/);

  // A reload while down: the queue is in IndexedDB, the panel shows it again, still not as sent.
  await panel.close();
  panel = await openPanelFor(browser, crmUrl);
  await expect.poll(() => status(panel), { timeout: 10_000 }).toBe('unreachable');
  await expect.poll(() => outboxStates(panel), { timeout: 10_000 }).toEqual(['pending', 'pending']);
  expect(await messageStatuses(panel)).toEqual([]);
  await expect(marketing(panel).textContent()).resolves.toMatch(/waiting for the companion/);

  // Several retry cycles against the dead port before it comes back.
  await expect
    .poll(async () => Math.min(...(await readOutbox(browser)).map((item) => item.attempts)), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(3);
  const queued = await readOutbox(browser);
  expect(queued.map((item) => item.kind).sort()).toEqual(['consent', 'message', 'message']);
  expect(queued.every((item) => item.state === 'pending')).toBe(true);
  const downForMs = Date.now() - downAt;
  // As if it had been down for long: the back-off has grown to its 5-minute cap.
  await deferOutbox(browser, 5 * 60_000);

  await companion.restart();
  const backAt = Date.now();
  const delivered = async () => (await messageStatuses(panel)).map((s) => (s === 'read' ? 'delivered' : s));
  await expect.poll(delivered, { timeout: 30_000 }).toEqual(['delivered', 'delivered']);
  const settledInMs = Date.now() - backAt;
  // The queue went as soon as a sync reached the companion again, not when the back-off ran out (the fix for this).
  expect(settledInMs).toBeLessThan(20_000);
  await expect.poll(() => marketing(panel).getAttribute('data-status'), { timeout: 10_000 }).toBe('opted_out');
  await expect.poll(() => status(panel), { timeout: 10_000 }).toBe('ok');
  expect(await outboxStates(panel)).toEqual([]);
  await expect(marketing(panel).getByTestId('consent-proof').textContent()).resolves.toContain(WORDING);

  // Exactly once, by the companion's own records: one message row per queued send, one send request to the
  // platform each (its log starts empty with the restarted process), one consent row.
  const sends = queued.filter((item) => item.kind === 'message').map((item) => item.id);
  const consent = queued.find((item) => item.kind === 'consent')?.id ?? '';
  const settle = async () => {
    const rows = companion.query<{ idempotency_key: string; id: string; status: string }>(
      'SELECT idempotency_key, id, status FROM messages WHERE contact = ?',
      ANA,
    );
    const platform = (await companion.api('/sandbox/faults')).body.sends as { bizOpaqueCallbackData?: string }[];
    const consentRows = companion.query<{ id: string }>(
      'SELECT id FROM consent_events WHERE contact = ? AND wording = ?',
      ANA,
      WORDING,
    );
    return { rows, platform, consentRows };
  };
  await new Promise((resolve) => setTimeout(resolve, 4000)); // late duplicates would have arrived by now
  const { rows, platform, consentRows } = await settle();
  expect(rows.map((row) => row.idempotency_key).sort()).toEqual([...sends].sort());
  expect(rows.every((row) => row.status === 'delivered' || row.status === 'read')).toBe(true);
  expect(platform.map((request) => request.bizOpaqueCallbackData).sort()).toEqual(rows.map((row) => row.id).sort());
  expect(consentRows.map((row) => row.id)).toEqual([consent]);
  expect((await readOutbox(browser)).every((item) => item.state === 'accepted')).toBe(true);

  console.info(
    `companion down: noticed in ${noticedInMs} ms; down ${downForMs} ms with ${Math.min(...queued.map((i) => i.attempts))}+ ` +
      `attempts per item; settled ${settledInMs} ms after restart; daemon starts ${companion.starts.join(', ')} ms; ` +
      `${rows.length} message rows, ${platform.length} platform sends, ${consentRows.length} consent row`,
  );
});
