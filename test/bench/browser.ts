/**
 * Figures 4 and 5 in real Chromium with the built extension (dist/), against a companion process whose database holds
 * `contacts` contacts and `events` message rows (seeded like figure 2).
 * - Figure 5, initial sync: from pairing (the token lands in storage, as the options page leaves it) to the panel
 *   saying it is up to date; the panel's progress line is sampled on the way.
 * - Figure 4, contact page to verdict: SPA navigations in the demo CRM (renderDelay=0: the record is rendered in the
 *   click's task, as a SPA with the record cached would) to the side panel showing the verdicts for the new contact,
 *   taken at the animation frame after the DOM change (the frame that paints it). The floor beside it: a bare
 *   IndexedDB get plus one DOM write, to the next animation frame, in the same panel page.
 * Both pages stay visible, each in its own window (and Chromium's background throttling is off), as the real side
 * panel sits beside its tab.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/launch.ts';
import { seedLookupData } from './lookup.ts';
import { pairWithCompanion, startCompanionProcess } from './processes.ts';

export interface BrowserFigures {
  contacts: number;
  events: number;
  syncMs: number;
  /** Progress lines the panel showed during the first sync ("2,500 of 100,000"…), with when. */
  progressSamples: { atMs: number; done: number; total: number }[];
  rows: { contacts: number; consent: number; messages: number };
  navigationP50Ms: number;
  navigationP95Ms: number;
  /** Of the navigation time: until the worker has stored the content script's read of the new record (ms precision). */
  readStoredP50Ms: number;
  /** Of the navigation time: until the worker's push of that read reaches the panel. */
  readInPanelP50Ms: number;
  floorP50Ms: number;
  floorP95Ms: number;
  navigations: number;
}

const UNTHROTTLED = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

const DEMO_IDS = Array.from({ length: 36 }, (_, i) => String(1001 + i));

export async function benchBrowser(options: {
  contacts: number;
  events: number;
  port: number;
  navigations: number;
  /** A data dir already seeded with `seedLookupData` for these counts; left in place (the caller owns it). */
  dataDir?: string;
}): Promise<BrowserFigures> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'qbm-browser-'));
  if (!options.dataDir) seedLookupData(dataDir, options.contacts, options.events, Date.now());
  const companion = await startCompanionProcess(options.port, dataDir);
  const browser = await launchWithExtension(undefined, UNTHROTTLED);
  try {
    const token = await pairWithCompanion(companion.url, dataDir);
    const base = `chrome-extension://${browser.extensionId}/sidepanel/index.html`;

    // Figure 5: pair, then watch the panel until it says it is up to date.
    const watcher = await browser.context.newPage();
    await watcher.goto(base);
    await watcher.getByTestId('companion-status').waitFor();
    await watcher.evaluate(() => {
      const w = window as unknown as { __samples: unknown[]; __okAt?: number };
      w.__samples = [];
      const look = () => {
        const progress = document.querySelector<HTMLElement>('[data-testid="sync-progress"]');
        if (progress?.dataset.total)
          w.__samples.push({
            at: Date.now(),
            done: Number(progress.dataset.done),
            total: Number(progress.dataset.total),
          });
        const status = document.querySelector<HTMLElement>('[data-testid="companion-status"]');
        if (status?.dataset.state === 'ok' && w.__okAt === undefined) w.__okAt = Date.now();
      };
      new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const pairedAt = Date.now();
    await browser.worker.evaluate(
      ([address, token]) => chrome.storage.local.set({ 'companion.v1': { address, token } }),
      [companion.url, token] as const,
    );
    await watcher.waitForFunction(() => (window as unknown as { __okAt?: number }).__okAt !== undefined, null, {
      timeout: 600_000,
      polling: 250,
    });
    const { okAt, samples } = await watcher.evaluate(() => {
      const w = window as unknown as { __samples: { at: number; done: number; total: number }[]; __okAt: number };
      return { okAt: w.__okAt, samples: w.__samples };
    });
    // Counting walks every contact row: skipped at a million, where it would take longer than the sync.
    const rows =
      options.contacts <= 200_000
        ? await countRows(watcher)
        : { contacts: Number.NaN, consent: Number.NaN, messages: Number.NaN };
    await watcher.close();

    // Figure 4: the demo CRM beside the panel, SPA navigations from record to record.
    const crm = await browser.context.newPage();
    await crm.goto(`${companion.url}/demo/contacts/${DEMO_IDS[0]}?renderDelay=0`);
    await crm.getByTestId('quick-send').first().waitFor({ timeout: 30_000 });
    const tabId = await browser.worker.evaluate(async (prefix) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.url?.startsWith(prefix))?.id ?? -1;
    }, `${companion.url}/demo/contacts/`);
    // The panel in a window of its own, beside the CRM's: both stay visible, as the real side panel and its tab are.
    const cdp = await browser.context.newCDPSession(crm);
    const opened = browser.context.waitForEvent('page');
    await cdp.send('Target.createTarget', { url: `${base}?tabId=${tabId}`, newWindow: true, width: 400, height: 760 });
    const panel = await opened;
    await cdp.detach();
    await panel.locator('[data-testid="contact"] [data-testid^="verdict-"]').first().waitFor({ timeout: 30_000 });

    const navigation: number[] = [];
    const toWorker: number[] = [];
    const toPanel: number[] = [];
    await panel.evaluate(() => {
      const w = window as unknown as { __reads: number[] };
      w.__reads = [];
      chrome.runtime.onMessage.addListener((message: { name?: string; payload?: { ok?: boolean } }) => {
        if (message?.name === 'cs/page-read' && message.payload?.ok)
          w.__reads.push(performance.timeOrigin + performance.now());
      });
    });
    // BENCH_PROFILE_DIR=dir: a CPU profile of the panel over the navigations, for "where does the time go".
    const profileDir = process.env.BENCH_PROFILE_DIR;
    const profiler = profileDir ? await browser.context.newCDPSession(panel) : undefined;
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
      await profiler.send('Profiler.start');
    }
    for (let i = 1; i <= options.navigations; i++) {
      const id = DEMO_IDS[i % DEMO_IDS.length] as string;
      // An agent reads the verdict before the next click: the previous record's trailing work (quick-send colours,
      // the re-read after our buttons went in) is over, as it would be between two human clicks.
      await new Promise((resolve) => setTimeout(resolve, 250));
      const previous = await panel.getAttribute('[data-testid="contact"]', 'data-contact');
      const shown = panel.evaluate(waitForVerdictOtherThan, previous);
      const clickedAt = await crm.evaluate((href) => {
        const link = document.createElement('a');
        link.href = href;
        link.dataset.nav = '';
        document.body.append(link);
        const at = performance.timeOrigin + performance.now();
        link.click();
        link.remove();
        return at;
      }, `/demo/contacts/${id}`);
      const shownAt = await shown;
      const storedAt = await panel.evaluate(pageReadStoredAt, tabId);
      const arrivedAt = await panel.evaluate(
        (after) => (window as unknown as { __reads: number[] }).__reads.find((at) => at >= after) ?? Number.NaN,
        clickedAt,
      );
      if (i > 3) {
        // The first few warm the worker and the panel up.
        navigation.push(shownAt - clickedAt);
        toWorker.push(storedAt - clickedAt);
        toPanel.push(arrivedAt - clickedAt);
      }
    }

    if (profiler && profileDir) {
      const { profile } = await profiler.send('Profiler.stop');
      mkdirSync(profileDir, { recursive: true });
      writeFileSync(join(profileDir, `panel-${Date.now()}.cpuprofile`), JSON.stringify(profile));
      await profiler.detach();
    }
    const floor = await panel.evaluate(measureFloor, 60);
    await crm.close();
    await panel.close();
    return {
      contacts: options.contacts,
      events: options.events,
      syncMs: okAt - pairedAt,
      progressSamples: samples.map((s) => ({ atMs: s.at - pairedAt, done: s.done, total: s.total })),
      rows,
      navigationP50Ms: percentile(navigation, 50),
      navigationP95Ms: percentile(navigation, 95),
      readStoredP50Ms: percentile(toWorker, 50),
      readInPanelP50Ms: percentile(toPanel, 50),
      floorP50Ms: percentile(floor, 50),
      floorP95Ms: percentile(floor, 95),
      navigations: navigation.length,
    };
  } finally {
    await browser.close();
    companion.child.kill('SIGKILL');
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs in the panel: resolves with the time of the frame that paints verdicts for a contact other than `previous`. */
function waitForVerdictOtherThan(previous: string | null): Promise<number> {
  const ready = () => {
    const contact = document.querySelector<HTMLElement>('[data-testid="contact"]');
    return (
      contact !== null &&
      contact.dataset.contact !== previous &&
      contact.querySelector('[data-testid^="verdict-"]') !== null
    );
  };
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`no verdict after ${previous} within 10 s`)), 10_000);
    const done = () => {
      observer.disconnect();
      clearTimeout(timeout);
      requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
    };
    const observer = new MutationObserver(() => {
      if (ready()) done();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    if (ready()) done();
  });
}

/** Runs in the panel: a bare IndexedDB get of a contact plus one DOM write, to the next animation frame, n times. */
async function measureFloor(n: number): Promise<number[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('qbm-copilot');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const target = document.createElement('p');
  document.body.append(target);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = `+5511${String(900000000 + ((i * 7919) % 1000))}`;
    const started = performance.now();
    const row = await new Promise<unknown>((resolve, reject) => {
      const get = db.transaction('contacts').objectStore('contacts').get(key);
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    target.textContent = JSON.stringify(row ?? null).slice(0, 80);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    out.push(performance.now() - started);
  }
  target.remove();
  db.close();
  return out;
}

/** Runs in the panel: when the worker stored the tab's last page read (its `at`, epoch ms). */
async function pageReadStoredAt(tabId: number): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('qbm-copilot');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const row = await new Promise<{ at: number } | undefined>((resolve, reject) => {
    const get = db.transaction('pages').objectStore('pages').get(tabId);
    get.onsuccess = () => resolve(get.result);
    get.onerror = () => reject(get.error);
  });
  db.close();
  return row?.at ?? Number.NaN;
}

/** Contact rows, and the consent events and messages the panel can read (the tables plus each row's synced history). */
async function countRows(page: Page): Promise<{ contacts: number; consent: number; messages: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('qbm-copilot');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = (store: string) =>
      new Promise<number>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    // Contacts are rows of their own or members of the first sync's chunks; each carries its synced history.
    type Stored = { key: string; history?: { consent: unknown[]; messages: unknown[] } };
    const walk = (store: string, visit: (value: unknown) => void) =>
      new Promise<void>((resolve, reject) => {
        const cursor = db.transaction(store).objectStore(store).openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return resolve();
          visit(at.value);
          at.continue();
        };
        cursor.onerror = () => reject(cursor.error);
      });
    const contacts = new Map<string, Stored>();
    await walk('contactChunks', (chunk) => {
      for (const contact of (chunk as { contacts: Stored[] }).contacts) contacts.set(contact.key, contact);
    });
    await walk('contacts', (row) => contacts.set((row as Stored).key, row as Stored));
    const embedded = { consent: 0, messages: 0 };
    for (const contact of contacts.values()) {
      embedded.consent += contact.history?.consent.length ?? 0;
      embedded.messages += contact.history?.messages.length ?? 0;
    }
    const rows = {
      contacts: contacts.size,
      consent: (await count('consentEvents')) + embedded.consent,
      messages: (await count('messages')) + embedded.messages,
    };
    db.close();
    return rows;
  });
}
