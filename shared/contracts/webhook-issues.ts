/**
 * Errors of the contract parsers (webhooks, spec §4; Graph responses, spec §4–§5): every problem is flattened to a
 * path a person can find in the payload (`entry[0].changes[1].value.statuses[0].timestamp`) and a short message.
 */
import type * as v from 'valibot';

export interface ContractIssue {
  path: string;
  message: string;
}

export type ContractErrorCode =
  | 'invalid_webhook_body'
  | 'invalid_send_response'
  | 'invalid_graph_error'
  | 'invalid_phone_number_fields'
  | 'invalid_verification_query';

export interface ContractError {
  code: ContractErrorCode;
  /** One line naming what was parsed and the first problem, for logs. */
  message: string;
  issues: ContractIssue[];
}

/** More issues than this are dropped (a 1,000-entry batch of garbage must not produce a megabyte of errors). */
export const MAX_REPORTED_ISSUES = 50;

/** Appends a valibot issue path to a prefix: keys as `.key`, array indexes as `[n]`. */
export function joinPath(prefix: string, path: readonly v.IssuePathItem[] | undefined): string {
  let out = prefix;
  for (const item of path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.received === 'undefined' && issue.type !== 'custom') {
    return `missing: expected ${issue.expected ?? 'a value'}`;
  }
  return issue.message;
}

/** Flattens valibot issues (paths relative to `prefix`) into contract issues, capped at MAX_REPORTED_ISSUES. */
export function toContractIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): ContractIssue[] {
  return issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => ({
    path: joinPath(prefix, issue.path) || '(root)',
    message: describe(issue),
  }));
}

export function contractError(code: ContractErrorCode, what: string, issues: ContractIssue[]): ContractError {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  const detail = first ? `: ${first.path}: ${first.message}${more}` : '';
  return { code, message: `${what} does not match Meta's documented shape${detail}`, issues };
}
