/**
 * The one registry of what the extension keeps in browser.storage.local: key, schema, default. Nothing else reads or
 * writes storage keys directly. Values are validated on read, so a corrupted or hand-edited entry falls back to its
 * default instead of breaking the worker.
 */
import * as v from 'valibot';
import type { Storage } from 'webextension-polyfill';
import { DEFAULT_POLICY_SETTINGS, PolicySettingsSchema } from '../../shared/policy/settings.ts';
import { browserApi } from '../messaging/browser.ts';

export const DEFAULT_COMPANION_ADDRESS = 'http://127.0.0.1:7717';

const CompanionAddress = v.pipe(
  v.string(),
  v.regex(
    /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}$/,
    'The companion runs on this computer: http://127.0.0.1:<port>.',
  ),
);

export const ITEMS = {
  companion: {
    key: 'companion.v1',
    schema: v.object({ address: CompanionAddress, token: v.nullable(v.string()) }),
    fallback: { address: DEFAULT_COMPANION_ADDRESS, token: null as string | null },
  },
  /** Origins of other CRM sites the user enabled (with their permission), e.g. "https://crm.acme.com". */
  enabledSites: {
    key: 'enabledSites.v1',
    schema: v.array(v.pipe(v.string(), v.regex(/^https?:\/\/[^/]+$/))),
    fallback: [] as string[],
  },
  genericSelectors: {
    key: 'genericSelectors.v1',
    schema: v.record(
      v.string(),
      v.object({ container: v.optional(v.string()), name: v.optional(v.string()), phone: v.optional(v.string()) }),
    ),
    fallback: {} as Record<string, { container?: string; name?: string; phone?: string }>,
  },
  policy: {
    key: 'policy.v1',
    schema: PolicySettingsSchema,
    fallback: DEFAULT_POLICY_SETTINGS,
  },
  /** Who records consent and sends, as shown in the ledger. */
  agent: {
    key: 'agent.v1',
    schema: v.pipe(v.string(), v.maxLength(200)),
    fallback: '',
  },
} as const;

export type ItemName = keyof typeof ITEMS;
export type ItemValue<N extends ItemName> = v.InferOutput<(typeof ITEMS)[N]['schema']>;

export async function getItem<N extends ItemName>(name: N): Promise<ItemValue<N>> {
  const item = ITEMS[name];
  const stored = (await browserApi().storage.local.get(item.key))[item.key];
  const parsed = v.safeParse(item.schema, stored);
  return (parsed.success ? parsed.output : item.fallback) as ItemValue<N>;
}

export async function setItem<N extends ItemName>(name: N, value: ItemValue<N>): Promise<void> {
  const item = ITEMS[name];
  const parsed = v.safeParse(item.schema, value);
  if (!parsed.success) throw new Error(parsed.issues[0]?.message ?? `Invalid value for ${name}.`);
  await browserApi().storage.local.set({ [item.key]: parsed.output });
}

/** Calls back with the new value whenever the item changes in any extension context. */
export function watchItem<N extends ItemName>(name: N, callback: (value: ItemValue<N>) => void): () => void {
  const item = ITEMS[name];
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(item.key in changes)) return;
    const parsed = v.safeParse(item.schema, changes[item.key]?.newValue);
    callback((parsed.success ? parsed.output : item.fallback) as ItemValue<N>);
  };
  const storage = browserApi().storage;
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}
