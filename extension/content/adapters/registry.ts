/**
 * Which adapter reads a page: the specific CRMs first (they own their whole host, so the generic adapter never
 * reads a CRM's list pages), then our demo CRM, then the generic adapter, only on hosts the user enabled.
 */
import type { PageRead } from '../../../shared/contracts/protocol.ts';
import type { CrmAdapter, GenericSelectors } from './adapter.ts';
import { demoAdapter } from './demo.ts';
import { genericAdapter } from './generic.ts';
import { hubspotAdapter } from './hubspot.ts';
import { pipedriveAdapter } from './pipedrive.ts';
import { salesforceAdapter } from './salesforce.ts';
import { zohoAdapter } from './zoho.ts';

export interface PickOptions {
  /** Hosts the user enabled for the generic adapter: "crm.example.com", "localhost:8080" or "*.example.com". */
  enabledHosts: string[];
  genericSelectors?: GenericSelectors;
}

const plainGeneric = genericAdapter();

export const ADAPTERS: readonly CrmAdapter[] = [
  hubspotAdapter,
  salesforceAdapter,
  pipedriveAdapter,
  zohoAdapter,
  demoAdapter,
  plainGeneric,
];

export function isHostEnabled(url: URL, enabledHosts: readonly string[]): boolean {
  return enabledHosts.some((entry) => {
    const host = entry.trim().toLowerCase();
    if (!host) return false;
    if (host.startsWith('*.')) return url.hostname.endsWith(host.slice(1));
    return host === url.hostname || host === url.host;
  });
}

export function pickAdapter(url: URL, options: PickOptions): CrmAdapter | undefined {
  const specific = ADAPTERS.find((adapter) => adapter !== plainGeneric && adapter.matches(url));
  if (specific) return specific;
  if (!plainGeneric.matches(url) || !isHostEnabled(url, options.enabledHosts)) return undefined;
  return options.genericSelectors ? genericAdapter(options.genericSelectors) : plainGeneric;
}

export function readPage(document: Document, url: URL, options: PickOptions): PageRead {
  const adapter = pickAdapter(url, options);
  if (adapter) return adapter.read(document, url);
  return { ok: false, adapter: 'none', url: url.href.slice(0, 2048), problem: 'not a supported CRM page' };
}
