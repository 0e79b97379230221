/**
 * The shape of the demo CRM's people and the pieces their rows share. The rows (seed-contacts-brazil.ts,
 * -spanish-america.ts, -europe-us.ts) are written out by hand so the seed is the same on every run; times are offsets
 * from the `now` the seed is given (seed-contacts.ts turns them into dates), so reminders are always due "soon".
 * Numbers are valid for their country (checked by the tests) and live in the countries the product is sold to, plus
 * two US numbers: WhatsApp delivers no marketing templates to US users (spec §0, error 131049).
 */

export type Stage = 'Lead' | 'Qualified' | 'Proposal' | 'Negotiation' | 'Won' | 'Lost';
export type ContactLanguage = 'pt-BR' | 'es' | 'en';
export type PhoneLabel = 'Mobile' | 'Office';
export type OrderStatus = 'processing' | 'shipped' | 'out_for_delivery' | 'delivered';
export interface Money {
  /** Decimal string in major units, e.g. "149.90". */
  value: string;
  currency: string;
}

export interface CustomRow {
  /** Days from today (local) to the due date; negative = overdue. */
  paymentDue?: { inDays: number; invoice: string; amount: Money };
  /** Days from today and the local hour/minute. */
  appointment?: { inDays: number; hour: number; minute: number };
  cart?: { hoursAgo: number; items: string[]; value: Money };
  lastOrder?: { id: string; status: OrderStatus };
  backInStock?: string;
}

export interface ContactRow {
  id: string;
  name: string;
  company: string;
  email: string;
  owner: string;
  stage: Stage;
  language: ContactLanguage;
  timeZone: string;
  phones: [PhoneLabel, string][];
  /** Business-scoped user id of a username adopter whose phone WhatsApp withholds (spec §9). */
  bsuid?: string;
  custom?: CustomRow;
}

export const MARINA = 'Marina Costa';
export const JAVIER = 'Javier Ortega';
export const SAM = 'Sam Patel';
export const brl = (value: string): Money => ({ value, currency: 'BRL' });
export const mxn = (value: string): Money => ({ value, currency: 'MXN' });
export const eur = (value: string): Money => ({ value, currency: 'EUR' });
export const ars = (value: string): Money => ({ value, currency: 'ARS' });
export const cop = (value: string): Money => ({ value, currency: 'COP' });
export const usd = (value: string): Money => ({ value, currency: 'USD' });

export type Base = Pick<ContactRow, 'language' | 'timeZone'>;
export const SAO_PAULO: Base = { language: 'pt-BR', timeZone: 'America/Sao_Paulo' };
export const MEXICO: Base = { language: 'es', timeZone: 'America/Mexico_City' };
export const MADRID: Base = { language: 'es', timeZone: 'Europe/Madrid' };
export const LISBON: Base = { language: 'pt-BR', timeZone: 'Europe/Lisbon' };
export const BUENOS_AIRES: Base = { language: 'es', timeZone: 'America/Argentina/Buenos_Aires' };
export const BOGOTA: Base = { language: 'es', timeZone: 'America/Bogota' };
