/**
 * Zoho CRM detail pages `crm.zoho.{tld}/crm/org{orgId}/tab/{Contacts|Leads}/{recordId}` (also the short
 * `/crm/tab/…` and crmsandbox hosts) [S30][S10]. Fields are `[id^="mouseArea__"]` rows with a `[id^="labelTD_"]`
 * label [S19]; only shown rows are read, and the same row twice means two records on screen. The record id sits in
 * the delete action's `data-params` and on `zpb-phone[recordid]` [S10][id54562986770]: both must match the URL,
 * because Zoho's router may leave the previous record on screen after a URL change [S19].
 * Masked numbers ("+55 11 9****-4321") are left out of `phones` (no number can be sent to them, and an unmasked
 * `number` attribute is not read either: the admin hid it from this user) and counted in `fields.masked_phones`.
 */
import { shownAll, textOf } from './dom.ts';
import { defineAdapter } from './draft.ts';
import { phoneFromHref } from './text.ts';

const RECORD = /^\/crm\/(?:org\d+\/)?tab\/(Contacts|Leads)\/(\d+)\/?$/;
const PHONE = 'zpb-phone, span.cxPhoneViewValue, a.cxPhoneSkypeCall';
const VALUE = 'lyte-text[lt-prop-value], crm-rl-share-email[email], a.cxEmailViewLink, .cxElemCompViewValue';

/** "Module/id" from the delete action's JSON `data-params` (parsed as data, never evaluated). */
function recordOf(params: string | null): string | undefined {
  try {
    const parsed: unknown = JSON.parse(params ?? '');
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { module, id } = parsed as { module?: unknown; id?: unknown };
    return `${String(module)}/${String(id)}`;
  } catch {
    return undefined;
  }
}

export const zohoAdapter = defineAdapter(
  'zoho',
  (url) => /^crm(sandbox)?\.zoho\.[a-z.]+$/.test(url.hostname),
  (document, url, draft) => {
    const match = RECORD.exec(url.pathname);
    if (!match) return 'not a contact or lead page';
    const id = match[2]!;
    for (const action of shownAll(document, 'a[data-zcqa="dvdeleteEntity"][data-params]')) {
      const shown = recordOf(action.getAttribute('data-params'));
      if (shown !== undefined && shown !== `${match[1]}/${id}`) return 'the page shows another record than the URL';
    }
    const rows = shownAll(document, '[id^="mouseArea__"]');
    if (new Set(rows.map((row) => row.id)).size !== rows.length) return 'several records are visible';
    if (rows.length === 0) return 'no visible record';
    draft.recordId = id;
    draft.set('name', textOf(shownAll(document, 'span.cxElemCompViewWrap')[0])); // the first is the name [S19]

    for (const row of rows) {
      const apiName = row.id.slice('mouseArea__'.length);
      const label = textOf(row.querySelector('[id^="labelTD_"]')) || apiName.replace(/_/g, ' ');
      const phone = row.querySelector(PHONE);
      if (phone) {
        const recordId = phone.getAttribute('recordid');
        if (recordId && recordId !== id) return 'the page shows another record than the URL';
        const raw = textOf(phone) || phoneFromHref(phone.getAttribute('href'));
        draft.phone(phone, raw, label);
        continue;
      }
      const value = row.querySelector(VALUE);
      draft.field(
        label,
        value?.getAttribute('lt-prop-value') ?? value?.getAttribute('email') ?? textOf(value),
        apiName,
      );
    }
    return undefined;
  },
);
