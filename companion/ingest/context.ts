/** What every webhook handler gets: the store (inside the ingest transaction), the instant and the number it serves. */
import type { Store } from '../store/store.ts';

export interface IngestContext {
  store: Store;
  /** When the companion received the body (epoch ms). */
  now: number;
  /** When Meta says the change happened (`entry[].time`), falling back to `now`. */
  at: number;
  phoneNumberId: string;
}

export interface IngestCounts {
  applied: number;
  duplicates: number;
  ignored: number;
}

export function emptyCounts(): IngestCounts {
  return { applied: 0, duplicates: 0, ignored: 0 };
}
