/**
 * GET /v1/snapshot?after=<key>&limit=<n>&since=<ms>: a page of per-contact state for a fresh extension (docs/api.md).
 * The feed cursor is read in the same synchronous turn as the page, so nothing committed after it is missing from
 * the feed that follows, and nothing before it is missing from the snapshot.
 */
import { Hono } from 'hono';
import { SNAPSHOT_MAX_PAGE, type SnapshotResponse } from '../../shared/contracts/snapshot.ts';
import { type Clock, DAY } from '../../shared/time/clock.ts';
import type { Store } from '../store/store.ts';
import { badRequest } from './body.ts';

/** Without `since`, a week of messages: what the panel lists, and more than the default frequency cap looks at. */
const DEFAULT_HISTORY = 7 * DAY;

export function snapshotRoutes(deps: { store: Store; clock: Clock }): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    const after = c.req.query('after') ?? '';
    const limit = Number(c.req.query('limit') ?? '1000');
    const sinceParam = c.req.query('since');
    const since = sinceParam === undefined ? deps.clock.now() - DEFAULT_HISTORY : Number(sinceParam);
    if (after.length > 300)
      return c.json(badRequest('invalid_cursor', 'after must be a key from an earlier page.'), 400);
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > SNAPSHOT_MAX_PAGE)
      return c.json(badRequest('invalid_limit', `limit must be 1–${SNAPSHOT_MAX_PAGE}.`), 400);
    if (!Number.isSafeInteger(since) || since < 0)
      return c.json(badRequest('invalid_since', 'since must be an instant in epoch milliseconds.'), 400);
    const feedCursor = String(deps.store.feed.lastCursor());
    const contacts = deps.store.snapshot.page(after, limit + 1, since);
    const page = contacts.slice(0, limit);
    const body: SnapshotResponse = {
      contacts: page,
      next: contacts.length > limit ? (page.at(-1)?.key ?? null) : null,
      feedCursor,
      total: deps.store.snapshot.total(),
    };
    return c.json(body);
  });
  return app;
}
