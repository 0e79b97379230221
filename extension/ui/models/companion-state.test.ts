import { describe, expect, it } from 'vitest';
import type { SyncState } from '../../db/records.ts';
import { companionState, isOffline } from './companion-state.ts';

const sync = (extra: Partial<SyncState>): SyncState => ({
  key: 'feed',
  cursor: null,
  lastSyncAt: null,
  lastError: null,
  progress: null,
  ...extra,
});

describe('whether the panel is current', () => {
  it('asks for pairing when there is no token', () => {
    expect(companionState(null, sync({ lastSyncAt: 5 }))).toEqual({ kind: 'unpaired' });
  });

  it('waits for the first sync before trusting local data', () => {
    expect(companionState('t', undefined)).toEqual({ kind: 'first-sync', done: 0 });
    expect(companionState('t', sync({ progress: { done: 40, startedAt: 1 } }))).toEqual({
      kind: 'first-sync',
      done: 40,
    });
    expect(companionState('t', sync({ progress: { done: 2500, total: 100_000, startedAt: 1 } }))).toEqual({
      kind: 'first-sync',
      done: 2500,
      total: 100_000,
    });
  });

  it('reports an unreachable companion with the age of what it last synced', () => {
    const state = companionState('t', sync({ lastSyncAt: 100, lastError: 'fetch failed' }));
    expect(state).toEqual({ kind: 'unreachable', error: 'fetch failed', lastSyncAt: 100 });
    expect(isOffline(state)).toBe(true);
  });

  it('is up to date after a sync without error', () => {
    const state = companionState('t', sync({ lastSyncAt: 100 }));
    expect(state).toEqual({ kind: 'ok', lastSyncAt: 100 });
    expect(isOffline(state)).toBe(false);
  });
});
