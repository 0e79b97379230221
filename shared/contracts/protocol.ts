/**
 * The extension's internal message protocol: content script ↔ background worker ↔ side panel.
 * One map from message name to request and response; names say the direction (`cs/…` from a content script,
 * `ui/…` from an extension page, `bg/…` from the worker). The worker's handler object must satisfy
 * `Handlers<ToBackground>`, so a new message does not compile until it is handled. Requests from content scripts run
 * in CRM pages and are validated with the schemas here before use.
 */
import * as v from 'valibot';
import type { ConsentRequest } from './api.ts';

const ShortText = v.pipe(v.string(), v.maxLength(500));

/** What a CRM adapter read from the page. Every field is text as shown; nothing here is trusted. */
export const PageContactSchema = v.object({
  adapter: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,31}$/)),
  url: v.pipe(v.string(), v.maxLength(2048)),
  recordId: v.optional(ShortText),
  name: v.optional(ShortText),
  phones: v.pipe(
    v.array(v.object({ raw: ShortText, e164: v.optional(ShortText), label: v.optional(ShortText) })),
    v.maxLength(20),
  ),
  email: v.optional(ShortText),
  owner: v.optional(ShortText),
  stage: v.optional(ShortText),
  timeZone: v.optional(ShortText),
  language: v.optional(ShortText),
  fields: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(64)), ShortText),
    v.check((r) => Object.keys(r).length <= 50),
  ),
});
export type PageContact = v.InferOutput<typeof PageContactSchema>;

export const PageReadSchema = v.union([
  v.object({ ok: v.literal(true), contact: PageContactSchema }),
  v.object({ ok: v.literal(false), adapter: v.string(), url: v.string(), problem: ShortText }),
]);
/** An adapter's answer: the contact, or why it could not read one ("could not read this contact"). */
export type PageRead = v.InferOutput<typeof PageReadSchema>;

/** The at-a-glance verdict a quick-send button shows: green may send, amber templates only, red may not. */
export type QuickVerdict = { level: 'green' | 'amber' | 'red' | 'unknown'; summary: string };

export type OutgoingMessage =
  | { to: string; text: string }
  | { to: string; template: { name: string; language: string; params: Record<string, string> } };

export type ToBackground = {
  'cs/page-read': { request: PageRead; response: { ok: true } };
  /** Each phone as shown and, when it is in international form, as E.164 (`e164Of`); verdicts are keyed by `raw`. */
  'cs/verdicts': {
    request: { phones: { raw: string; e164?: string }[] };
    response: { verdicts: Record<string, QuickVerdict> };
  };
  'cs/quick-send': { request: { phone: string }; response: { opened: boolean } };
  'ui/page-read': { request: { tabId: number }; response: PageRead | null };
  'ui/send': { request: OutgoingMessage; response: { outboxId: string } };
  'ui/record-consent': { request: Omit<ConsentRequest, 'id'>; response: { id: string } };
  'ui/sync-now': { request: Record<string, never>; response: { ok: boolean; error?: string } };
  'ui/pair': { request: { address: string; code: string }; response: { ok: boolean; error?: string } };
};

export type ToContentScript = {
  'bg/verdicts-changed': { request: { verdicts: Record<string, QuickVerdict> }; response: { ok: true } };
  'bg/reread': { request: Record<string, never>; response: { ok: true } };
};

export type ProtocolMap = Record<string, { request: unknown; response: unknown }>;
export type MessageName<M extends ProtocolMap> = keyof M & string;
export type Envelope<M extends ProtocolMap, N extends MessageName<M> = MessageName<M>> = {
  name: N;
  payload: M[N]['request'];
};

/** A handler per message; the sender is what the browser says about it (tab, frame, URL), never the payload. */
export type Handlers<M extends ProtocolMap, Sender> = {
  [N in MessageName<M>]: (payload: M[N]['request'], sender: Sender) => Promise<M[N]['response']> | M[N]['response'];
};

/** Schemas for requests that come from CRM pages (content scripts): validated before any handler sees them. */
export const contentScriptRequestSchemas = {
  'cs/page-read': PageReadSchema,
  'cs/verdicts': v.object({
    phones: v.pipe(v.array(v.object({ raw: ShortText, e164: v.optional(ShortText) })), v.maxLength(50)),
  }),
  'cs/quick-send': v.object({ phone: ShortText }),
} as const;

export const EnvelopeSchema = v.object({ name: v.pipe(v.string(), v.maxLength(64)), payload: v.unknown() });
