/**
 * The panel's clock: a signal that ticks every second while something on screen reads it, so countdowns and
 * verdicts move without re-querying IndexedDB, and nothing ticks when no component is watching.
 */
import { signal } from '@preact/signals';
import { SECOND } from '../../../shared/time/clock.ts';

let timer: ReturnType<typeof setInterval> | undefined;

export const now = signal(Date.now(), {
  watched() {
    // The value may be old (nobody watched for a while): refresh it as soon as this subscription settles.
    queueMicrotask(() => {
      now.value = Date.now();
    });
    timer = setInterval(() => {
      now.value = Date.now();
    }, SECOND);
  },
  unwatched() {
    clearInterval(timer);
    timer = undefined;
  },
});
