/**
 * The demo CRM's single-page app, served as `/demo/app.js`. Like the CRMs the copilot reads (docs/crm-pages.md), it
 * navigates with history.pushState (which content scripts do not see) and renders the next record a moment later,
 * with DOM calls and textContent only. The markup is the contract of the future CRM adapter:
 * `main[data-qbm-demo-record]`, `h1[data-field=name]`, `a[data-field=phone][data-label]` with a `tel:` href, and
 * `dd[data-field][data-value]` for the fields. The "Recent activity" aside inside the record names another
 * contact's phone on purpose: an adapter must read `data-field` elements only.
 *
 * `?renderDelay=<ms>` (0–5000, default 300) on the first load sets that moment; 0 renders in the click's own task.
 *
 * Plain ES2020 in a string (no template literals inside, so nothing here is interpolated by TypeScript).
 */
export const DEMO_CRM_SCRIPT = `'use strict';
const BASE = document.documentElement.dataset.base || '';
const app = document.getElementById('app');
// How long a record takes to "arrive" after a click (a SPA's fetch). ?renderDelay=0 on the first page load turns the
// fetch into a cache hit, so the benchmark of figure 4 times the copilot, not the simulated network.
const RENDER_DELAY = (function () {
  const asked = /[?&]renderDelay=(\\d{1,4})(&|$)/.exec(location.search || '');
  return asked && Number(asked[1]) <= 5000 ? Number(asked[1]) : 300;
})();
const LANGUAGES = { 'pt-BR': 'Portuguese (Brazil)', es: 'Spanish', en: 'English' };
const ORDER_STATUS = { processing: 'Processing', shipped: 'Shipped', out_for_delivery: 'Out for delivery', delivered: 'Delivered' };
let contacts = [];

function el(tag, attrs, children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null) continue;
    if (key === 'text') node.textContent = String(value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children || []) if (child) node.append(child);
  return node;
}

const navLink = (href, text) => el('a', { href: href, 'data-nav': '', text: text });
const recordUrl = (id) => BASE + '/contacts/' + encodeURIComponent(id);
const money = (m, locale) => new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(Number(m.value));
const day = (iso) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso + 'T00:00:00Z'));
const when = (iso, zone) => new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: zone, timeZoneName: 'short' }).format(new Date(iso));

function field(label, key, value, text, extra) {
  const dd = el('dd', Object.assign({ 'data-field': key, 'data-value': value }, extra || {}));
  if (text instanceof Node) dd.append(text);
  else dd.textContent = text;
  return [el('dt', { text: label }), dd];
}

function contactFields(c) {
  const rows = [
    field('Stage', 'stage', c.stage, el('span', { class: 'badge stage-' + c.stage, text: c.stage })),
    field('Owner', 'owner', c.owner, c.owner),
    field('Email', 'email', c.email, el('a', { href: 'mailto:' + c.email, text: c.email })),
    field('Company', 'company', c.company, c.company),
    field('Language', 'language', c.language, LANGUAGES[c.language] || c.language),
    field('Time zone', 'time_zone', c.timeZone, c.timeZone + ' (now ' + new Intl.DateTimeFormat('en-US', { timeStyle: 'short', timeZone: c.timeZone }).format(new Date()) + ')'),
  ];
  if (c.bsuid) rows.push(field('WhatsApp user ID', 'whatsapp_user_id', c.bsuid, c.bsuid));
  return el('dl', { class: 'fields' }, rows.flat());
}

function customFields(c) {
  const f = c.fields;
  const rows = [];
  if (f.paymentDue) {
    rows.push(field('Payment due', 'payment_due', f.paymentDue.date, day(f.paymentDue.date)));
    rows.push(field('Invoice', 'invoice', f.paymentDue.invoice, f.paymentDue.invoice));
    rows.push(field('Amount due', 'amount_due', f.paymentDue.amount.value, money(f.paymentDue.amount, c.language), { 'data-currency': f.paymentDue.amount.currency }));
  }
  if (f.appointmentAt) rows.push(field('Appointment', 'appointment', f.appointmentAt, when(f.appointmentAt, c.timeZone)));
  if (f.cartAbandoned) {
    const cart = f.cartAbandoned;
    rows.push(field('Cart abandoned', 'cart_abandoned', cart.at, when(cart.at, c.timeZone)));
    rows.push(field('Cart items', 'cart_items', cart.items.join('; '), cart.items.join(', ')));
    rows.push(field('Cart value', 'cart_value', cart.value.value, money(cart.value, c.language), { 'data-currency': cart.value.currency }));
  }
  if (f.lastOrder) {
    const status = ORDER_STATUS[f.lastOrder.status] || f.lastOrder.status;
    rows.push(field('Last order', 'last_order', f.lastOrder.id, f.lastOrder.id + ' · ' + status, { 'data-status': f.lastOrder.status }));
  }
  if (f.backInStock) rows.push(field('Back in stock', 'back_in_stock', f.backInStock, f.backInStock));
  if (rows.length === 0) return el('p', { class: 'empty', text: 'No custom fields for this contact.' });
  return el('dl', { class: 'fields' }, rows.flat());
}

function phones(c) {
  if (c.phones.length === 0) return el('p', { class: 'empty', text: 'No phone number on file.' });
  return el('ul', { class: 'phones' }, c.phones.map((p) =>
    el('li', {}, [
      el('span', { class: 'label', text: p.label }),
      el('a', { href: 'tel:' + p.e164, 'data-field': 'phone', 'data-label': p.label, text: p.display }),
    ])));
}

/** The decoy: another contact's number, in the record's own container. */
function activity(c, index) {
  const other = contacts.slice(index + 1).concat(contacts.slice(0, index)).find((o) => o.phones.length > 0);
  const items = [];
  if (other) {
    const p = other.phones[0];
    items.push(el('li', {}, [
      el('time', { text: 'Yesterday' }),
      document.createTextNode('Call logged with '),
      el('a', { href: 'tel:' + p.e164, text: p.display }),
      document.createTextNode(' (' + other.name + ', ' + other.company + ') about a referral to ' + c.name + '.'),
    ]));
  }
  items.push(el('li', {}, [el('time', { text: '3 days ago' }), document.createTextNode('Email sent by ' + c.owner + ': follow-up.')]));
  items.push(el('li', {}, [el('time', { text: 'Last week' }), document.createTextNode('Stage changed to ' + c.stage + '.')]));
  return el('aside', { class: 'activity', 'aria-label': 'Recent activity' }, [el('h2', { text: 'Recent activity' }), el('ol', {}, items)]);
}

function recordView(id) {
  const index = contacts.findIndex((c) => c.id === id);
  const c = contacts[index];
  if (!c) return el('main', { 'data-qbm-demo-missing': id }, [el('h1', { text: 'Contact not found' }), navLink(BASE + '/', 'Back to contacts')]);
  document.title = c.name + ' · Pipeline CRM (demo)';
  const prev = contacts[(index - 1 + contacts.length) % contacts.length];
  const next = contacts[(index + 1) % contacts.length];
  const header = el('header', { class: 'record-header' }, [
    el('div', {}, [
      el('p', { class: 'crumbs' }, [navLink(BASE + '/', 'Contacts'), document.createTextNode(' / Contact')]),
      el('h1', { 'data-field': 'name', text: c.name }),
      el('p', { class: 'subtitle', text: c.company }),
    ]),
    el('nav', { class: 'pager', 'aria-label': 'Records' }, [navLink(recordUrl(prev.id), '← ' + prev.name), navLink(recordUrl(next.id), next.name + ' →')]),
  ]);
  const body = el('div', { class: 'record-body' }, [
    el('section', { class: 'card' }, [el('h2', { text: 'Contact' }), phones(c), contactFields(c)]),
    el('section', { class: 'card' }, [el('h2', { text: 'Details' }), customFields(c)]),
    activity(c, index),
  ]);
  return el('main', { 'data-qbm-demo-record': c.id }, [header, body]);
}

function listView() {
  document.title = 'Contacts · Pipeline CRM (demo)';
  const head = el('tr', {}, ['Name', 'Company', 'Phone', 'Stage', 'Owner'].map((h) => el('th', { text: h })));
  const rows = contacts.map((c) => el('tr', {}, [
    el('td', {}, [navLink(recordUrl(c.id), c.name)]),
    el('td', { text: c.company }),
    el('td', { text: c.phones[0] ? c.phones[0].display : '—' }),
    el('td', {}, [el('span', { class: 'badge stage-' + c.stage, text: c.stage })]),
    el('td', { text: c.owner }),
  ]));
  return el('main', { 'data-qbm-demo-list': '' }, [el('h1', { text: 'Contacts' }), el('table', {}, [el('thead', {}, [head]), el('tbody', {}, rows)])]);
}

function render() {
  const match = location.pathname.match(/\\/contacts\\/([^/]+)\\/?$/);
  app.replaceChildren(match ? recordView(decodeURIComponent(match[1])) : listView());
}

/** In-app navigation: pushState, a loading state, then the new view, as a SPA fetching the record would. */
function navigate(href) {
  if (href === location.pathname) return;
  history.pushState(null, '', href);
  // renderDelay=0: the record is already in memory, as in a SPA's cache: it renders in the click's own task.
  if (RENDER_DELAY === 0) return render();
  app.replaceChildren(el('p', { class: 'loading', text: 'Loading…' }));
  setTimeout(render, RENDER_DELAY);
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-nav]') : null;
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(link.getAttribute('href'));
});
window.addEventListener('popstate', render);

fetch(BASE + '/api/contacts')
  .then((response) => response.json())
  .then((data) => { contacts = data.contacts; render(); })
  .catch(() => app.replaceChildren(el('p', { class: 'loading', text: 'Could not load the contacts.' })));
`;
