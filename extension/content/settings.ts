/**
 * The two settings the content script needs, read straight from storage with a light check: the content script runs
 * on every CRM page and keeps to its size budget, so it does not load the settings registry and its schemas.
 * Keys must match extension/storage/items.ts (a test checks they do).
 */
import type { GenericSelectors } from './adapters/adapter.ts';
import { onStorageChanged, storageGet } from './runtime.ts';

export const ENABLED_SITES_KEY = 'enabledSites.v1';
export const GENERIC_SELECTORS_KEY = 'genericSelectors.v1';

export interface ContentSettings {
  enabledHosts: string[];
  genericSelectors?: GenericSelectors;
}

/**
 * The settings, read once and kept until storage says they changed: every SPA navigation reads the page again, and a
 * storage round trip per read would sit on the path from the record's render to the verdict in the panel.
 */
export function cachedContentSettings(signal: AbortSignal): () => Promise<ContentSettings> {
  let cached: Promise<ContentSettings> | undefined;
  onStorageChanged((changes, area) => {
    if (area === 'local' && (ENABLED_SITES_KEY in changes || GENERIC_SELECTORS_KEY in changes)) cached = undefined;
  }, signal);
  return () => {
    cached ??= contentSettings();
    return cached;
  };
}

export async function contentSettings(): Promise<ContentSettings> {
  const stored = await storageGet([ENABLED_SITES_KEY, GENERIC_SELECTORS_KEY]);
  const sites = Array.isArray(stored[ENABLED_SITES_KEY]) ? (stored[ENABLED_SITES_KEY] as unknown[]) : [];
  const enabledHosts = sites
    .filter((site): site is string => typeof site === 'string')
    .flatMap((site) => {
      try {
        return [new URL(site).host];
      } catch {
        return [];
      }
    });
  const selectors = stored[GENERIC_SELECTORS_KEY] as Record<string, GenericSelectors> | undefined;
  const forHere = selectors && typeof selectors === 'object' ? selectors[location.origin] : undefined;
  return { enabledHosts, ...(forHere && typeof forHere === 'object' ? { genericSelectors: forHere } : {}) };
}
