/**
 * Any site the user enabled (options page): `tel:`-like links, values next to a phone label (Phone, Mobile,
 * WhatsApp, Telefone, Celular, Teléfono, Móvil…) and the user's selectors. It knows nothing about the page, so it
 * refuses whenever the page may hold several people: several headings or names, or the same kind of number in
 * several rows (a list or a table of contacts). Asides, navs and footers ("recent contacts") are never read.
 */
import type { CrmAdapter, GenericSelectors } from './adapter.ts';
import { controlText, isShown, shownAll, single, textOf } from './dom.ts';
import { defineAdapter } from './draft.ts';
import { clean, linkPhone, snakeKey } from './text.ts';

const PHONE_WORDS = new Set(['phone', 'mobile', 'whatsapp', 'telefone', 'celular', 'telefono', 'movil', 'cell', 'tel']);
const LABEL_WORDS = new Set([...PHONE_WORDS, 'number', 'numero', 'no', 'de', 'do', 'work', 'home', 'main', 'primary']);
const CALL_LINKS =
  'a[href^="tel:"], a[href^="callto:"], a[href^="https://wa.me/"], a[href^="https://api.whatsapp.com/"]';
const OUTSIDE = 'aside, nav, footer, [role="complementary"], [role="navigation"]';
const ROW = 'tr, li, article, [role="row"], [role="listitem"]';
const LABELS = 'dt, th, label, strong, b, span, div, p, td, li';

/** "Mobile phone:" → true; "Phone: +55 11 …" → false (that is a label and its value). */
function isPhoneLabel(text: string): boolean {
  const words = snakeKey(text).split('_');
  return words.length <= 4 && words.some((word) => PHONE_WORDS.has(word)) && words.every((w) => LABEL_WORDS.has(w));
}

interface Found {
  element: Element;
  raw: string | undefined;
  label: string;
}

/**
 * Values beside phone labels: dt→dd, th→td, label[for]→control, label→next sibling, or "Phone: …" in one node.
 * 'list' when a phone column header labels a table of people. Cheap text tests run before the costlier isShown.
 */
function labelled(root: Element): Found[] | 'list' {
  const found: Found[] = [];
  for (const element of root.querySelectorAll(LABELS)) {
    if (element.childElementCount > 1 || (element.textContent?.length ?? 99) > 60) continue;
    const text = clean(element.textContent);
    const inline = element.childElementCount === 0 ? /^([^:]{2,30}):\s*(.+)$/.exec(text) : null;
    const label = inline && isPhoneLabel(inline[1]!) ? inline[1]! : isPhoneLabel(text) ? text.replace(/:$/, '') : '';
    if (!label || !isShown(element, root)) continue;
    if (inline && label === inline[1]) {
      found.push({ element, raw: inline[2], label });
      continue;
    }
    if (element.tagName === 'TH' && (element.parentElement?.querySelectorAll('th').length ?? 0) > 1) return 'list';
    const forId = element.getAttribute('for');
    const target = (forId && root.ownerDocument.getElementById(forId)) || element.nextElementSibling;
    if (target) found.push({ element: target, raw: controlText(target), label });
  }
  return found;
}

export function genericAdapter(selectors: GenericSelectors = {}): CrmAdapter {
  return defineAdapter(
    'generic',
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    (document, _url, draft) => {
      const container = selectors.container
        ? single(shownAll(document, selectors.container), 'containers')
        : document.body;
      if (typeof container === 'string') return container;
      const mine = (element: Element) => {
        const outside = element.closest(OUTSIDE);
        return !(outside && outside !== container && container.contains(outside)) && isShown(element, container);
      };

      const names = shownAll(container, selectors.name ?? 'h1').filter(mine);
      if (names.length > 1) return 'several names are visible: a list, not one contact';
      draft.set('name', textOf(names[0]));

      let found: Found[];
      if (selectors.phone) {
        found = shownAll(container, selectors.phone)
          .filter(mine)
          .map((element) => ({
            element,
            raw: linkPhone(textOf(element), element.getAttribute('href')),
            label: '',
          }));
      } else {
        const labels = labelled(container);
        if (labels === 'list') return 'a list of contacts, not one contact';
        found = labels.filter((entry) => mine(entry.element));
        for (const link of shownAll(container, CALL_LINKS).filter(mine)) {
          if (found.some((entry) => entry.element.contains(link))) continue;
          found.push({ element: link, raw: linkPhone(textOf(link), link.getAttribute('href')), label: '' });
        }
      }
      // The same kind of number in two rows: a table or list of people.
      const rowsByLabel = new Map<string, Element>();
      for (const entry of found) {
        const row = entry.element.closest(ROW);
        const key = entry.label.toLowerCase();
        if (row && rowsByLabel.has(key) && rowsByLabel.get(key) !== row) return 'a list of contacts, not one contact';
        if (row) rowsByLabel.set(key, row);
      }
      for (const entry of found) draft.phone(entry.element, entry.raw, entry.label);
      if (draft.phones.length === 0) return 'no phone number found on this page';

      const mails = new Set(
        shownAll(container, 'a[href^="mailto:"]')
          .filter(mine)
          .map((mail) => clean(mail.getAttribute('href')?.slice(7).split('?')[0])),
      );
      if (mails.size === 1) draft.set('email', [...mails][0]);
      for (const term of shownAll(container, 'dt').filter(mine)) {
        const value = term.nextElementSibling;
        if (value?.tagName === 'DD' && !isPhoneLabel(textOf(term))) draft.field(textOf(term), textOf(value));
      }
      return undefined;
    },
  );
}
