import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient } from './graph-client.ts';
import { type FakeGraph, graphErrorBody, startFakeGraph } from './graph-client-fake-graph.test-helpers.ts';
import { TEMPLATE_PAGE_CAP } from './graph-client-templates.ts';

const AT = Date.UTC(2026, 8, 1, 12);

function template(id: string) {
  return {
    id,
    name: `tpl_${id}`,
    language: 'en_US',
    status: 'APPROVED',
    category: 'UTILITY',
    components: [{ type: 'BODY', text: 'Your order {{1}} shipped.' }],
  };
}

function page(ids: string[], after?: string) {
  const paging = after
    ? { cursors: { before: 'b', after }, next: `https://graph.facebook.com/v24.0/x?access_token=leak&after=${after}` }
    : { cursors: { before: 'b', after: 'last' } };
  return { data: ids.map(template), paging };
}

let graph: FakeGraph;
beforeEach(async () => {
  graph = await startFakeGraph();
});
afterEach(() => graph.close());

const client = () =>
  createGraphClient({
    baseUrl: graph.baseUrl,
    version: 'v24.0',
    accessToken: 'tok',
    phoneNumberId: '1',
    wabaId: '555',
    now: () => AT,
  });

describe('listTemplates', () => {
  it('follows the after cursor across three pages on our own base URL', async () => {
    graph.handle((request) => {
      const after = request.query.get('after');
      if (after === null) return { json: page(['1', '2'], 'c1') };
      if (after === 'c1') return { json: page(['3'], 'c2') };
      return { json: page(['4']) };
    });
    const result = await client().listTemplates();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.templates.map((t) => t.id)).toEqual(['1', '2', '3', '4']);
    expect(result.value.truncated).toBe(false);
    expect(result.value.at).toBe(AT);
    expect(graph.requests.map((r) => r.query.get('after'))).toEqual([null, 'c1', 'c2']);
    for (const request of graph.requests) {
      expect(request.path).toBe('/v24.0/555/message_templates');
      expect(request.query.get('limit')).toBe('100');
      expect(request.query.get('fields')).toContain('parameter_format');
      expect(request.query.has('access_token')).toBe(false);
    }
  });

  it('keeps the good templates and reports an unreadable one with its page', async () => {
    graph.handle((request) =>
      request.query.get('after') === null
        ? { json: page(['1'], 'c1') }
        : { json: { data: [template('2'), { id: '3', name: 'broken' }] } },
    );
    const result = await client().listTemplates();
    expect(result.ok && result.value.templates.map((t) => t.id)).toEqual(['1', '2']);
    expect(result.ok && result.value.problems).toMatchObject([{ page: 1, index: 1, id: '3', name: 'broken' }]);
  });

  it('fails the whole list when a later page fails, so no template looks deleted', async () => {
    graph.handle((request) =>
      request.query.get('after') === null
        ? { json: page(['1'], 'c1') }
        : { status: 400, json: graphErrorBody(100, 'Invalid parameter') },
    );
    const result = await client().listTemplates();
    expect(result).toMatchObject({ ok: false, failure: { kind: 'graph_error', code: 100 } });
  });

  it('stops on a cursor Meta already handed out and marks the list truncated', async () => {
    graph.handle(() => ({ json: page(['1'], 'same') }));
    const result = await client().listTemplates();
    expect(result.ok && result.value.truncated).toBe(true);
    expect(graph.requests.length).toBeLessThan(TEMPLATE_PAGE_CAP);
  });

  it('calls a page without data malformed', async () => {
    graph.handle(() => ({ json: { templates: [] } }));
    const result = await client().listTemplates();
    expect(result).toMatchObject({ ok: false, failure: { kind: 'malformed', httpStatus: 200 } });
  });
});
