/**
 * The worker tells the pages which tables it wrote: Dexie announces every committed write through its public
 * 'storagemutated' event, and this re-posts the table names on the BroadcastChannel the pages listen to (they read
 * without Dexie, so they cannot hear Dexie's own propagation).
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { DB_CHANGES_CHANNEL, type DbChange } from '../db/changes.ts';

/** The tables of database `dbName` among Dexie's mutated parts (`idb://<db>/<table>/<index>`). */
export function changedTables(parts: ObservabilitySet, dbName: string): string[] {
  const prefix = `idb://${dbName}/`;
  const tables = new Set<string>();
  for (const part of Object.keys(parts)) {
    if (part.startsWith(prefix)) tables.add(part.slice(prefix.length).split('/')[0] ?? '');
  }
  tables.delete('');
  return [...tables];
}

/** Starts re-posting the writes to database `dbName`; returns the stop. */
export function broadcastDbChanges(
  dbName: string,
  channel: Pick<BroadcastChannel, 'postMessage' | 'close'> = new BroadcastChannel(DB_CHANGES_CHANNEL),
): () => void {
  const listener = (parts: ObservabilitySet) => {
    const tables = changedTables(parts, dbName);
    if (tables.length > 0) channel.postMessage({ db: dbName, tables } satisfies DbChange);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    Dexie.on.storagemutated.unsubscribe(listener);
    channel.close();
  };
}
