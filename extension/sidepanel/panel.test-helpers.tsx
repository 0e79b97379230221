/** Renders the whole side panel over a seeded fresh database and a fake worker API, with English messages. */
import type { ConsentEvent } from '../../shared/consent/events.ts';
import type { PageRead } from '../../shared/contracts/protocol.ts';
import type { Template } from '../../shared/templates/model.ts';
import type { ContactRecord, MessageRecord, NumberRecord, OutboxItem, SyncState } from '../db/records.ts';
import { DEFAULT_COMPANION_ADDRESS, setItem } from '../storage/items.ts';
import { renderWith } from '../ui/components/render.test-helpers.tsx';
import { fakeApi, freshDb, pageContact, SETTINGS } from '../ui/models/fixtures.test-helpers.ts';
import type { TabEvents } from '../ui/models/tab-events.ts';
import { PanelApp } from './panel-app.tsx';

export interface Seed {
  read?: PageRead | null;
  contacts?: ContactRecord[];
  consent?: ConsentEvent[];
  messages?: MessageRecord[];
  outbox?: OutboxItem[];
  templates?: Template[];
  number?: NumberRecord;
  sync?: Partial<SyncState>;
  token?: string | null;
  agent?: string;
}

const noTabEvents: TabEvents = { onTabChange: () => () => {} };

export async function renderPanel(seed: Seed = {}) {
  const db = freshDb();
  await db.contacts.bulkPut(seed.contacts ?? []);
  await db.consentEvents.bulkPut(seed.consent ?? []);
  await db.messages.bulkPut(seed.messages ?? []);
  await db.outbox.bulkPut(seed.outbox ?? []);
  await db.templates.bulkPut(seed.templates ?? []);
  if (seed.number) await db.number.put(seed.number);
  await db.sync.put({
    key: 'feed',
    cursor: 'c1',
    lastSyncAt: Date.now(),
    lastError: null,
    progress: null,
    ...seed.sync,
  });
  await setItem('policy', SETTINGS);
  await setItem('agent', seed.agent ?? 'ana@lojaazul.example');
  await setItem('companion', {
    address: DEFAULT_COMPANION_ADDRESS,
    token: seed.token === undefined ? 'token-1' : seed.token,
  });
  const api = fakeApi(seed.read === undefined ? { ok: true, contact: pageContact() } : seed.read);
  return { db, api, ...renderWith(<PanelApp tabs={noTabEvents} />, { api, db }) };
}
