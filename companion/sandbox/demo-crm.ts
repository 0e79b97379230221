/**
 * The sandbox's demo CRM: a plain single-page app with a contact list and one page per record, for trying the
 * extension without a CRM account. Every HTML route answers the same shell (deep links work; the script renders the
 * view from the URL), the script and stylesheet are separate files, the data comes from a small JSON API, and every
 * answer carries `Content-Security-Policy: default-src 'self'` (no inline code anywhere).
 *
 * Routes live under `basePath` (default `/demo`) inside this app, so the companion mounts it at its root:
 * `companionApp.route('/', createDemoCrm({ contacts }))`.
 */
import { Hono } from 'hono';
import { DEMO_CRM_CSS, DEMO_CRM_FAVICON, demoCrmShell } from './demo-crm-page.ts';
import { DEMO_CRM_SCRIPT } from './demo-crm-script.ts';
import type { DemoContact } from './seed-contacts.ts';

export interface DemoCrmOptions {
  /** The contacts, or a function that builds them on the first request (they cost ~50 ms of start-up to build). */
  contacts: readonly DemoContact[] | (() => readonly DemoContact[]);
  /** Where the CRM lives, e.g. "/demo" (no trailing slash). */
  basePath?: string;
}

export const DEMO_CRM_CSP = "default-src 'self'";

export function createDemoCrm(options: DemoCrmOptions): Hono {
  const basePath = options.basePath ?? '/demo';
  // The base path is written into the HTML; only a plain path can be, so nothing there needs escaping.
  if (!/^(\/[A-Za-z0-9_-]+)+$/.test(basePath)) throw new Error(`createDemoCrm: invalid basePath "${basePath}"`);
  let built: { contacts: readonly DemoContact[]; byId: Map<string, DemoContact> } | undefined;
  const data = () => {
    if (!built) {
      const contacts = typeof options.contacts === 'function' ? options.contacts() : options.contacts;
      built = { contacts, byId: new Map(contacts.map((contact) => [contact.id, contact])) };
    }
    return built;
  };
  const shell = demoCrmShell(basePath);
  const app = new Hono();
  const at = (path: string) => `${basePath}${path}`;

  app.use(at('/*'), async (c, next) => {
    await next();
    c.header('Content-Security-Policy', DEMO_CRM_CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
  });

  app.get(basePath, (c) => c.redirect(at('/'), 308));
  app.get(at('/'), (c) => c.html(shell));
  app.get(at('/contacts/:id'), (c) => c.html(shell, data().byId.has(c.req.param('id') ?? '') ? 200 : 404));
  app.get(at('/app.js'), (c) => c.body(DEMO_CRM_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get(at('/app.css'), (c) => c.body(DEMO_CRM_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get(at('/favicon.svg'), (c) => c.body(DEMO_CRM_FAVICON, 200, { 'Content-Type': 'image/svg+xml' }));
  app.get(at('/api/contacts'), (c) => c.json({ contacts: data().contacts }));
  app.get(at('/api/contacts/:id'), (c) => {
    const contact = data().byId.get(c.req.param('id') ?? '');
    return contact ? c.json(contact) : c.json({ error: 'not_found' }, 404);
  });
  app.get(at('/*'), (c) => c.text('Not found', 404));
  return app;
}
