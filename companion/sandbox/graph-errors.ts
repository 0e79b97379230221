/**
 * Graph API error answers as Meta writes them (spec §5): `{error: {message, type, code, error_subcode?, error_data:
 * {messaging_product, details}, fbtrace_id}}` with an HTTP 4xx. Clients must match on `code`, never on the text,
 * so the messages only need to read like Meta's.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface GraphFailure {
  code: number;
  message: string;
  /** HTTP status; Meta answers 400 for request errors and 401 for token errors. */
  status?: ContentfulStatusCode;
  subcode?: number;
  details?: string;
}

export function graphFailure(code: number, message: string, details?: string): GraphFailure {
  return details === undefined ? { code, message } : { code, message, details };
}

export const failures = {
  invalidToken: (): GraphFailure => ({
    code: 190,
    status: 401,
    message: 'Invalid OAuth access token - Cannot parse access token',
  }),
  unsupported: (method: string, path: string): GraphFailure => ({
    code: 100,
    subcode: 33,
    message: `Unsupported ${method.toLowerCase()} request. Object with ID '${path}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
  }),
  invalidParameter: (details: string): GraphFailure => graphFailure(100, '(#100) Invalid parameter', details),
  missingParameter: (details: string): GraphFailure =>
    graphFailure(131008, '(#131008) Required parameter is missing', details),
  templateMissing: (details: string): GraphFailure =>
    graphFailure(132001, '(#132001) Template name does not exist in the translation', details),
  parameterCount: (details: string): GraphFailure =>
    graphFailure(132000, '(#132000) Number of parameters does not match the expected number of params', details),
  parameterFormat: (details: string): GraphFailure =>
    graphFailure(132012, '(#132012) Parameter format does not match format in the created template', details),
  templatePaused: (details: string): GraphFailure => graphFailure(132015, '(#132015) Template is Paused', details),
  templateDisabled: (details: string): GraphFailure => graphFailure(132016, '(#132016) Template is disabled', details),
  accountBlocked: (): GraphFailure =>
    graphFailure(
      368,
      '(#368) Temporarily blocked for policies violations',
      'The WhatsApp Business Account is disabled; messages cannot be sent.',
    ),
};

export function graphErrorBody(failure: GraphFailure, fbtraceId: string) {
  const error: Record<string, unknown> = { message: failure.message, type: 'OAuthException', code: failure.code };
  if (failure.subcode !== undefined) error.error_subcode = failure.subcode;
  if (failure.details !== undefined) error.error_data = { messaging_product: 'whatsapp', details: failure.details };
  error.fbtrace_id = fbtraceId;
  return { error };
}

export function respondWithFailure(c: Context, failure: GraphFailure, fbtraceId: string): Response {
  return c.json(graphErrorBody(failure, fbtraceId), failure.status ?? 400);
}
