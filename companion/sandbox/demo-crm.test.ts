import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createDemoCrm } from './demo-crm.ts';
import { DEMO_CRM_SCRIPT } from './demo-crm-script.ts';
import { type FakeElement, html, runDemoScript } from './fake-dom.test-helpers.ts';
import { seedContacts } from './seed-contacts.ts';

const contacts = seedContacts(Date.UTC(2026, 2, 10, 14, 0));
// Mounted the way the companion mounts it: at the root of its own app.
const companion = new Hono().route('/', createDemoCrm({ contacts }));

describe('demo CRM server', () => {
  it('serves the app shell at /demo/ with the CSP header and no inline code', async () => {
    const response = await companion.request('/demo/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    const page = await response.text();
    expect(page).toContain('<script type="module" src="/demo/app.js"></script>');
    expect(page).toContain('<link rel="stylesheet" href="/demo/app.css">');
    expect(page).not.toMatch(/<script>|<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i);
  });

  it('answers a deep link to a record with the same app, and 404 for an unknown record', async () => {
    const shell = await (await companion.request('/demo/')).text();
    const deep = await companion.request('/demo/contacts/1001');
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(shell);
    const missing = await companion.request('/demo/contacts/9999');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe("default-src 'self'");
  });

  it('serves the script, stylesheet and data as their own files, under the same CSP', async () => {
    const script = await companion.request('/demo/app.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(script.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect((await companion.request('/demo/app.css')).headers.get('content-type')).toContain('text/css');
    const data = await (await companion.request('/demo/api/contacts')).json();
    expect(data.contacts).toHaveLength(contacts.length);
    expect((await companion.request('/demo/api/contacts/1001')).status).toBe(200);
  });

  it('redirects /demo to /demo/ and leaves other paths to the companion', async () => {
    expect((await companion.request('/demo')).headers.get('location')).toBe('/demo/');
    expect((await companion.request('/elsewhere')).status).toBe(404);
  });
});

describe('demo CRM single-page app (run in a fake DOM)', () => {
  const start = async (path: string) => {
    const page = runDemoScript(DEMO_CRM_SCRIPT, { path, base: '/demo', data: { contacts } });
    await page.settle();
    return page;
  };
  const record = (page: { app: FakeElement }) =>
    page.app.findAll((e) => e.tagName === 'main')[0]?.getAttribute('data-qbm-demo-record');

  it('renders a deep-linked record with the adapter markup', async () => {
    const page = await start('/demo/contacts/1001');
    const markup = html(page.app);
    expect(record(page)).toBe('1001');
    expect(markup).toContain('<h1 data-field="name">Ana Souza</h1>');
    expect(markup).toContain(
      '<a href="tel:+5511987654321" data-field="phone" data-label="Mobile">+55 11 98765-4321</a>',
    );
    expect(markup).toContain('<a href="tel:+551131234567" data-field="phone" data-label="Office">+55 11 3123-4567</a>');
    expect(markup).toContain(
      '<dt>Payment due</dt><dd data-field="payment_due" data-value="2026-03-12">Mar 12, 2026</dd>',
    );
    for (const key of ['stage', 'owner', 'email', 'company', 'language', 'time_zone', 'last_order']) {
      expect(markup).toContain(`data-field="${key}"`);
    }
  });

  it('mentions another contact’s phone in Recent activity, outside any data-field', async () => {
    const page = await start('/demo/contacts/1001');
    const aside = page.app.findAll((e) => e.tagName === 'aside')[0];
    const decoys = aside?.findAll((e) => e.getAttribute('href')?.startsWith('tel:') ?? false) ?? [];
    expect(decoys.map((a) => a.getAttribute('href'))).toEqual(['tel:+5521998765432']);
    expect(decoys[0]?.getAttribute('data-field')).toBeNull();
    const own = page.app.findAll((e) => e.getAttribute('data-field') === 'phone').map((a) => a.getAttribute('href'));
    expect(own).toEqual(['tel:+5511987654321', 'tel:+551131234567']);
  });

  it('navigates between records with pushState and renders the next one a moment later', async () => {
    const page = await start('/demo/');
    expect(page.app.findAll((e) => e.tagName === 'tr')).toHaveLength(contacts.length + 1);
    const link = page.app.findAll((e) => e.getAttribute('href') === '/demo/contacts/1015')[0];
    expect(link && page.click(link)).toBe(true);
    expect(page.pushed).toEqual(['/demo/contacts/1015']);
    expect(record(page)).toBeUndefined(); // still loading
    page.runTimers();
    expect(record(page)).toBe('1015');
    expect(page.document.title).toContain('María José Hernández');
    page.back('/demo/contacts/1001');
    expect(record(page)).toBe('1001');
  });

  it('shows the BSUID-only contact without phone links, and a missing record as not found', async () => {
    const bsuid = await start('/demo/contacts/1012');
    expect(bsuid.app.findAll((e) => e.getAttribute('data-field') === 'phone')).toEqual([]);
    expect(html(bsuid.app)).toContain('data-field="whatsapp_user_id" data-value="BR.1349120865530274191"');
    const missing = await start('/demo/contacts/nope');
    expect(html(missing.app)).toContain('Contact not found');
  });
});
