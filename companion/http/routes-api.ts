/** The /v1 API the extension and automation use (docs/api.md). Every route here runs behind the guard and the token. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { validateConsentEvent } from '../../shared/consent/events.ts';
import {
  ConsentRequestSchema,
  type MessageResponse,
  PushEventsRequestSchema,
  SendMessageRequestSchema,
} from '../../shared/contracts/api.ts';
import { describeMetaError } from '../../shared/errors/meta-errors.ts';
import { localeFromTag } from '../../shared/i18n/locale.ts';
import { parseContactKey } from '../../shared/phone/identity.ts';
import type { Clock } from '../../shared/time/clock.ts';
import { consentCsv } from '../consent/export.ts';
import type { GateScope } from '../gate/policy-state.ts';
import type { SendGate } from '../gate/send-gate.ts';
import { recordConsent } from '../ingest/consent-events.ts';
import { transaction } from '../store/database.ts';
import type { Store } from '../store/store.ts';
import { badRequest, readJson } from './body.ts';
import { contactAnswer } from './contact-view.ts';
import { numberView } from './number-view.ts';

export interface ApiDeps {
  store: Store;
  clock: Clock;
  gate: SendGate;
  scope: () => GateScope;
  newId: () => string;
  refreshTemplates?: () => Promise<void>;
}

export function apiRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  const { store, clock } = deps;
  const limit = bodyLimit({
    maxSize: 256 * 1024,
    onError: (c) => c.json(badRequest('payload_too_large', 'The request body is larger than 256 KB.'), 413),
  });
  // GET and HEAD carry no body; asking for one builds a full web Request per lookup (a profile's 5 %).
  app.use((c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next)));
  const locale = (header: string | undefined) => localeFromTag(header?.split(',')[0]);

  app.get('/number', (c) => c.json(numberView(store, deps.scope(), clock.now())));

  // Mostly answered outside Hono (server/listen.ts, contact-lookup.ts); this route takes what that path hands over.
  app.get('/contacts/:ref', (c) => {
    const ref = c.req.param('ref'); /* Hono decoded it already */
    const answer = contactAnswer(store, ref, deps.scope(), clock.now(), c.req.header('accept-language'));
    return c.json(answer.body, answer.status);
  });

  app.post('/consent', async (c) => {
    const body = await readJson(c, ConsentRequestSchema);
    if (!body.ok) return c.json(body.error, 400);
    const now = clock.now();
    const event = validateConsentEvent({
      id: body.value.id ?? deps.newId(),
      contact: body.value.contact,
      action: body.value.action,
      categories: body.value.categories,
      source: body.value.source,
      wording: body.value.wording,
      at: body.value.at ?? now,
      recordedBy: body.value.agent,
      ...(body.value.evidence ? { evidence: body.value.evidence } : {}),
    });
    if (!event.ok)
      return c.json(
        badRequest('invalid_consent', 'The consent record has problems; see issues.', event.error.issues),
        400,
      );
    const created = transaction(store.db, () => {
      const identity = parseContactKey(event.value.contact);
      if (identity.ok) store.contacts.ensure(identity.value, undefined, now);
      return recordConsent(store, event.value, now);
    });
    return c.json({ id: event.value.id, created }, created ? 201 : 200);
  });

  app.get('/consent/export', (c) => {
    const format = c.req.query('format') ?? 'csv';
    if (format === 'json') return c.json({ events: [...store.consent.exportAll()] });
    if (format !== 'csv') return c.json(badRequest('invalid_format', 'Use format=csv or format=json.'), 400);
    c.header('Content-Disposition', 'attachment; filename="consent-ledger.csv"');
    return c.body(consentCsv(store.consent.exportAll()), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });

  app.get('/templates', async (c) => {
    if (c.req.query('refresh') === '1') await deps.refreshTemplates?.();
    return c.json({ templates: store.templates.list() });
  });

  app.post('/messages', async (c) => {
    const body = await readJson(c, SendMessageRequestSchema);
    if (!body.ok) return c.json(body.error, 400);
    const answer = await deps.gate.send(body.value, locale(c.req.header('accept-language')));
    if (answer.httpStatus === 503) c.header('Retry-After', String(Math.ceil(answer.retryAfterMs / 1000)));
    return c.json(answer.body, answer.httpStatus);
  });

  app.get('/messages/:id', (c) => {
    const row = store.messages.get(c.req.param('id'));
    if (!row) return c.json(badRequest('not_found', 'No message with this id.'), 404);
    const lang = locale(c.req.header('accept-language'));
    const info = row.error_code !== null ? describeMetaError(row.error_code) : undefined;
    const view: MessageResponse = {
      id: row.id,
      wamid: row.wamid,
      to: row.contact,
      kind: row.kind,
      template: row.template_name
        ? { name: row.template_name, language: row.template_language ?? '', category: row.category ?? '' }
        : null,
      status: row.status,
      error:
        info && row.error_code !== null
          ? { code: row.error_code, message: info.message[lang], messages: info.message }
          : null,
      timeline: row.wamid
        ? store.messages.timeline(row.wamid).map((s) => ({ status: s.status, at: s.at, errorCode: s.error_code }))
        : [],
      createdAt: row.created_at,
    };
    return c.json(view);
  });

  app.get('/events', (c) => {
    const after = Number(c.req.query('after') ?? '0');
    const limit = Number(c.req.query('limit') ?? '500');
    if (!Number.isSafeInteger(after) || after < 0)
      return c.json(badRequest('invalid_cursor', 'after must be a cursor from an earlier page.'), 400);
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > 5000)
      return c.json(badRequest('invalid_limit', 'limit must be 1–5000.'), 400);
    const events = store.feed.after(after, limit + 1);
    const page = events.slice(0, limit);
    return c.json({
      events: page,
      cursor: page.at(-1)?.cursor ?? (after > 0 ? String(after) : null),
      hasMore: events.length > limit,
    });
  });

  app.post('/events', async (c) => {
    const body = await readJson(c, PushEventsRequestSchema);
    if (!body.ok) return c.json(body.error, 400);
    const now = clock.now();
    const results: { id: string; accepted: boolean; error?: string }[] = [];
    for (const pushed of body.value.events) {
      if (pushed.type !== 'consent') {
        results.push({
          id: pushed.id,
          accepted: false,
          error: 'Only consent events can be pushed; sends go through POST /v1/messages.',
        });
        continue;
      }
      const event = validateConsentEvent(pushed.data);
      if (!event.ok) {
        results.push({
          id: pushed.id,
          accepted: false,
          error: event.error.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
        });
        continue;
      }
      transaction(store.db, () => recordConsent(store, event.value, now));
      results.push({ id: pushed.id, accepted: true });
    }
    return c.json({ results });
  });

  return app;
}
