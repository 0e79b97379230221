/**
 * Smoke version of figures 4 and 5 (`npm run bench`), so the browser benchmark keeps working: a small data set synced
 * into a fresh extension, a few SPA navigations timed to the verdict on screen. Asserts it runs and what it saw, never
 * its speed.
 */
import { expect, it } from 'vitest';
import { benchBrowser } from '../bench/browser.ts';

it('the browser benchmark syncs a fresh extension with progress and times navigations to the verdict', {
  timeout: 120_000,
}, async () => {
  const result = await benchBrowser({
    contacts: 8_000,
    events: 40_000,
    port: 36000 + Math.floor(Math.random() * 4000),
    navigations: 6,
  });
  // A row for every contact the companion knows something about (~80 % of the seeded ones), none for the rest.
  expect(result.rows.contacts).toBeGreaterThan(5_000);
  expect(result.rows.contacts).toBeLessThanOrEqual(8_036);
  expect(result.rows.consent).toBeGreaterThan(1_000);
  expect(result.syncMs).toBeGreaterThan(0);
  // The panel showed how far the first load had got ("2,500 of 8,036") before it said it was up to date.
  expect(result.progressSamples.some((s) => s.done > 0 && s.done < s.total)).toBe(true);
  expect(result.navigations).toBe(3);
  expect(result.navigationP95Ms).toBeGreaterThan(0);
  expect(result.floorP50Ms).toBeGreaterThan(0);
});
