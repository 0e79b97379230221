/**
 * HubSpot contact records (crm-pages.md, HubSpot). URL `/contacts/{portalId}/record/0-1/{recordId}` or the legacy
 * `/contacts/{portalId}/contact/{vid}` [S1][S3]. Read inside the one shown `record-page` (hidden tabs and stale
 * copies skipped [S3]); properties only from `PROPERTIES_V3` cards, never from association cards (another record's
 * fields), the activity feed or the nav [S4]. Test ids churn: verify on a real portal.
 */
import { controlText, ownText, shownAll, single, textOf } from './dom.ts';
import { defineAdapter } from './draft.ts';

const HOST = /^app(-[a-z0-9]+)?\.hubspot\.com$/;
const RECORD = /^\/contacts\/\d+\/(?:record\/0-1|contact)\/(\d+)\/?$/;
/** Phone rows by internal name or label; fax and the calculated country/area parts are not numbers to message. */
const PHONE_ROW = /phone|mobile|whatsapp|celular|telefone|tel[eé]fono|m[oó]vil/i;
const NOT_PHONE = /fax|country|area_code|extension/i;

export const hubspotAdapter = defineAdapter(
  'hubspot',
  (url) => HOST.test(url.hostname),
  (document, url, draft) => {
    const id = RECORD.exec(url.pathname)?.[1];
    if (!id) return 'not a contact record page';
    const pages = shownAll(document, '[data-test-id="record-page"]');
    const root = single(pages.length > 0 ? pages : shownAll(document, '[data-test-id="left-sidebar"]'), 'records');
    if (typeof root === 'string') return root;
    draft.recordId = id;

    // The highlight strip: name and e-mail [S4].
    const highlight = shownAll(root, '[data-test-id="record-highlight-content"]')[0];
    if (highlight) {
      const part = (key: string) =>
        textOf(highlight.querySelector(`[data-test-id="highlight-property-display-${key}"]`));
      const first = part('firstname');
      const last = part('lastname');
      draft.set('name', last && !first.endsWith(last) ? `${first} ${last}` : first);
      draft.field('email', part('email'));
    }

    // Rows: span[data-test-id={internalName}] > div[data-deferred-property-input-root] > label + value [S4].
    const inputs = shownAll(root, '[data-card-type="PROPERTIES_V3"] [data-deferred-property-input-root="true"]');
    for (const input of inputs) {
      if (input.closest('[data-card-type="ASSOCIATION_V3"]')) continue;
      const name = input.parentElement?.getAttribute('data-test-id') ?? '';
      const label = textOf([...input.children].find((child) => child.tagName === 'LABEL'));
      const value =
        [...input.querySelectorAll('[data-selenium-test]')].find(
          (element) => element.getAttribute('data-selenium-test') === `property-input-${name}`,
        ) ??
        input.querySelector('textarea[data-test-id="property-input-phone-button"]') ?? // [id13098354312]
        input.querySelector('[data-test-id="hover-content-wrapper"]'); // owner is bare text [S4]
      if (!value) continue;
      // Enum values (lifecyclestage) nest badge and caret elements: their own text first [S4].
      const text = value.tagName === 'TEXTAREA' ? controlText(value) : ownText(value) || textOf(value);
      if (name === 'hs_object_id') {
        // "Record ID", when the portal shows it, must be the record in the URL.
        if (text.replace(/\D/g, '') !== id) return 'the page shows another record than the URL';
        continue;
      }
      if ((PHONE_ROW.test(name) || PHONE_ROW.test(label)) && !NOT_PHONE.test(name) && !NOT_PHONE.test(label)) {
        draft.phone(value, text, label);
        continue;
      }
      draft.field(label, text, name);
    }
    if (!draft.core.name && draft.fields.first_name) {
      draft.set('name', [draft.fields.first_name, draft.fields.last_name].filter(Boolean).join(' '));
    }
    return undefined;
  },
);
