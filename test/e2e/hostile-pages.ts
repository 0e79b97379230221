/**
 * Hostile CRM pages for test/e2e/hostile-page.e2e.test.ts, served from a tiny loopback HTTP server. Every payload is
 * page *text* (escaped in the HTML) that would run if anything of ours treated it as markup: each sets
 * `window.__qbmPwned`, which must stay unset in the page and in the side panel. A page's own scripts are allowed to
 * run (it is the page's right); ours must never run theirs.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './launch.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The contact's name as the CRM shows it: markup, script, RTL override and zero-width characters, as text. */
export const HOSTILE_NAME =
  `Ana <img src=x onerror="window.__qbmPwned='img'"><script>window.__qbmPwned='script'</script> ` +
  'Sou\u200bza \u202eevil\u202c';
/** What the panel must show: the same text, with the invisible and bidi-override characters dropped (text.ts). */
export const SHOWN_NAME = `Ana <img src=x onerror="window.__qbmPwned='img'"><script>window.__qbmPwned='script'</script> Souza evil`;

/** Phones a quick-send button belongs beside (their raw text), and garbage that must get none. */
export const VALID_PHONES = ['+55 (11) 98765-4321', '0055 11 91234 5678', '+1 415 555 0100 x123', '+5511955554444'];
export const GARBAGE = ['call me maybe', '12-34', '+55 11 9****-4321'];

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;

function contactPage(): string {
  return page(
    'Contact',
    `<main><h1>${escapeHtml(HOSTILE_NAME)}</h1>
<dl>
  <dt>Phone</dt><dd>${escapeHtml(VALID_PHONES[0]!)}</dd>
  <dt>Mobile</dt><dd>${escapeHtml(VALID_PHONES[1]!)}</dd>
  <dt>Work phone</dt><dd><a href="tel:+14155550100;ext=123">${escapeHtml(VALID_PHONES[2]!)}</a></dd>
  <dt>Home phone</dt><dd>${escapeHtml(GARBAGE[0]!)}</dd>
  <dt>WhatsApp</dt><dd>${escapeHtml(GARBAGE[1]!)}</dd>
  <dt>Celular</dt><dd>${escapeHtml(GARBAGE[2]!)}</dd>
  <dt>Company</dt><dd>${escapeHtml('<b onmouseover="window.__qbmPwned=\'b\'">ACME</b>')}</dd>
  <dt>Website</dt><dd><a href="javascript:window.__qbmPwned='link'">${escapeHtml('javascript:window.__qbmPwned=1')}</a></dd>
  <dt>Notes</dt><dd>${escapeHtml(`<svg onload="window.__qbmPwned='svg'"></svg>`)}${'x'.repeat(10_000)}</dd>
</dl>
<p><a href="tel:${VALID_PHONES[3]}">Ligar</a> · <a href="tel:123">Ramal</a></p></main>`,
  );
}

/** Two people on one page: the generic adapter must refuse rather than guess. */
function listPage(): string {
  const person = (name: string, phone: string) =>
    `<section><h1>${escapeHtml(name)}</h1><p>Phone: ${phone}</p></section>`;
  return page('Two people', person('Ana Souza', '+55 11 98765-4321') + person('Bruno Carvalho', '+55 21 99876-5432'));
}

/** ~5 MB of DOM: one contact, then 20,000 phone-like strings that are nobody's phone (order and tracking numbers). */
function hugePage(): string {
  const rows: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const n = String(5511900000000 + i * 7919);
    rows.push(`<p class="log">Order +${n} · tracking ${n.slice(2)}-${i} · ${'lorem ipsum dolor '.repeat(12)}</p>`);
  }
  return page(
    'Huge contact',
    `<main><h1>Carla Huge</h1><p>Phone: +55 11 97777-6666</p></main><div id="log">${rows.join('\n')}</div>`,
  );
}

export interface HostileServer {
  origin: string;
  hugeBytes: number;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  const huge = hugePage();
  const pages: Record<string, string> = { '/contact': contactPage(), '/list': listPage(), '/huge': huge };
  const server: Server = createServer((request, response) => {
    const body = pages[request.url ?? ''];
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    hugeBytes: Buffer.byteLength(huge),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The built extension with the optional "scripting" permission already granted, as it is once the agent accepted the
 * options page's prompt for a new CRM site (headless Chromium cannot answer that prompt). Everything else, including
 * how the site gets its content script (registerSiteScripts), is the product's own path.
 */
export function extensionWithScripting(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qbm-e2e-ext-'));
  cpSync(DIST, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.permissions = [...manifest.permissions, 'scripting'];
  manifest.optional_permissions = (manifest.optional_permissions ?? []).filter((p: string) => p !== 'scripting');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}
