import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { E164 } from '../../shared/phone/phone.ts';
import { DEFAULT_POLICY_SETTINGS } from '../../shared/policy/settings.ts';
import { HOUR } from '../../shared/time/clock.ts';
import type { GateScope } from '../gate/policy-state.ts';
import { openDatabase } from '../store/database.ts';
import { createStore, type Store } from '../store/store.ts';
import { ledgerFacts } from './contact-lookup.ts';
import { contactAnswer } from './contact-view.ts';
import { type LookupReader, startLookupReader } from './lookup-reader.ts';

const NOW = Date.UTC(2026, 11, 7, 15, 0);
const REF = '+5521998765432';
const TOKEN = 'reader-test-token-0123456789abcdefghijklmno';
const scope: GateScope = {
  phoneNumberId: '106540352242922',
  portfolioId: 'portfolio-1',
  settings: { ...DEFAULT_POLICY_SETTINGS, quietHours: null },
};

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function companionData(): { store: Store; dbPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'qbm-reader-'));
  const dbPath = join(dir, 'companion.db');
  const store = createStore(openDatabase(dbPath));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanup.push(() => store.db.close());
  store.auth.addToken(TOKEN, 'extension', NOW);
  store.contacts.ensure({ phone: REF as E164 }, 'Marina', NOW);
  store.consent.append(
    {
      id: 'c1',
      contact: REF,
      action: 'opt_in',
      categories: ['marketing', 'utility'],
      source: 'web_form',
      wording: 'Yes to WhatsApp offers.',
      at: NOW - 30 * 24 * HOUR,
      recordedBy: 'import',
    },
    NOW,
  );
  return { store, dbPath };
}

function reader(dbPath: string): LookupReader {
  const started = startLookupReader(dbPath);
  cleanup.push(() => started.close());
  return started;
}

const request = (store: Store, overrides: { token?: string } = {}) => ({
  ref: REF,
  token: overrides.token ?? TOKEN,
  now: NOW,
  acceptLanguage: 'pt-BR',
  ledger: ledgerFacts(store, scope, REF, NOW),
});

describe('the lookup reader thread', () => {
  it('answers a plain lookup exactly as the main thread does, from its own connection', async () => {
    const { store, dbPath } = companionData();
    const reply = await reader(dbPath).lookup(request(store), scope);
    expect(reply?.kind).toBe('answer');
    const onMain = contactAnswer(store, REF, scope, NOW, 'pt-BR');
    expect(reply?.kind === 'answer' && JSON.parse(reply.text)).toEqual(onMain.body);
    expect(onMain.body).toMatchObject({ consent: { marketing: { status: 'opted_in' } } });
  });

  it("decides on the main thread's limit window, passed with each request", async () => {
    const { store, dbPath } = companionData();
    const thread = reader(dbPath);
    const before = await thread.lookup(request(store), scope);
    // 250 other recipients counted in the moving 24 h: a new portfolio's limit is used up for this contact.
    for (let i = 0; i < 250; i++)
      store.ledger.reserve(`m${i}`, scope.portfolioId, `+55119${String(i).padStart(8, '0')}`, NOW - HOUR);
    const after = await thread.lookup(request(store), scope);
    const marketing = (reply: typeof after) =>
      reply?.kind === 'answer'
        ? (JSON.parse(reply.text) as { verdicts: { marketing: unknown } }).verdicts.marketing
        : undefined;
    expect(marketing(before)).toMatchObject({ allowed: true });
    expect(marketing(after)).toMatchObject({ allowed: false });
    expect(after?.kind === 'answer' && JSON.parse(after.text)).toEqual(
      contactAnswer(store, REF, scope, NOW, 'pt-BR').body,
    );
  });

  it('sees a write the main thread committed just before', async () => {
    const { store, dbPath } = companionData();
    const thread = reader(dbPath);
    await thread.lookup(request(store), scope);
    store.consent.append(
      {
        id: 'c2',
        contact: REF,
        action: 'opt_out',
        categories: ['marketing'],
        source: 'agent',
        wording: 'Pare de me mandar ofertas.',
        at: NOW - HOUR,
        recordedBy: 'agent',
      },
      NOW,
    );
    const reply = await thread.lookup(request(store), scope);
    expect(reply?.kind === 'answer' && JSON.parse(reply.text).consent.marketing.status).toBe('opted_out');
  });

  it('hands back what the main thread must answer: an unknown token, a contact stored under another key', async () => {
    const { store, dbPath } = companionData();
    const thread = reader(dbPath);
    expect(await thread.lookup(request(store, { token: 'not-a-token' }), scope)).toEqual({ kind: 'main' });
    // Known first by its WhatsApp user id, then by this phone: the ledger counts it under that key.
    const other = '+5511987650000';
    store.db
      .prepare('INSERT INTO contacts (key, phone, bsuid, updated_at) VALUES (?, ?, ?, ?)')
      .run('BR.1a2b3c4d5e6f', other, 'BR.1a2b3c4d5e6f', NOW);
    expect(await thread.lookup({ ...request(store), ref: other }, scope)).toEqual({ kind: 'main' });
  });

  it('says it cannot answer once its thread is gone, so the main thread answers instead', async () => {
    const { store } = companionData();
    // A database path that cannot be opened: the thread fails as it starts.
    const failures: Error[] = [];
    const thread = startLookupReader(join(tmpdir(), 'qbm-no-such-dir', 'x', 'companion.db'), (error) =>
      failures.push(error),
    );
    cleanup.push(() => thread.close());
    const first = thread.lookup(request(store), scope);
    expect(await first).toEqual({ kind: 'main' });
    await expect.poll(() => thread.lookup(request(store), scope), { timeout: 5000 }).toBeUndefined();
    // Said once, for the daemon's log.
    expect(failures).toHaveLength(1);
  });
});
