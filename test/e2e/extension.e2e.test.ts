/**
 * The whole product in real Chromium: the built extension, the real companion in sandbox mode (real SQLite, HTTP, the
 * real Graph client talking to the simulated platform, signed webhooks), the demo CRM. Contact opens → verdict shown →
 * suggested template → send → delivered; the customer replies → window open → free-form sent; the customer sends
 * STOP → marketing refused. Takes the README's screenshot of the side panel beside the demo CRM on the way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestCompanion, type TestCompanion } from '../integration/harness.ts';
import { type LoadedExtension, launchWithExtension } from './launch.ts';

const ANA = '+5511987654321'; // demo contact 1001: opted in, payment due soon, order shipped
let companion: TestCompanion;
let browser: LoadedExtension;

beforeAll(async () => {
  companion = await startTestCompanion();
  browser = await launchWithExtension();
  // Paired as the options page would leave it: the companion's address and a token from POST /v1/pair.
  await browser.worker.evaluate(
    ([address, token]) => chrome.storage.local.set({ 'companion.v1': { address, token } }),
    [companion.url, companion.token] as const,
  );
});

afterAll(async () => {
  await browser?.close();
  await companion?.close();
});

async function tabIdOf(url: string): Promise<number> {
  return browser.worker.evaluate(async (prefix) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url?.startsWith(prefix))?.id ?? -1;
  }, url);
}

async function openPanelFor(crmUrl: string): Promise<Page> {
  const tabId = await tabIdOf(crmUrl);
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 760 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel/index.html?tabId=${tabId}`);
  return panel;
}

it('contact → verdict → suggested template → send → delivered; reply opens the window; STOP refuses marketing', {
  timeout: 90_000,
}, async () => {
  const crm = await browser.context.newPage();
  const crmUrl = `${companion.url}/demo/contacts/1001`;
  await crm.goto(crmUrl);
  await expect.poll(() => crm.getByTestId('quick-send').count(), { timeout: 15_000 }).toBeGreaterThan(0);

  const panel = await openPanelFor(crmUrl);
  await panel.getByTestId('companion-status').waitFor({ timeout: 15_000 });
  // Verdict shown: outside the window, utility templates allowed (opted in), free-form not.
  await expect
    .poll(() => panel.getByTestId('verdict-utility').getAttribute('data-allowed'), { timeout: 15_000 })
    .toBe('true');
  expect(await panel.getByTestId('verdict-freeForm').getAttribute('data-allowed')).toBe('false');

  // Suggested template, filled from the CRM, sent through the companion, delivered by the simulated platform.
  const top = panel.getByTestId('suggestion').first();
  await top.waitFor({ timeout: 15_000 });
  // Pinned by template: the ranking may move while we type (filling variables changes relevance, time moves the
  // CRM's "news" triggers), and the send must go to the suggestion we filled in.
  const name = await top.getAttribute('data-template');
  const language = await top.getAttribute('data-language');
  const suggestion = panel.locator(`[data-testid="suggestion"][data-template="${name}"][data-language="${language}"]`);
  for (const input of await suggestion.locator('input').all())
    if ((await input.inputValue()) === '') await input.fill('BR-10234');
  await suggestion.getByTestId('send-template').click();
  await expect
    .poll(() => panel.getByTestId('message-status').first().getAttribute('data-status'), { timeout: 20_000 })
    .toMatch(/delivered|read/);

  await panel.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(join(import.meta.dirname, '..', '..', 'docs', 'images'), { recursive: true });
  await screenshotSideBySide(
    crm,
    panel,
    join(import.meta.dirname, '..', '..', 'docs', 'images', 'side-panel-demo-crm.png'),
  );

  // The customer replies: the window opens and free-form is allowed and delivered.
  await companion.api('/sandbox/inbound', { method: 'POST', json: { from: ANA, text: 'Obrigada! Chega amanhã?' } });
  await expect
    .poll(() => panel.getByTestId('verdict-freeForm').getAttribute('data-allowed'), { timeout: 20_000 })
    .toBe('true');
  await panel.getByTestId('composer').fill('Sim, chega amanhã até as 18h.');
  await panel.getByTestId('send-text').click();
  const delivered = async () => {
    const statuses = await panel
      .getByTestId('message-status')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-status')));
    return statuses.filter((status) => status === 'delivered' || status === 'read').length;
  };
  await expect.poll(delivered, { timeout: 20_000 }).toBe(2);

  // STOP: marketing refused (opted out), as the companion's verdict says too.
  await companion.api('/sandbox/inbound', { method: 'POST', json: { from: ANA, text: 'STOP' } });
  await expect
    .poll(() => panel.getByTestId('verdict-marketing').getAttribute('data-allowed'), { timeout: 20_000 })
    .toBe('false');
  const contact = await companion.api(`/v1/contacts/${encodeURIComponent(ANA)}`);
  expect(contact.body.verdicts.marketing.reasons.map((r: { code: string }) => r.code)).toContain('opted_out');
});

/** Both pages side by side in one PNG, composed by the browser itself (no image library needed). */
async function screenshotSideBySide(left: Page, right: Page, path: string): Promise<void> {
  const [a, b] = await Promise.all([
    left.screenshot(),
    right.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: 400, height: 1200 } }),
  ]);
  const canvas = await browser.context.newPage();
  await canvas.setViewportSize({ width: 1100 + 400, height: 1200 });
  await canvas.setContent(
    `<body style="margin:0;display:flex;align-items:flex-start;background:#e5e7eb">` +
      `<img style="flex:none;width:1100px" src="data:image/png;base64,${a.toString('base64')}">` +
      `<img style="flex:none;width:400px;border-left:1px solid #9ca3af" src="data:image/png;base64,${b.toString('base64')}"></body>`,
  );
  writeFileSync(path, await canvas.screenshot());
  await canvas.close();
}
