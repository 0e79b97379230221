/**
 * Hostile CRM pages through real Chromium and the built extension, on a site the agent enabled for the generic adapter
 * (enabledSites, which makes the worker register the content script for it: registerSiteScripts). Names and fields
 * full of markup, script, `javascript:` links, RTL and zero-width characters are shown as literal text and never run;
 * quick-send buttons go beside real phone numbers only; a page with two people says "could not read this contact";
 * a ~5 MB page with 20,000 phone-like strings is read in bounded time and the content script keeps up with edits.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  extensionWithScripting,
  GARBAGE,
  type HostileServer,
  SHOWN_NAME,
  startHostileServer,
  VALID_PHONES,
} from './hostile-pages.ts';
import { type LoadedExtension, launchWithExtension } from './launch.ts';
import { openPanelFor } from './panel.ts';

let server: HostileServer;
let browser: LoadedExtension;
let extensionDir: string;

beforeAll(async () => {
  server = await startHostileServer();
  extensionDir = extensionWithScripting();
  browser = await launchWithExtension(extensionDir);
  // What the options page stores once the agent enabled the site (its host permission is already granted: loopback).
  await browser.worker.evaluate((origin) => chrome.storage.local.set({ 'enabledSites.v1': [origin] }), server.origin);
  const registered = () =>
    browser.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
  for (let tries = 0; (await registered()).length === 0; tries++) {
    if (tries > 100) throw new Error('the worker did not register the content script for the enabled site');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await registered()).toEqual(['qbm-enabled-sites']);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

const pwned = (page: Page) => page.evaluate(() => (window as { __qbmPwned?: unknown }).__qbmPwned ?? null);
const buttonPhones = (page: Page) =>
  page.locator('[data-qbm-quick-send]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-qbm-quick-send')));

it('markup and script in a contact are shown as text, never run; buttons only beside real numbers', async () => {
  const url = `${server.origin}/contact`;
  const crm = await browser.context.newPage();
  await crm.goto(url);
  await expect.poll(() => buttonPhones(crm), { timeout: 15_000 }).toHaveLength(VALID_PHONES.length);
  expect((await buttonPhones(crm))?.sort()).toEqual([...VALID_PHONES].sort());
  // Found by this test: a call link whose text is a word ("Ligar") and whose number is only in tel: was no phone.
  expect(
    await crm
      .locator('a[href^="tel:+55"]')
      .locator('xpath=following-sibling::*[1]')
      .getAttribute('data-qbm-quick-send'),
  ).toBe(VALID_PHONES[3]);
  for (const garbage of GARBAGE) {
    const cell = crm.locator('dd', { hasText: garbage });
    expect(await cell.locator('[data-qbm-quick-send]').count()).toBe(0);
  }

  const panel = await openPanelFor(browser, url);
  const name = panel.locator('#contact-name');
  await name.waitFor({ timeout: 15_000 });
  expect(await name.textContent()).toBe(SHOWN_NAME);
  // Text, not elements: nothing of the payloads became a node in the panel.
  expect(await panel.locator('main img, main script, main svg, main b[onmouseover]').count()).toBe(0);
  const card = await panel.getByTestId('contact-card').textContent();
  for (const shown of ['+5511987654321', 'Mobile · 0055 11 91234 5678', 'Work phone · +1 415 555 0100 x123'])
    expect(card).toContain(shown);
  for (const garbage of GARBAGE) expect(card).not.toContain(garbage);
  // Hovering and clicking where the payloads are shown does nothing either.
  await name.hover();
  await crm.locator('a[href^="javascript:"]').hover();
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await pwned(crm)).toBeNull();
  expect(await pwned(panel)).toBeNull();
  await panel.close();
  await crm.close();
});

it('a page with two people says it could not read this contact, and puts no button anywhere', async () => {
  const url = `${server.origin}/list`;
  const crm = await browser.context.newPage();
  await crm.goto(url);
  const panel = await openPanelFor(browser, url);
  const notice = panel.getByTestId('could-not-read');
  await notice.waitFor({ timeout: 15_000 });
  expect(await notice.textContent()).toMatch(/could not read this contact/i);
  expect(await notice.textContent()).toMatch(/several names/);
  expect(await panel.getByTestId('contact').count()).toBe(0);
  expect(await buttonPhones(crm)).toEqual([]);
  await panel.close();
  await crm.close();
});

it('a ~5 MB page with 20,000 phone-like strings is read in bounded time and stays responsive', async () => {
  const url = `${server.origin}/huge`;
  const crm = await browser.context.newPage();
  const t0 = Date.now();
  await crm.goto(url, { waitUntil: 'load' });
  const loadedMs = Date.now() - t0;
  await expect.poll(() => buttonPhones(crm), { timeout: 30_000 }).toEqual(['+55 11 97777-6666']);
  const scanMs = Date.now() - t0 - loadedMs;
  const domNodes = await crm.evaluate(() => document.getElementsByTagName('*').length);

  const panel = await openPanelFor(browser, url);
  const name = panel.locator('#contact-name');
  await expect.poll(() => name.textContent(), { timeout: 15_000 }).toBe('Carla Huge');

  // An edit on the huge page reaches the panel: the content script re-read it and did not stall.
  const t1 = Date.now();
  await crm.evaluate(() => {
    const h1 = document.querySelector('h1');
    if (h1) h1.textContent = 'Carla Huge-Edited';
  });
  await expect.poll(() => name.textContent(), { timeout: 15_000 }).toBe('Carla Huge-Edited');
  const rereadMs = Date.now() - t1;
  // The page's main thread answers promptly afterwards (a content script stuck in a loop would block it).
  const t2 = Date.now();
  await crm.evaluate(() => 1);
  const pingMs = Date.now() - t2;
  console.info(
    `huge page: ${(server.hugeBytes / 1e6).toFixed(1)} MB, ${domNodes} elements; load ${loadedMs} ms; ` +
      `first read + buttons ${scanMs} ms after load; edit re-read ${rereadMs} ms; page ping ${pingMs} ms`,
  );
  expect(scanMs).toBeLessThan(15_000);
  expect(rereadMs).toBeLessThan(10_000);
  expect(pingMs).toBeLessThan(5000);
  expect(await pwned(crm)).toBeNull();
});
