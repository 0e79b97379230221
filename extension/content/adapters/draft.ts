/**
 * The contact an adapter is assembling, and `defineAdapter`, which turns an adapter's `collect` step into the
 * `CrmAdapter` interface: read and phoneAnchors share one code path, so anchors exist only when the read succeeds,
 * and nothing throws. All capping (500 characters, 20 phones, 50 fields) and field naming happens here.
 */
import type { PageContact, PageRead } from '../../../shared/contracts/protocol.ts';
import type { CrmAdapter, PhoneAnchor } from './adapter.ts';
import { clean, digitCount, e164Of, isMasked, isoDate, snakeKey } from './text.ts';

type Core = 'name' | 'email' | 'owner' | 'stage' | 'timeZone' | 'language';

/** Labels (snake-cased) that are core properties, not custom fields. */
const CORE: [RegExp, Core][] = [
  [/^(full_name|name|contact_name|lead_name)$/, 'name'],
  [/^(e_?mail|email_address|primary_email)$/, 'email'],
  [/(^|_)owner(_id|_name)?$/, 'owner'],
  [/^(lifecycle_?stage|stage|lead_?status|hs_lead_status|contact_stage)$/, 'stage'],
  [/^(time_?zone|hs_timezone)$/, 'timeZone'],
  [/^(preferred_language|language|hs_language)$/, 'language'],
];

/** The custom fields the suggestion reads, under the names it expects; other labels keep their snake_case. */
const CANONICAL = new Map(
  Object.entries({
    payment_due: 'payment_due',
    payment_due_date: 'payment_due',
    appointment_at: 'appointment_at',
    appointment: 'appointment_at',
    appointment_date: 'appointment_at',
    next_appointment: 'appointment_at',
    cart_abandoned_at: 'cart_abandoned_at',
    cart_abandoned: 'cart_abandoned_at',
    abandoned_cart: 'cart_abandoned_at',
    cart_value: 'cart_value',
    cart_total: 'cart_value',
    cart_items: 'cart_items',
    last_order_id: 'last_order_id',
    last_order: 'last_order_id',
    last_order_number: 'last_order_id',
    order_status: 'order_status',
    back_in_stock: 'back_in_stock',
    company: 'company',
    company_name: 'company',
    account_name: 'company',
    organization: 'company',
  }),
);

export class Draft {
  recordId?: string;
  readonly core: Partial<Record<Core, string>> = {};
  readonly phones: PageContact['phones'] = [];
  readonly fields: Record<string, string> = {};
  readonly anchors: PhoneAnchor[] = [];
  readonly masked = new Set<string>();
  private readonly seen = new Set<string>();

  /** First non-empty value wins (the header before the property list). */
  set(key: Core, value: string | null | undefined): void {
    const text = clean(value);
    if (text && !this.core[key]) this.core[key] = text;
  }

  /** Adds a shown number; masked ones, non-numbers and repeats are left out. Returns whether it was a number. */
  phone(element: Element, value: string | null | undefined, label?: string | null): boolean {
    const raw = clean(value);
    if (!raw || raw.length > 64) return false;
    if (isMasked(raw)) {
      this.masked.add(raw); // counted in fields.masked_phones so the panel can say why there is no number
      return false;
    }
    const digits = digitCount(raw);
    if (digits < 6 || digits > 20) return false;
    const tag = clean(label, 64);
    if (this.anchors.length < 40 && !this.anchors.some((anchor) => anchor.element === element)) {
      this.anchors.push(tag ? { element, raw, label: tag } : { element, raw });
    }
    const key = raw.normalize('NFKC').replace(/\D/g, '');
    if (this.seen.has(key) || this.phones.length >= 20) return true;
    this.seen.add(key);
    const e164 = e164Of(raw);
    this.phones.push({ raw, ...(e164 ? { e164 } : {}), ...(tag ? { label: tag } : {}) });
    return true;
  }

  /** A labelled value: core property, known field (by the CRM's internal name `hint` first) or custom field. */
  field(label: string, value: string | null | undefined, hint?: string | null): void {
    const text = clean(value);
    if (!text || /^[-–—]+$/.test(text)) return; // "--" is how the CRMs show an empty value
    const byHint = hint ? snakeKey(hint) : '';
    const byLabel = snakeKey(label);
    for (const key of [byHint, byLabel]) {
      const core = key ? CORE.find(([pattern]) => pattern.test(key))?.[1] : undefined;
      if (core) {
        this.set(core, text);
        return;
      }
    }
    const key = CANONICAL.get(byHint) ?? CANONICAL.get(byLabel) ?? byLabel;
    if (!key || Object.hasOwn(this.fields, key) || Object.keys(this.fields).length >= 50) return;
    this.fields[key] = key === 'payment_due' ? (isoDate(text) ?? text) : text;
  }

  result(adapter: string, url: URL): PageRead {
    if (this.masked.size > 0) this.field('masked_phones', String(this.masked.size));
    const contact: PageContact = { adapter, url: url.href.slice(0, 2048), phones: this.phones, fields: this.fields };
    if (this.recordId) contact.recordId = clean(this.recordId);
    return { ok: true, contact: Object.assign(contact, this.core) };
  }
}

/** An adapter's reading step: fills the draft, or returns why the page cannot be read safely. */
export type Collect = (document: Document, url: URL, draft: Draft) => string | undefined;

export function defineAdapter(id: string, matches: (url: URL) => boolean, collect: Collect): CrmAdapter {
  const run = (document: Document, url: URL): Draft | string => {
    const draft = new Draft();
    try {
      const problem = collect(document, url, draft);
      if (problem) return problem;
      return draft.core.name || draft.phones.length > 0 ? draft : 'no contact details found on the page';
    } catch {
      return 'the page could not be read';
    }
  };
  return {
    id,
    matches(url) {
      try {
        return matches(url);
      } catch {
        return false;
      }
    },
    read(document, url) {
      const draft = run(document, url);
      if (typeof draft !== 'string') return draft.result(id, url);
      return { ok: false, adapter: id, url: url.href.slice(0, 2048), problem: draft };
    },
    phoneAnchors(document, url) {
      const draft = run(document, url);
      return typeof draft === 'string' ? [] : draft.anchors;
    },
  };
}
