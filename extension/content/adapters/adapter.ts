/**
 * What every CRM adapter offers the content script: whether a URL is its CRM, the contact on the page (or why it
 * could not be read), and where the quick-send buttons go. Adapters only read text and attributes; they never
 * evaluate page content and never write to the page.
 */
import type { PageRead } from '../../../shared/contracts/protocol.ts';

/** Where a quick-send button goes: right after `element`, which shows the number `raw`. */
export interface PhoneAnchor {
  element: Element;
  raw: string;
  label?: string;
}

export interface CrmAdapter {
  /** 'hubspot' | 'salesforce' | 'pipedrive' | 'zoho' | 'demo' | 'generic' */
  id: string;
  /** By host and path only: whether this adapter owns the page (it may still refuse to read it). */
  matches(url: URL): boolean;
  /** Never throws: a page it cannot read safely gives `{ ok: false, problem }`. */
  read(document: Document, url: URL): PageRead;
  /** The phone elements of the visible record only; empty whenever `read` would refuse. */
  phoneAnchors(document: Document, url: URL): PhoneAnchor[];
}

/** The user's selectors for a site the generic adapter reads (options page). */
export interface GenericSelectors {
  container?: string;
  name?: string;
  phone?: string;
}
