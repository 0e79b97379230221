/**
 * A read of IndexedDB that follows the worker's writes: it runs once, then again whenever the worker names one of
 * `tables` (declare every table the query reads; the reader refuses the others). The answer is tied to the deps it
 * was computed for: when they change (another contact), the hook returns undefined until the new query answers, so a
 * screen never shows one contact's data under another.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { DbReader, StoreName } from '../../db/reader.ts';
import { useDb } from './context.ts';

const RETRIES = 5;
const RETRY_MS = 300;

export function useLiveQuery<T>(
  tables: readonly StoreName[],
  query: (reader: DbReader) => Promise<T>,
  deps: readonly unknown[],
): T | undefined {
  const db = useDb();
  const key = [db, ...deps];
  const [answer, setAnswer] = useState<{ key: readonly unknown[]; value: T }>();
  // A layout effect: the read starts in the task that rendered the new contact, not after the next paint, as a plain
  // effect would (a frame, up to 16 ms, on the way from CRM click to verdict; issue 5, figure 4). It only starts an
  // asynchronous read, so it holds nothing up.
  useLayoutEffect(() => {
    let stopped = false;
    let running = false;
    let stale = false;
    let failures = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      if (running) {
        stale = true; // a write landed during the read: read again once it answers
        return;
      }
      running = true;
      try {
        do {
          stale = false;
          const value = await query(db.reader);
          if (!stopped && !stale) setAnswer({ key, value });
        } while (stale && !stopped);
      } catch (error) {
        // The console keeps the cause for support. A read can fail while the worker upgrades the database (a store
        // the page's schema does not have yet): try again a few times rather than stay on "checking…" until the
        // next write.
        console.error('IndexedDB query failed', error);
        if (!stopped && failures < RETRIES) retry = setTimeout(() => void run(), RETRY_MS * ++failures);
      } finally {
        running = false;
      }
    };
    const unwatch = db.watch((changed) => {
      if (changed.some((table) => tables.includes(table as StoreName))) void run();
    });
    void run();
    return () => {
      stopped = true;
      clearTimeout(retry);
      unwatch();
    };
  }, key);
  const current = answer && answer.key.length === key.length && answer.key.every((d, i) => Object.is(d, key[i]));
  return current ? answer.value : undefined;
}
