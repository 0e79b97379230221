/**
 * Templates from `GET /{waba-id}/message_templates?fields=id,name,language,status,category,components,
 * quality_score,rejected_reason,parameter_format,previous_category,correct_category` (spec §6). `at` is the instant
 * of the read (epoch ms, best taken when the request was sent): it stamps the snapshot so that webhooks older than
 * the read do not overwrite it (status.ts) and newer ones win when merged (merge.ts).
 */
import * as v from 'valibot';
import { parseTemplateCategory } from '../categories.ts';
import { parseQualityRating } from '../health/quality.ts';
import { err, ok, type Result } from '../result.ts';
import { readComponents } from './graph-components.ts';
import { type GraphTemplate, GraphTemplatePageSchema, GraphTemplateSchema } from './graph-schema.ts';
import { type ParameterFormat, parseTemplateStatus, type Template, type TemplateComponent } from './model.ts';
import { looksNamed } from './variables.ts';

export interface GraphTemplateError {
  code: 'invalid_template';
  message: string;
}

function invalid(message: string): Result<never, GraphTemplateError> {
  return err({ code: 'invalid_template', message });
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues.map((issue) => `${v.getDotPath(issue) ?? 'template'}: ${issue.message}`).join('; ');
}

/** `parameter_format` in any case; when absent, Meta's default (positional) unless the text only has named variables. */
function parameterFormatOf(
  raw: string | null | undefined,
  components: TemplateComponent[],
): ParameterFormat | undefined {
  if (raw === null || raw === undefined || raw.trim() === '') {
    const texts = components.map((c) => ('text' in c ? (c.text ?? '') : '')).join(' ');
    return looksNamed(texts) ? 'named' : 'positional';
  }
  const upper = raw.trim().toUpperCase();
  return upper === 'NAMED' ? 'named' : upper === 'POSITIONAL' ? 'positional' : undefined;
}

function qualityOf(raw: GraphTemplate['quality_score']) {
  return parseQualityRating(typeof raw === 'string' ? raw : raw?.score);
}

export function parseGraphTemplate(raw: unknown, at: number): Result<Template, GraphTemplateError> {
  const parsed = v.safeParse(GraphTemplateSchema, raw);
  if (!parsed.success) return invalid(describeIssues(parsed.issues));
  const g = parsed.output;
  const components = readComponents(g.components);
  if (!components.ok) return invalid(`components: ${components.error}`);
  const parameterFormat = parameterFormatOf(g.parameter_format, components.value);
  if (!parameterFormat) return invalid(`parameter_format: unknown value "${g.parameter_format}"`);
  const category = parseTemplateCategory(g.category); // legacy categories folded in (spec §6)
  const template: Template = {
    id: g.id,
    name: g.name,
    language: g.language,
    category,
    status: parseTemplateStatus(g.status),
    quality: qualityOf(g.quality_score),
    parameterFormat,
    components: components.value,
    pauses: [],
    watermarks: { status: at, quality: at, category: at },
    updatedAt: at,
  };
  const reason = g.rejected_reason?.trim();
  if (reason && reason.toUpperCase() !== 'NONE') template.rejectedReason = reason;
  // `correct_category` is Meta's verdict when it differs from the current one: a re-categorisation to come.
  const correct = g.correct_category?.trim() ? parseTemplateCategory(g.correct_category) : undefined;
  if (correct !== undefined && correct !== category) template.pendingCategory = { category: correct, at };
  return ok(template);
}

export interface GraphTemplateItemError extends GraphTemplateError {
  /** Position in `data`, and whatever identity the item had, to log it. */
  index: number;
  id?: string;
  name?: string;
  language?: string;
}

export interface GraphTemplatePage {
  templates: Template[];
  errors: GraphTemplateItemError[];
  /** The `after` cursor when Meta says there is a next page (`paging.next`); undefined on the last page. */
  nextCursor?: string;
}

function identity(raw: unknown): Pick<GraphTemplateItemError, 'id' | 'name' | 'language'> {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Pick<GraphTemplateItemError, 'id' | 'name' | 'language'> = {};
  const record = raw as Record<string, unknown>;
  if (typeof record.id === 'string' || typeof record.id === 'number') out.id = String(record.id);
  if (typeof record.name === 'string') out.name = record.name;
  if (typeof record.language === 'string') out.language = record.language;
  return out;
}

/** One page of the list: every good template, and an error per bad item (one bad template never loses the others). */
export function parseGraphTemplateList(
  raw: unknown,
  at: number,
): Result<GraphTemplatePage, { code: 'invalid_page'; message: string }> {
  const parsed = v.safeParse(GraphTemplatePageSchema, raw);
  if (!parsed.success) return err({ code: 'invalid_page', message: describeIssues(parsed.issues) });
  const page: GraphTemplatePage = { templates: [], errors: [] };
  parsed.output.data.forEach((item, index) => {
    const read = parseGraphTemplate(item, at);
    if (read.ok) page.templates.push(read.value);
    else page.errors.push({ ...read.error, index, ...identity(item) });
  });
  const paging = parsed.output.paging;
  const after = paging?.cursors?.after;
  if (paging?.next && after) page.nextCursor = after;
  return ok(page);
}
