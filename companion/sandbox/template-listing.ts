/**
 * `GET /{waba-id}/message_templates` (spec §6): Meta's filters (`name`, `language`, `status`, `category`), `fields`,
 * and cursor paging: `limit` (default 25), opaque `before`/`after` cursors naming the first/last item of the page,
 * and `paging.next`/`previous` URLs while there is more. Cursors name templates by id, so a template changing status
 * between two pages does not shift the pages.
 */
import { err, ok, type Result } from '../../shared/result.ts';
import { failures, type GraphFailure } from './graph-errors.ts';
import type { GraphTemplateJson } from './seed-templates.ts';

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 1000;

export interface TemplatePageJson {
  data: Record<string, unknown>[];
  paging?: { cursors: { before: string; after: string }; next?: string; previous?: string };
}

export function cursorOf(template: GraphTemplateJson): string {
  return Buffer.from(`tpl:${template.id}`).toString('base64');
}

function indexOfCursor(list: readonly GraphTemplateJson[], cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64').toString('utf8');
  return decoded.startsWith('tpl:') ? list.findIndex((t) => t.id === decoded.slice(4)) : -1;
}

function matches(t: GraphTemplateJson, query: URLSearchParams): boolean {
  const is = (key: string, value: string) => {
    const wanted = query.get(key);
    return wanted === null || wanted === '' || wanted.toUpperCase() === value.toUpperCase();
  };
  return is('name', t.name) && is('language', t.language) && is('status', t.status) && is('category', t.category);
}

function withFields(t: GraphTemplateJson, fields: string | null): Record<string, unknown> {
  if (!fields) return { ...t };
  const out: Record<string, unknown> = {};
  for (const name of fields.split(',').map((f) => f.trim())) {
    if (Object.hasOwn(t, name)) out[name] = t[name as keyof GraphTemplateJson];
  }
  out.id = t.id;
  return out;
}

function linkWith(url: URL, key: 'after' | 'before', cursor: string): string {
  const link = new URL(url);
  link.searchParams.delete('after');
  link.searchParams.delete('before');
  link.searchParams.set(key, cursor);
  return link.toString();
}

export function templatePage(
  templates: readonly GraphTemplateJson[],
  url: URL,
): Result<TemplatePageJson, GraphFailure> {
  const query = url.searchParams;
  const rawLimit = query.get('limit');
  const limit = rawLimit === null ? DEFAULT_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1) return err(failures.invalidParameter('limit must be a positive integer'));
  const list = templates.filter((t) => matches(t, query));
  const after = query.get('after');
  const before = query.get('before');
  let start = 0;
  let end = list.length;
  if (after) {
    const index = indexOfCursor(list, after);
    if (index < 0) return err(failures.invalidParameter('The after cursor is not valid.'));
    start = index + 1;
    end = Math.min(list.length, start + Math.min(limit, MAX_LIMIT));
  } else if (before) {
    const index = indexOfCursor(list, before);
    if (index < 0) return err(failures.invalidParameter('The before cursor is not valid.'));
    end = index;
    start = Math.max(0, end - Math.min(limit, MAX_LIMIT));
  } else {
    end = Math.min(list.length, Math.min(limit, MAX_LIMIT));
  }
  const page = list.slice(start, end);
  const first = page[0];
  const last = page.at(-1);
  if (!first || !last) return ok({ data: [] });
  const paging: NonNullable<TemplatePageJson['paging']> = {
    cursors: { before: cursorOf(first), after: cursorOf(last) },
  };
  if (end < list.length) paging.next = linkWith(url, 'after', paging.cursors.after);
  if (start > 0) paging.previous = linkWith(url, 'before', paging.cursors.before);
  return ok({ data: page.map((t) => withFields(t, query.get('fields'))), paging });
}
