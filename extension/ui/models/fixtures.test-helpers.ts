/**
 * Test data for the panel's models and components: a CRM page read, templates, IndexedDB records and a fake
 * BackgroundApi that records what the panel asked and lets a test push page reads.
 */
import { vi } from 'vitest';
import type { ConsentEvent } from '../../../shared/consent/events.ts';
import type { PageContact, PageRead } from '../../../shared/contracts/protocol.ts';
import { DEFAULT_POLICY_SETTINGS, type PolicySettings } from '../../../shared/policy/settings.ts';
import type { Template } from '../../../shared/templates/model.ts';
import { HOUR } from '../../../shared/time/clock.ts';
import { AppDB } from '../../db/app-db.ts';
import type { ContactRecord } from '../../db/records.ts';
import type { BackgroundApi } from '../background-api.ts';

export const MARINA = '+5511987654321';
export const JOAO = '+5521998765432';

/** Quiet hours off, so a test's verdict does not depend on the hour it runs at. */
export const SETTINGS: PolicySettings = { ...DEFAULT_POLICY_SETTINGS, quietHours: null };

export function freshDb(): AppDB {
  return new AppDB(`t-${crypto.randomUUID()}`);
}

export function pageContact(overrides: Partial<PageContact> = {}): PageContact {
  return {
    adapter: 'demo',
    url: 'http://127.0.0.1:7717/demo/contacts/1002',
    recordId: '1002',
    name: 'Marina Costa',
    phones: [{ raw: '+55 11 98765-4321', e164: MARINA, label: 'Mobile' }],
    language: 'en-US',
    fields: { last_order_id: 'BR-10234', order_status: 'shipped' },
    ...overrides,
  };
}

export function contactRecord(key: string, overrides: Partial<ContactRecord> = {}): ContactRecord {
  return {
    key,
    phone: key,
    bsuid: null,
    name: null,
    lastInboundAt: null,
    lastReferralAt: null,
    freeEntryPointStartedAt: null,
    lastOutboundAt: null,
    lastEcosystemCapAt: null,
    undeliverableAt: null,
    syncedAt: Date.now(),
    ...overrides,
  };
}

/** A contact who wrote `hoursAgo` hours ago (a window is open under 24). */
export const wroteAgo = (key: string, hoursAgo: number) =>
  contactRecord(key, { lastInboundAt: Date.now() - hoursAgo * HOUR });

export function optIn(contact: string, overrides: Partial<ConsentEvent> = {}): ConsentEvent {
  return {
    id: `c-${crypto.randomUUID()}`,
    contact,
    action: 'opt_in',
    categories: ['utility'],
    source: 'web_form',
    wording: 'Yes, Loja Azul may send me order updates on WhatsApp.',
    at: Date.UTC(2026, 2, 12, 14, 2),
    recordedBy: 'paula@lojaazul.example',
    evidence: 'https://lojaazul.example/forms/881',
    ...overrides,
  };
}

function template(
  name: string,
  category: Template['category'],
  body: string,
  format: 'named' | 'positional',
): Template {
  return {
    id: name,
    name,
    language: 'en_US',
    category,
    status: 'APPROVED',
    quality: 'GREEN',
    parameterFormat: format,
    components: [{ type: 'BODY', text: body }],
    pauses: [],
    updatedAt: 0,
  };
}

export const ORDER_UPDATE = template(
  'order_update',
  'UTILITY',
  'Hello {{first_name}}, your order {{last_order_id}} has shipped.',
  'named',
);
export const APPOINTMENT = template(
  'appointment_reminder',
  'UTILITY',
  'Hi {{first_name}}, see you on {{appointment_time}}.',
  'named',
);
export const SPRING_SALE = template(
  'spring_sale',
  'MARKETING',
  'Hi {{1}}, our spring sale starts today!',
  'positional',
);

export interface FakeApi extends BackgroundApi {
  /** Pushes a page read as the worker would after the content script read the page again. */
  push(tabId: number, read: PageRead): void;
}

export function fakeApi(read: PageRead | null, overrides: Partial<BackgroundApi> = {}): FakeApi {
  const listeners = new Set<(tabId: number, read: PageRead) => void>();
  return {
    activeTabId: vi.fn(async () => 1),
    pageRead: vi.fn(async () => read),
    onPageRead: (callback) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    send: vi.fn(async () => ({ outboxId: 'o-1' })),
    recordConsent: vi.fn(async () => ({ id: 'c-1' })),
    syncNow: vi.fn(async () => ({ ok: true })),
    pair: vi.fn(async () => ({ ok: true })),
    push: (tabId, next) => {
      for (const listener of listeners) listener(tabId, next);
    },
    ...overrides,
  };
}
