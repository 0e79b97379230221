/**
 * Salesforce Lightning record pages (crm-pages.md, Salesforce): `/lightning/r/{Contact|Lead|Account}/{id}/view`,
 * also app-scoped `/lightning/app/{appId}/r/…` [S13]. Lightning keeps cached record views in the DOM: read only the
 * one shown `.oneContent.active` view [S14][S12]. Fields are `records-record-layout-item[field-label]` and the
 * highlights panel's `records-highlights-details-item` [S15][id5875442424]; they may sit in open shadow roots (mixed
 * shadow mode [S25][S27]), so every query walks them. Related lists, related-record cards and activity timelines
 * show other people's phones with the same components: skipped.
 */
import { deepQuerySelectorAll, hasAncestor, shownAll, single, textOf } from './dom.ts';
import { defineAdapter } from './draft.ts';
import { phoneFromHref } from './text.ts';

const HOST = /\.lightning\.force\.com$/; // also sandboxes ({d}--{sbx}.sandbox.lightning.force.com [S16])
const RECORD = /^\/lightning\/(?:app\/[^/]+\/)?r\/(Contact|Lead|Account)\/([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/view/;
/** Containers of other records' data inside a record view (guess from component names; verify on an org). */
const OTHER_RECORDS = /RELATED|^LST-|ACTIVITY|FEED|CHATTER/;
const CLICK_TO_DIAL = /^click to dial( disabled)?\s*/i; // assistive text before the number [S11][id3625652120]

const first = (root: Element, selector: string) => deepQuerySelectorAll(root, selector)[0];
const loose = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

export const salesforceAdapter = defineAdapter(
  'salesforce',
  (url) => HOST.test(url.hostname),
  (document, url, draft) => {
    const match = RECORD.exec(url.pathname);
    if (!match) return 'not a contact, lead or account record page';
    const view = single(shownAll(document, '.oneContent.active'), 'record views');
    if (typeof view === 'string') return view;
    draft.recordId = match[2];

    const names = shownAll(view, 'lightning-formatted-name', true).filter((element) =>
      hasAncestor(element, view, (ancestor) => ancestor.tagName === 'RECORDS-HIGHLIGHTS2'),
    );
    const name = textOf(names[0]);
    if (!name) return 'the record name is not readable (closed shadow roots or a new layout)';
    // The title is "Name | Contact | Salesforce" [id55584892739]: a view left over from the previous record has
    // another name than the title during navigation.
    const title = document.title.split(' | ');
    if (title.length >= 3 && !loose(name).includes(loose(title[0]!)) && !loose(title[0]!).includes(loose(name))) {
      return 'the page shows another record than the title';
    }
    draft.set('name', name);

    const items = shownAll(view, 'records-record-layout-item[field-label], records-highlights-details-item', true);
    for (const item of items) {
      if (hasAncestor(item, view, (ancestor) => OTHER_RECORDS.test(ancestor.tagName))) continue;
      const label = item.getAttribute('field-label') ?? textOf(first(item, '.slds-text-title, .test-id__field-label'));
      const value = first(
        item,
        '[data-output-element-id="output-field"], [slot="outputField"], .test-id__field-value, .fieldComponent',
      );
      if (!label || !value) continue;
      // Searched in the whole item: in native shadow mode the value is slotted into the item's shadow tree.
      const phone = first(item, 'lightning-formatted-phone, lightning-click-to-dial, a[href^="tel:"]');
      if (phone && !/fax/i.test(label)) {
        const raw =
          textOf(phone).replace(CLICK_TO_DIAL, '') ||
          phoneFromHref(first(phone, 'a[href]')?.getAttribute('href') ?? null);
        draft.phone(phone, raw, label);
        continue;
      }
      // Owner and other lookups: the link's text, without the "Change Owner" button [id52794124660].
      const lookup = first(item, 'force-owner-lookup, force-lookup');
      draft.field(label, textOf((lookup && first(lookup, 'a')) ?? value));
    }
    return undefined;
  },
);
