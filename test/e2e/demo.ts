/**
 * `npm run demo`: the newcomer's first minute. Starts the sandbox companion on a fresh data directory, and where a
 * Chromium or Chrome is found opens it with a fresh profile, the built extension loaded and already paired, on the
 * demo CRM. Otherwise prints what to load and the pairing code. Ctrl+C stops everything.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { loadConfig } from '../../companion/config/config.ts';
import { startCompanion } from '../../companion/server/start.ts';
import { chromiumPath, DIST } from './launch.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'qbm-demo-'));
const env = { ...process.env, WHATSAPP_ACCESS_TOKEN: undefined }; // the demo is always the sandbox
const config = loadConfig({ env, args: { dataDir } });
if (!config.ok) throw new Error(config.error.message);
const companion = await startCompanion(config.value);
async function pairNow(): Promise<string> {
  const pairing = await fetch(`${companion.url}/v1/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: companion.pairingCode }),
  });
  return ((await pairing.json()) as { token: string }).token;
}

let browserPath: string | undefined;
try {
  browserPath = chromiumPath();
} catch {}
const canShow =
  browserPath !== undefined &&
  (process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY));

process.stdout.write(
  `\nQBM Copilot demo (sandbox: simulated WhatsApp, nothing real is sent)\n  Demo CRM  ${companion.demoUrl}\n  API       ${companion.url}\n`,
);
if (canShow && browserPath) {
  const token = await pairNow();
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'qbm-demo-profile-')), {
    executablePath: browserPath,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-first-run', '--disable-sync'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(([address, t]) => chrome.storage.local.set({ 'companion.v1': { address, token: t } }), [
    companion.url,
    token,
  ] as const);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${companion.demoUrl}contacts/1001`);
  process.stdout.write(
    '  Chromium is open with the extension loaded and paired: click its toolbar icon to open the side panel.\n',
  );
  context.on('close', () => void companion.close().then(() => process.exit(0)));
} else {
  process.stdout.write(
    [
      `  No Chromium/Chrome window can be opened here${browserPath ? ' (no display)' : ''}. To try it by hand:`,
      `  1. chrome://extensions → Developer mode → Load unpacked → ${DIST}`,
      `  2. Extension options → Pair → address ${companion.url}, code ${companion.pairingCode}`,
      `     (valid 5 minutes; a new one: npm run companion -- pair --data-dir ${dataDir})`,
      `  3. Open ${companion.demoUrl} and click the toolbar icon for the side panel.`,
      '',
    ].join('\n'),
  );
}
process.on('SIGINT', () => void companion.close().then(() => process.exit(0)));
