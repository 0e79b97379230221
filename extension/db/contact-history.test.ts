import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applyFeedEvents } from '../background/apply-events.ts';
import { loadContactData } from '../ui/models/records.ts';
import { AppDB } from './app-db.ts';
import { withHistory } from './contact-history.ts';
import { createReader } from './reader.ts';
import type { ContactRecord, MessageRecord } from './records.ts';

const KEY = '+5511987654321';
const optIn = {
  id: 'c1',
  contact: KEY,
  action: 'opt_in' as const,
  categories: ['marketing' as const],
  source: 'web_form' as const,
  wording: 'Yes to offers on WhatsApp.',
  at: 1000,
  recordedBy: 'import',
};
const message = (id: string, status: MessageRecord['status']): MessageRecord => ({
  id,
  wamid: `wamid.${id}`,
  contact: KEY,
  status,
  errorCode: null,
  template: { name: 'order_update', language: 'pt_BR' },
  businessInitiated: true,
  createdAt: 5000,
  updatedAt: 5000,
});
const contact = (history?: ContactRecord['history']): ContactRecord => ({
  key: KEY,
  phone: KEY,
  bsuid: null,
  name: 'Ana',
  lastInboundAt: null,
  lastReferralAt: null,
  freeEntryPointStartedAt: null,
  lastOutboundAt: 5000,
  lastEcosystemCapAt: null,
  undeliverableAt: null,
  syncedAt: 1,
  ...(history ? { history } : {}),
});

let db: AppDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('a contact with the history its snapshot embedded', () => {
  it('reads as the union of that history and the tables, the table winning for the same message', () => {
    const joined = withHistory(
      contact({ consent: [optIn], messages: [message('m1', 'sent'), message('m2', 'delivered')] }),
      [{ ...optIn, id: 'c2', action: 'opt_out', at: 2000 }],
      [message('m1', 'read')],
    );
    expect(joined.consent.map((e) => e.id).sort()).toEqual(['c1', 'c2']);
    expect(joined.messages.map((m) => `${m.id}:${m.status}`).sort()).toEqual(['m1:read', 'm2:delivered']);
  });

  it('takes a later status from the feed and keeps what the snapshot knew of the message', async () => {
    db = new AppDB(`t-${crypto.randomUUID()}`);
    await db.contacts.put(contact({ consent: [optIn], messages: [message('m1', 'sent')] }));
    await applyFeedEvents(
      db,
      [
        {
          id: 'status:wamid.m1:read',
          type: 'message',
          contact: KEY,
          at: 9000,
          data: { id: 'm1', wamid: 'wamid.m1', status: 'read', errorCode: null },
        },
      ],
      9000,
    );
    const data = await loadContactData(createReader(db.name), { key: KEY, phone: KEY });
    expect(data.messages).toEqual([
      expect.objectContaining({
        id: 'm1',
        status: 'read',
        createdAt: 5000,
        businessInitiated: true,
        template: { name: 'order_update', language: 'pt_BR' },
      }),
    ]);
    expect(data.consent).toEqual([optIn]);
  });
});

describe('a first sync into an empty table', () => {
  it('writes no row for a contact the companion knows nothing about, and the same verdict inputs come out', async () => {
    const { applySnapshotPage } = await import('../background/apply-snapshot.ts');
    const { storedContactKeys } = await import('../background/stored-contact.ts');
    db = new AppDB(`t-${crypto.randomUUID()}`);
    const blank = {
      key: '+5511900000001',
      phone: '+5511900000001',
      bsuid: null,
      name: 'Nobody yet',
      lastInboundAt: null,
      lastReferralAt: null,
      freeEntryPointStartedAt: null,
      lastOutboundAt: null,
      lastEcosystemCapAt: null,
      undeliverableAt: null,
    };
    await applySnapshotPage(
      db,
      [
        { key: blank.key, contact: blank, consent: [], messages: [] },
        { key: KEY, contact: { ...blank, key: KEY, phone: KEY }, consent: [optIn], messages: [] },
      ],
      1,
      { fresh: true },
    );
    expect(await storedContactKeys(db)).toEqual([KEY]);
    const nobody = await loadContactData(createReader(db.name), { key: blank.key, phone: blank.key });
    expect(nobody).toMatchObject({ contact: undefined, consent: [], messages: [] });
    const ana = await loadContactData(createReader(db.name), { key: KEY, phone: KEY });
    expect(ana.consent).toEqual([optIn]);
  });
});
