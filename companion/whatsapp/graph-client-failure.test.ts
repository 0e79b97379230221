import { describe, expect, it } from 'vitest';
import {
  describeGraphFailure,
  type GraphFailure,
  isDefinitiveFailure,
  metaErrorOf,
  sendRetryDelay,
} from './graph-client-failure.ts';
import { parseRetryAfter, scrubFailure } from './graph-client-http.ts';

const graphError = (code: number, extra: Partial<GraphFailure> = {}): GraphFailure =>
  ({ kind: 'graph_error', httpStatus: 400, code, message: 'no', ...extra }) as GraphFailure;

describe('isDefinitiveFailure', () => {
  it('is true only when Meta answered with an error code', () => {
    expect(isDefinitiveFailure(graphError(131047))).toBe(true);
    expect(isDefinitiveFailure(graphError(131000, { httpStatus: 500 }))).toBe(true);
    expect(isDefinitiveFailure({ kind: 'timeout' })).toBe(false);
    expect(isDefinitiveFailure({ kind: 'network', message: 'ECONNRESET' })).toBe(false);
    expect(isDefinitiveFailure({ kind: 'malformed', httpStatus: 503, message: 'html' })).toBe(false);
    expect(isDefinitiveFailure({ kind: 'malformed', httpStatus: 200, message: 'no wamid' })).toBe(false);
  });
});

describe('sendRetryDelay', () => {
  it('never retries a send whose outcome is unknown', () => {
    expect(sendRetryDelay({ kind: 'timeout' }, 0, () => 0.5)).toBeNull();
    expect(sendRetryDelay({ kind: 'malformed', httpStatus: 502, message: '' }, 0, () => 0.5)).toBeNull();
  });

  it('follows the code rule and never retries a template that does not exist', () => {
    expect(sendRetryDelay(graphError(132001), 0, () => 0.5)).toBeNull();
    expect(sendRetryDelay(graphError(131056), 1, () => 0.5)).toBe(4000);
  });

  it('waits at least as long as Meta asked with Retry-After', () => {
    expect(sendRetryDelay(graphError(130429, { retryAfterMs: 30_000 }), 0, () => 0)).toBe(30_000);
  });

  it('gives the shared error table entry for a coded failure only', () => {
    expect(metaErrorOf(graphError(131050))?.effect).toBe('marketing_opt_out');
    expect(metaErrorOf({ kind: 'timeout' })).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores garbage', () => {
    const now = Date.UTC(2026, 0, 1, 0, 0, 0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('describeGraphFailure', () => {
  it('names the code, subcode, HTTP status and trace id in one line', () => {
    const text = describeGraphFailure(graphError(190, { subcode: 463, fbtraceId: 'T1', details: 'expired' }));
    expect(text).toBe('Graph API error 190/463 (HTTP 400): no (expired) [fbtrace_id T1]');
  });

  it('cannot leak a token the client scrubbed', () => {
    const scrubbed = scrubFailure({ kind: 'network', message: 'GET https://x/?input_token=SECRET failed' }, 'SECRET');
    expect(describeGraphFailure(scrubbed)).not.toContain('SECRET');
  });
});
