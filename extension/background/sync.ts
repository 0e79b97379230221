/**
 * Keeps IndexedDB in step with the companion: pulls the event feed from the stored cursor (page by page, cursor saved
 * with each page in one transaction so a killed worker resumes where it stopped), refreshes the number's health and
 * limit (a sample per sync feeds the 7-day chart) and the templates. Records its outcome for the panel's
 * "as of 5 min ago" and "companion not reachable" lines.
 */
import { DAY } from '../../shared/time/clock.ts';
import type { AppDB } from '../db/app-db.ts';
import type { SyncState } from '../db/records.ts';
import { applyFeedEvents } from './apply-events.ts';
import { type CompanionClient, describeCompanionError } from './companion-client.ts';
import { drainOutbox, wakeOutbox } from './outbox.ts';

const PAGE_SIZE = 1000;
const SAMPLE_RETENTION = 8 * DAY;
/** One limit sample per 5 minutes is plenty for a 7-day chart, however often the panel syncs. */
const SAMPLE_EVERY = 5 * 60_000;

async function state(db: AppDB): Promise<SyncState> {
  return (
    (await db.sync.get('feed')) ?? { key: 'feed', cursor: null, lastSyncAt: null, lastError: null, progress: null }
  );
}

export async function syncOnce(
  db: AppDB,
  client: CompanionClient,
  now: () => number,
): Promise<{ ok: boolean; error?: string }> {
  const initial = await state(db);
  let cursor = initial.cursor;
  let done = 0;
  const startedAt = now();
  for (;;) {
    const page = await client.events(cursor, PAGE_SIZE);
    if (!page.ok) return fail(db, describeCompanionError(page.error));
    await db.transaction(
      'rw',
      [db.contacts, db.consentEvents, db.messages, db.templates, db.number, db.sync],
      async () => {
        await applyFeedEvents(db, page.value.events, now());
        done += page.value.events.length;
        cursor = page.value.cursor ?? cursor;
        const current = await state(db);
        await db.sync.put({ ...current, cursor, progress: page.value.hasMore ? { done, startedAt } : null });
      },
    );
    if (!page.value.hasMore) break;
  }
  const [number, templates] = await Promise.all([
    client.number(),
    initial.cursor === null ? client.templates() : undefined,
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
