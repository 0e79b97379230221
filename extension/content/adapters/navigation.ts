/**
 * SPA navigation seen from a content script: the page's `history.pushState` runs in another JS world and fires no
 * event here [S21], so a body MutationObserver re-checks `location.href` [S5][S6][S12] and a 1 s poll catches URL
 * changes without DOM changes [S12][S19]. CRMs render the next record after the URL changes (Zoho up to ~2.5 s
 * [S19], our demo 300 ms), so after a change `onChange` is called again while the DOM keeps changing during
 * `settleWindowMs`: at once for the first change after a quiet `settleMs` (the record's render is read in the same
 * task, so the verdict can be on screen within a frame or two), then at most every `settleMs` (50 ms) with a trailing
 * call, so a render burst is coalesced and its last state is always read. The caller re-reads each time, and the
 * adapters refuse until the DOM shows the record in the URL.
 */

export interface WatchOptions {
  pollMs?: number;
  settleMs?: number;
  settleWindowMs?: number;
}

export function watchNavigation(
  window: Window & typeof globalThis,
  signal: AbortSignal,
  onChange: (url: URL) => void,
  options: WatchOptions = {},
): void {
  if (signal.aborted) return;
  const { pollMs = 1000, settleMs = 50, settleWindowMs = 4000 } = options;
  let last = window.location.href;
  // The first record renders after the page loads too (SPAs fetch it): settle on the initial load as well, longer.
  let settleUntil = Date.now() + 2.5 * settleWindowMs;
  let pending: number | undefined;
  let lastFiredAt = Number.NEGATIVE_INFINITY;

  const fire = (throttled = true) => {
    // A read for the URL change itself (the record is rarely there yet) does not hold back the read of its render.
    if (throttled) lastFiredAt = Date.now();
    if (!signal.aborted) onChange(new URL(window.location.href));
  };
  const check = (domChanged: boolean) => {
    const href = window.location.href;
    if (href !== last) {
      last = href;
      settleUntil = Date.now() + settleWindowMs;
      // Another record: the previous one's trailing read and its throttle must not hold back this one's render.
      if (pending !== undefined) window.clearTimeout(pending);
      pending = undefined;
      lastFiredAt = Number.NEGATIVE_INFINITY;
      fire(false);
    } else if (domChanged && pending === undefined && Date.now() < settleUntil) {
      const wait = lastFiredAt + settleMs - Date.now();
      if (wait <= 0) fire();
      else
        pending = window.setTimeout(() => {
          pending = undefined;
          fire();
        }, wait);
    }
  };

  const observer = new window.MutationObserver(() => check(true));
  observer.observe(window.document.body ?? window.document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true, // React may swap the record by rewriting text nodes in place
  });
  const poll = window.setInterval(() => check(false), pollMs);
  const onHistory = () => check(false);
  window.addEventListener('popstate', onHistory, { signal });
  window.addEventListener('hashchange', onHistory, { signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      window.clearInterval(poll);
      if (pending !== undefined) window.clearTimeout(pending);
    },
    { once: true },
  );
}
