/**
 * Keeps IndexedDB in step with the companion. A fresh extension first loads the per-contact snapshot (GET
 * /v1/snapshot: contacts, consent ledgers, a week of messages) instead of replaying the whole event feed, then pulls
 * the feed from the cursor the snapshot began at; afterwards only the feed. Each page is written with its place in one
 * transaction, so a killed worker resumes where it stopped. Then it refreshes the number's health and limit (a sample
 * per sync feeds the 7-day chart) and the templates, and records its outcome and progress for the panel.
 * One sync runs at a time per database: the alarm, the panel's refresh and a pairing can all ask at once.
 */
import { DAY } from '../../shared/time/clock.ts';
import type { AppDB } from '../db/app-db.ts';
import type { SyncState } from '../db/records.ts';
import { applyFeedEvents } from './apply-events.ts';
import { applySnapshotPage } from './apply-snapshot.ts';
import { type CompanionClient, describeCompanionError } from './companion-client.ts';
import { drainOutbox, wakeOutbox } from './outbox.ts';
import { noContactsStored } from './stored-contact.ts';

const PAGE_SIZE = 1000;
/** Contacts per snapshot page: big enough that IndexedDB's per-transaction cost vanishes, small enough to show progress. */
const SNAPSHOT_PAGE = 2500;
/**
 * Messages the snapshot brings per contact: a week, what the panel lists and more than the default frequency cap
 * counts. A longer cap is still enforced by the companion's gate, which has the last word on every send.
 */
const SNAPSHOT_HISTORY = 7 * DAY;
const SAMPLE_RETENTION = 8 * DAY;
/** One limit sample per 5 minutes is plenty for a 7-day chart, however often the panel syncs. */
const SAMPLE_EVERY = 5 * 60_000;

async function state(db: AppDB): Promise<SyncState> {
  return (
    (await db.sync.get('feed')) ?? { key: 'feed', cursor: null, lastSyncAt: null, lastError: null, progress: null }
  );
}

type SyncOutcome = { ok: boolean; error?: string };
const running = new WeakMap<AppDB, Promise<SyncOutcome>>();

export function syncOnce(db: AppDB, client: CompanionClient, now: () => number): Promise<SyncOutcome> {
  const inFlight = running.get(db);
  if (inFlight) return inFlight;
  const sync = syncNow(db, client, now).finally(() => running.delete(db));
  running.set(db, sync);
  return sync;
}

async function syncNow(db: AppDB, client: CompanionClient, now: () => number): Promise<SyncOutcome> {
  let initial = await state(db);
  if (initial.cursor === null) {
    const snapshot = await loadSnapshot(db, client, now, initial);
    if (!snapshot.ok) return snapshot;
    initial = await state(db);
  }
  let cursor = initial.cursor;
  let done = 0;
  const startedAt = now();
  for (;;) {
    const page = await client.events(cursor, PAGE_SIZE);
    if (!page.ok) return fail(db, describeCompanionError(page.error));
    await db.transaction(
      'rw',
      [db.contacts, db.contactChunks, db.consentEvents, db.messages, db.templates, db.number, db.sync],
      async () => {
        await applyFeedEvents(db, page.value.events, now());
        done += page.value.events.length;
        cursor = page.value.cursor ?? cursor;
        const current = await state(db);
        await db.sync.put({
          ...current,
          cursor,
          lastError: null,
          progress: page.value.hasMore ? { done, startedAt } : null,
        });
      },
    );
    if (!page.value.hasMore) break;
  }
  const [number, templates] = await Promise.all([
    client.number(),
    initial.lastSyncAt === null ? client.templates() : undefined,
  ]);
  if (!number.ok) return fail(db, describeCompanionError(number.error));
  const at = now();
  await db.transaction('rw', [db.number, db.numberSamples, db.templates, db.sync], async () => {
    const stored = await db.number.get('current');
    await db.number.put({ key: 'current', health: stored?.health ?? null, view: number.value, fetchedAt: at });
    const last = await db.numberSamples.orderBy('at').last();
    if (!last || at - last.at >= SAMPLE_EVERY || last.used !== number.value.messagingLimit.used) {
      await db.numberSamples.add({
        at,
        used: number.value.messagingLimit.used,
        limit: number.value.messagingLimit.limit,
      });
    }
    await db.numberSamples
      .where('at')
      .below(at - SAMPLE_RETENTION)
      .delete();
    if (templates?.ok) await db.templates.bulkPut(templates.value);
    const current = await state(db);
    await db.sync.put({ ...current, lastSyncAt: at, lastError: null, progress: null });
  });
  return { ok: true };
}

/**
 * Pages through the snapshot from where a stopped worker left it; on the last page the feed cursor takes over. The
 * next page is fetched while the current one is written: IndexedDB and the companion work side by side.
 */
async function loadSnapshot(
  db: AppDB,
  client: CompanionClient,
  now: () => number,
  from: SyncState,
): Promise<SyncOutcome> {
  const startedAt = from.snapshot?.startedAt ?? now();
  const since = startedAt - SNAPSHOT_HISTORY;
  // Nothing stored to merge with: a first load into an empty table skips reading back every contact it writes.
  const fresh = from.snapshot?.fresh ?? (await noContactsStored(db));
  let place = from.snapshot ?? null;
  let pending = client.snapshot(place?.after ?? '', SNAPSHOT_PAGE, since);
  for (;;) {
    const page = await pending;
    if (!page.ok) {
      // A companion older than the snapshot route: the feed alone gets there, only slower.
      if (page.error.kind === 'http' && page.error.status === 404) return { ok: true };
      return fail(db, describeCompanionError(page.error));
    }
    const { contacts, next, total } = page.value;
    if (next !== null) pending = client.snapshot(next, SNAPSHOT_PAGE, since);
    const feedCursor = place?.feedCursor ?? page.value.feedCursor;
    const done = (place?.done ?? 0) + contacts.length;
    await db.transaction('rw', [db.contacts, db.contactChunks, db.consentEvents, db.messages, db.sync], async () => {
      await applySnapshotPage(db, contacts, now(), { fresh });
      const current = await state(db);
      await db.sync.put(
        next === null
          ? { ...current, cursor: feedCursor, lastError: null, snapshot: null, progress: { done, total, startedAt } }
          : {
              ...current,
              // The companion answers again: the panel must stop saying it is unreachable while the load runs.
              lastError: null,
              snapshot: { after: next, feedCursor, done, total, startedAt, fresh },
              progress: { done, total, startedAt },
            },
      );
    });
    if (next === null) return { ok: true };
    place = { after: next, feedCursor, done, total, startedAt, fresh };
  }
}

async function fail(db: AppDB, error: string): Promise<{ ok: false; error: string }> {
  const current = await state(db);
  await db.sync.put({ ...current, lastError: error, progress: null });
  return { ok: false, error };
}

/**
 * A sync, then the outbox. When this sync is the first to reach the companion after it was unreachable, the queued
 * items are woken first (wakeOutbox): the companion is back, they go now.
 */
export async function syncAndDeliver(
  db: AppDB,
  client: CompanionClient,
  now: () => number,
): Promise<{ ok: boolean; error?: string }> {
  const wasUnreachable = Boolean((await db.sync.get('feed'))?.lastError);
  const result = await syncOnce(db, client, now);
  if (result.ok && wasUnreachable) await wakeOutbox(db, now());
  await drainOutbox(db, client, now);
  return result;
}
