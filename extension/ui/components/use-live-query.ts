/**
 * Dexie's liveQuery as a hook. The answer is tied to the deps it was computed for: when they change (another contact),
 * the hook returns undefined until the new query answers, so a screen never shows one contact's data under another.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [answer, setAnswer] = useState<{ deps: readonly unknown[]; value: T }>();
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setAnswer({ deps, value }),
      // A failed read leaves the screen on "checking…"; the console keeps the cause for support.
      error: (error: unknown) => console.error('IndexedDB query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  const current = answer && answer.deps.length === deps.length && answer.deps.every((d, i) => Object.is(d, deps[i]));
  return current ? answer.value : undefined;
}
