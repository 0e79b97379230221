/**
 * While the panel is visible, it asks the worker to sync every few seconds, so a delivery or a customer's reply shows
 * up within seconds (the worker's own alarm runs once a minute). One sync at a time; nothing runs while hidden.
 */
import type { BackgroundApi } from '../background-api.ts';

export const LIVE_SYNC_MS = 2000;

export function startLiveSync(
  api: Pick<BackgroundApi, 'syncNow'>,
  doc: Document,
  intervalMs = LIVE_SYNC_MS,
): () => void {
  let running = false;
  const tick = async () => {
    if (running || doc.visibilityState === 'hidden') return;
    running = true;
    try {
      await api.syncNow();
    } catch {
      // The worker may be restarting; the next tick asks again.
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  void tick();
  return () => clearInterval(timer);
}
