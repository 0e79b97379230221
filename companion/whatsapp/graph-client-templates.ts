/**
 * `GET /{waba-id}/message_templates`, every page (spec §6). The next page is asked with our own URL and the `after`
 * cursor rather than by following `paging.next`: that URL points at graph.facebook.com (wrong for the sandbox) and
 * can carry an access token in its query. A failed page fails the whole list: a partial snapshot would make the
 * templates of the missing pages look deleted when merged.
 */
import { type GraphTemplateItemError, parseGraphTemplateList, type Template } from '../../shared/templates/index.ts';
import { type GraphResult, graphFail, graphOk } from './graph-client-failure.ts';
import { type GraphTransport, graphRequest, malformed } from './graph-client-http.ts';

/** The fields shared/templates/from-graph.ts reads. */
export const TEMPLATE_FIELDS_QUERY = [
  'id',
  'name',
  'language',
  'status',
  'category',
  'components',
  'quality_score',
  'rejected_reason',
  'parameter_format',
  'previous_category',
  'correct_category',
].join(',');

export const TEMPLATE_PAGE_SIZE = 100;
/** 100 pages of 100 = 10,000 templates, above Meta's per-WABA ceiling: reaching it means a paging loop, not data. */
export const TEMPLATE_PAGE_CAP = 100;

/** A template Meta returned that could not be read; `page` counts from 0, `index` is its position in that page. */
export type TemplateReadProblem = GraphTemplateItemError & { page: number };

export interface TemplateList {
  templates: Template[];
  problems: TemplateReadProblem[];
  /** True when the page cap (or a repeated cursor) stopped the paging before Meta's last page. */
  truncated: boolean;
  /** Epoch ms when the read started: the snapshot's watermark (see shared/templates/merge.ts). */
  at: number;
}

export async function listTemplates(transport: GraphTransport, wabaId: string): Promise<GraphResult<TemplateList>> {
  const at = transport.now();
  const list: TemplateList = { templates: [], problems: [], truncated: false, at };
  const seenCursors = new Set<string>();
  let after: string | undefined;
  for (let page = 0; page < TEMPLATE_PAGE_CAP; page++) {
    const query: Record<string, string> = { fields: TEMPLATE_FIELDS_QUERY, limit: String(TEMPLATE_PAGE_SIZE) };
    if (after !== undefined) query.after = after;
    const answer = await graphRequest(transport, {
      method: 'GET',
      path: `${encodeURIComponent(wabaId)}/message_templates`,
      query,
    });
    if (!answer.ok) return answer;
    const parsed = parseGraphTemplateList(answer.value.json, at);
    if (!parsed.ok) return graphFail(malformed(answer.value.httpStatus, parsed.error.message, transport));
    list.templates.push(...parsed.value.templates);
    list.problems.push(...parsed.value.errors.map((error) => ({ ...error, page })));
    after = parsed.value.nextCursor;
    if (after === undefined) return graphOk(list);
    if (seenCursors.has(after)) break; // Meta handed back a cursor already used: stop rather than loop.
    seenCursors.add(after);
  }
  list.truncated = true;
  return graphOk(list);
}
