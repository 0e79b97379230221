/**
 * Timers and in-flight work of the simulated platform, so `flush()` can wait until nothing is left: status webhooks
 * still to come, deliveries in progress, retries waiting. The scheduler is injected (tests run it by hand); the
 * default is setTimeout.
 */

/** Runs `fn` after `delayMs`. Tests pass a manual scheduler that runs due tasks when told to. */
export type Schedule = (fn: () => void, delayMs: number) => void;

export const realSchedule: Schedule = (fn, delayMs) => {
  setTimeout(fn, delayMs);
};

export interface PendingWork {
  /** Tracks a promise until it settles; a rejection is swallowed here (the caller handles its own errors). */
  track<T>(promise: Promise<T>): Promise<T>;
  /**
   * Runs `fn` after `delayMs`, tracked from now until the promise `fn` returns has settled. Never rejects: a failure
   * of `fn` goes to `onError`, since nobody awaits a timer.
   */
  later(delayMs: number, fn: () => Promise<unknown> | undefined): Promise<void>;
  /** Resolves once nothing is tracked, including work started while waiting. */
  idle(): Promise<void>;
  readonly size: number;
}

export function createPendingWork(schedule: Schedule, onError: (error: unknown) => void): PendingWork {
  const pending = new Set<Promise<unknown>>();

  function track<T>(promise: Promise<T>): Promise<T> {
    const settled = promise.then(
      () => undefined,
      () => undefined,
    );
    pending.add(settled);
    void settled.then(() => pending.delete(settled));
    return promise;
  }

  function later(delayMs: number, fn: () => Promise<unknown> | undefined): Promise<void> {
    return track(
      new Promise<void>((resolve) => {
        schedule(() => {
          const done = (error?: unknown) => {
            if (error !== undefined) onError(error);
            resolve();
          };
          try {
            Promise.resolve(fn()).then(
              () => done(),
              (error: unknown) => done(error ?? 'rejected'),
            );
          } catch (error) {
            done(error ?? 'thrown');
          }
        }, delayMs);
      }),
    );
  }

  async function idle(): Promise<void> {
    while (pending.size > 0) await Promise.all([...pending]);
  }

  return {
    track,
    later,
    idle,
    get size() {
      return pending.size;
    },
  };
}
