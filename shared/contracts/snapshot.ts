/**
 * `GET /v1/snapshot`: the per-contact state a fresh extension needs, page by page, instead of replaying the whole
 * event feed (issue 5, figure 5: a million raw events cannot be written into IndexedDB in time, a hundred thousand
 * contacts can). Each entry is what the panel and the quick-send buttons read for one contact: the contact's instants,
 * its consent ledger (the proof) and its recent messages. The first page names the feed cursor to continue from;
 * events after it are applied with the same max semantics, so a contact that changes during the snapshot converges.
 */
import * as v from 'valibot';
import { MESSAGE_STATUSES } from './api.ts';

const Instant = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The companion's contact snapshot (companion/ingest/contact-feed.ts); also the data of a feed `contact` event. */
export const ContactSnapshotSchema = v.object({
  key: v.string(),
  phone: v.nullable(v.string()),
  bsuid: v.nullable(v.string()),
  name: v.nullable(v.string()),
  lastInboundAt: v.nullable(Instant),
  lastReferralAt: v.nullable(Instant),
  freeEntryPointStartedAt: v.nullable(Instant),
  lastOutboundAt: v.nullable(Instant),
  lastEcosystemCapAt: v.nullable(Instant),
  undeliverableAt: v.nullable(Instant),
});
export type ContactSnapshot = v.InferOutput<typeof ContactSnapshotSchema>;

export const SnapshotMessageSchema = v.object({
  id: v.string(),
  wamid: v.nullable(v.string()),
  status: v.picklist(MESSAGE_STATUSES),
  errorCode: v.nullable(v.number()),
  template: v.nullable(v.object({ name: v.string(), language: v.string() })),
  /** A free-form message's text (its first 200 characters), for the panel's list. */
  text: v.optional(v.string()),
  businessInitiated: v.boolean(),
  createdAt: Instant,
});
export type SnapshotMessage = v.InferOutput<typeof SnapshotMessageSchema>;

export const SnapshotEntrySchema = v.object({
  /** The contact key (E.164 phone or BSUID) the entry is about. */
  key: v.string(),
  /** Null when the companion holds consent or messages for the key but has not met the contact on WhatsApp yet. */
  contact: v.nullable(ContactSnapshotSchema),
  /** Consent events as stored; the extension validates each one and skips (never fails on) a malformed one. */
  consent: v.array(v.unknown()),
  /** Messages created since the request's `since`, newest first, at most SNAPSHOT_MESSAGES_PER_CONTACT. */
  messages: v.array(SnapshotMessageSchema),
});
export type SnapshotEntry = v.InferOutput<typeof SnapshotEntrySchema>;

export const SnapshotResponseSchema = v.object({
  contacts: v.array(SnapshotEntrySchema),
  /** Pass as `after` for the next page; null on the last page. */
  next: v.nullable(v.string()),
  /** The feed cursor at the moment this page was read: the first page's value is where the feed sync continues. */
  feedCursor: v.string(),
  /** How many contacts the companion holds (an estimate: keys with only consent events are not counted), for a
   * progress line. */
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type SnapshotResponse = v.InferOutput<typeof SnapshotResponseSchema>;

export const SNAPSHOT_MAX_PAGE = 5000;
export const SNAPSHOT_MESSAGES_PER_CONTACT = 50;
