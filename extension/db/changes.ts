/**
 * How the extension's pages learn that the worker wrote IndexedDB: the worker (the only writer, through Dexie)
 * posts the names of the tables a committed write touched on this BroadcastChannel; a page re-runs the reads that
 * touch one of them. Dependency-free so the pages do not load Dexie.
 */

export const DB_NAME = 'qbm-copilot';
export const DB_CHANGES_CHANNEL = 'qbm-copilot:db-changes';

/** One committed write (or a batch of them) of database `db`. */
export interface DbChange {
  db: string;
  tables: string[];
}

export type ChangeListener = (tables: readonly string[]) => void;

function isChange(data: unknown): data is DbChange {
  const change = data as DbChange | null;
  return typeof change?.db === 'string' && Array.isArray(change.tables);
}

/** Calls `listener` with the tables of every change to database `dbName`; returns the unsubscribe. */
export function watchDbChanges(dbName: string, listener: ChangeListener): () => void {
  const channel = new BroadcastChannel(DB_CHANGES_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isChange(event.data) && event.data.db === dbName) listener(event.data.tables);
  };
  return () => channel.close();
}
