import { describe, expect, it, vi } from 'vitest';
import { startLiveSync } from './live-sync.ts';

describe('live sync while the panel is visible', () => {
  it('asks the worker to sync at once and then every interval, never two at a time', async () => {
    vi.useFakeTimers();
    let resolve: () => void = () => {};
    const syncNow = vi.fn(() => new Promise<{ ok: boolean }>((done) => (resolve = () => done({ ok: true }))));
    const stop = startLiveSync({ syncNow }, document, 1000);
    expect(syncNow).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000); // the first sync is still running: no second one
    expect(syncNow).toHaveBeenCalledTimes(1);
    resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(syncNow).toHaveBeenCalledTimes(2);
    stop();
    vi.useRealTimers();
  });
});
