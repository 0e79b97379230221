/** Reads and validates a JSON request body; a malformed one gets a 400 that says what to fix, path by path. */
import type { Context } from 'hono';
import * as v from 'valibot';
import type { ErrorBody } from '../../shared/contracts/api.ts';
import { toContractIssues } from '../../shared/contracts/webhook-issues.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import { jsonDepthExceeds } from './json-depth.ts';

export function badRequest(code: string, message: string, issues?: { path: string; message: string }[]): ErrorBody {
  return { error: { code, message, ...(issues ? { issues } : {}) } };
}

export async function readJson<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): Promise<Result<v.InferOutput<S>, ErrorBody>> {
  let json: unknown;
  try {
    const text = await c.req.text();
    if (jsonDepthExceeds(text)) return err(badRequest('too_deep', 'The request body is nested too deeply.'));
    json = JSON.parse(text);
  } catch {
    return err(badRequest('invalid_json', 'The request body is not valid JSON.'));
  }
  const parsed = v.safeParse(schema, json);
  if (!parsed.success) {
    return err(
      badRequest('invalid_request', 'The request body has problems; see issues.', toContractIssues(parsed.issues)),
    );
  }
  return ok(parsed.output);
}
