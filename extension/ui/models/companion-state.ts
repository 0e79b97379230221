/**
 * Whether what the panel shows is current: the worker syncs IndexedDB from the companion's event feed and records
 * its progress and last error in `sync`. Without a token there is nothing to sync from until the agent pairs.
 */
import type { SyncState } from '../../db/records.ts';

export type CompanionState =
  | { kind: 'unpaired' }
  /** Paired, but the first sync has not finished: nothing local can be trusted yet. */
  | { kind: 'first-sync'; done: number; total?: number }
  | { kind: 'unreachable'; error: string; lastSyncAt: number | null }
  | { kind: 'syncing'; done: number; lastSyncAt: number }
  | { kind: 'ok'; lastSyncAt: number };

export function companionState(token: string | null, sync: SyncState | undefined): CompanionState {
  if (!token) return { kind: 'unpaired' };
  const lastSyncAt = sync?.lastSyncAt ?? null;
  if (sync?.lastError) return { kind: 'unreachable', error: sync.lastError, lastSyncAt };
  if (lastSyncAt === null) {
    const total = sync?.progress?.total;
    return { kind: 'first-sync', done: sync?.progress?.done ?? 0, ...(total !== undefined ? { total } : {}) };
  }
  if (sync?.progress) return { kind: 'syncing', done: sync.progress.done, lastSyncAt };
  return { kind: 'ok', lastSyncAt };
}

/** The panel can still act (queue sends, record consent) but what it shows may be old. */
export function isOffline(state: CompanionState): boolean {
  return state.kind === 'unpaired' || state.kind === 'unreachable';
}
