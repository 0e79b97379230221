/**
 * The demo CRM's contacts, built deterministically from the hand-written rows for a given `now`: due dates and
 * appointments are local calendar times in each contact's zone, carts were abandoned hours before `now`. The same
 * `now` always gives the same contacts.
 */
import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { HOUR } from '../../shared/time/clock.ts';
import { instantAtLocal, localDate } from './local-time.ts';
import { BRAZIL_ROWS } from './seed-contacts-brazil.ts';
import type { ContactLanguage, ContactRow, Money, OrderStatus, PhoneLabel, Stage } from './seed-contacts-data.ts';
import { EUROPE_US_ROWS } from './seed-contacts-europe-us.ts';
import { SPANISH_AMERICA_ROWS } from './seed-contacts-spanish-america.ts';

/** Every row, in id order (the CRM's list order). */
const CONTACT_ROWS = [...BRAZIL_ROWS, ...SPANISH_AMERICA_ROWS, ...EUROPE_US_ROWS].sort((a, b) =>
  a.id.localeCompare(b.id),
);

export type { ContactLanguage, Money, OrderStatus, PhoneLabel, Stage };

export interface DemoPhone {
  label: PhoneLabel;
  /** E.164, as the `tel:` link carries it. */
  e164: string;
  /** As a CRM shows it: "+55 11 98765-4321". */
  display: string;
}

export interface DemoFields {
  paymentDue?: { date: string; invoice: string; amount: Money };
  /** ISO instant. */
  appointmentAt?: string;
  cartAbandoned?: { at: string; items: string[]; value: Money };
  lastOrder?: { id: string; status: OrderStatus };
  backInStock?: string;
}

export interface DemoContact {
  id: string;
  name: string;
  company: string;
  email: string;
  owner: string;
  stage: Stage;
  language: ContactLanguage;
  /** IANA zone, e.g. "America/Sao_Paulo". */
  timeZone: string;
  phones: DemoPhone[];
  /** Only for a username adopter known by BSUID (spec §9). */
  bsuid?: string;
  fields: DemoFields;
}

/**
 * The way CRMs tend to show numbers: "+55 11 98765-4321", the country code then the national grouping; where the
 * national form adds a trunk prefix (Argentina's "0…15"), the plain international form.
 */
function displayOf(e164: string): string {
  const parsed = parsePhoneNumberWithError(e164);
  const national = parsed.formatNational().replace(/[()]/g, '');
  const sameDigits = national.replace(/\D/g, '') === parsed.nationalNumber;
  return sameDigits ? `+${parsed.countryCallingCode} ${national}` : parsed.formatInternational();
}

function phoneOf([label, e164]: [PhoneLabel, string]): DemoPhone {
  return { label, e164, display: displayOf(e164) };
}

function fieldsOf(row: ContactRow, now: number): DemoFields {
  const custom = row.custom ?? {};
  const fields: DemoFields = {};
  if (custom.paymentDue) {
    const { inDays, invoice, amount } = custom.paymentDue;
    fields.paymentDue = { date: localDate(now, row.timeZone, inDays), invoice, amount };
  }
  if (custom.appointment) {
    const { inDays, hour, minute } = custom.appointment;
    const day = localDate(now, row.timeZone, inDays);
    fields.appointmentAt = new Date(instantAtLocal(day, hour, minute, row.timeZone)).toISOString();
  }
  if (custom.cart) {
    const { hoursAgo, items, value } = custom.cart;
    fields.cartAbandoned = { at: new Date(now - hoursAgo * HOUR).toISOString(), items: [...items], value };
  }
  if (custom.lastOrder) fields.lastOrder = { ...custom.lastOrder };
  if (custom.backInStock) fields.backInStock = custom.backInStock;
  return fields;
}

export function seedContacts(now: number): DemoContact[] {
  return CONTACT_ROWS.map((row) => {
    const contact: DemoContact = {
      id: row.id,
      name: row.name,
      company: row.company,
      email: row.email,
      owner: row.owner,
      stage: row.stage,
      language: row.language,
      timeZone: row.timeZone,
      phones: row.phones.map(phoneOf),
      fields: fieldsOf(row, now),
    };
    if (row.bsuid) contact.bsuid = row.bsuid;
    return contact;
  });
}
