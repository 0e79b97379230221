/**
 * Our sandbox's demo CRM (companion/sandbox/demo-crm-script.ts), served at http://127.0.0.1:<port>/demo/… or
 * http://localhost:<port>/demo/…. Its markup is the contract: `main[data-qbm-demo-record]`, `h1[data-field=name]`,
 * `a[data-field=phone][data-label]` with a `tel:` href, `dd[data-field][data-value]`. The "Recent activity" aside
 * inside the record names another contact's phone on purpose: only `data-field` elements outside it are read.
 */

import { shownAll, single, textOf } from './dom.ts';
import { defineAdapter } from './draft.ts';
import { linkPhone } from './text.ts';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const RECORD = /^\/demo\/contacts\/([^/]+)\/?$/;

export const demoAdapter = defineAdapter(
  'demo',
  (url) => LOCAL_HOSTS.has(url.hostname) && /^\/demo(\/|$)/.test(url.pathname),
  (document, url, draft) => {
    const match = RECORD.exec(url.pathname);
    if (!match) return 'not a contact record page';
    const main = single(shownAll(document, 'main[data-qbm-demo-record]'), 'contact records');
    if (typeof main === 'string') return main;
    const id = decodeURIComponent(match[1]!);
    // The script renders the next record ~300 ms after pushState: until then the old one is on screen.
    if (main.getAttribute('data-qbm-demo-record') !== id) return 'the page shows another record than the URL';
    draft.recordId = id;
    const own = (element: Element) => !element.closest('aside');

    const names = shownAll(main, 'h1[data-field="name"]').filter(own);
    const name = single(names, 'contact names');
    if (typeof name === 'string') return name;
    draft.set('name', textOf(name));

    for (const link of shownAll(main, 'a[data-field="phone"]').filter(own)) {
      const raw = linkPhone(textOf(link), link.getAttribute('href'));
      draft.phone(link, raw, link.getAttribute('data-label'));
    }
    for (const cell of shownAll(main, 'dd[data-field]').filter(own)) {
      const key = cell.getAttribute('data-field') ?? '';
      const value = cell.getAttribute('data-value') ?? textOf(cell);
      const currency = cell.getAttribute('data-currency');
      draft.field(key, currency ? `${value} ${currency}` : value);
      const status = cell.getAttribute('data-status');
      if (key === 'last_order' && status) draft.field('order_status', status);
    }
    return undefined;
  },
);
