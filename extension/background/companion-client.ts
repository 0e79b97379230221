/**
 * The worker's HTTP client for the companion (docs/api.md). Every response body is validated with the shared
 * schemas before use; failures come back as values the outbox and the panel can act on, never as thrown errors.
 */
import * as v from 'valibot';
import {
  type ConsentRequest,
  EventsResponseSchema,
  NumberResponseSchema,
  PairResponseSchema,
  RefusedSchema,
  SendAcceptedSchema,
  type SendMessageRequest,
} from '../../shared/contracts/api.ts';
import { SnapshotResponseSchema } from '../../shared/contracts/snapshot.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import type { Template } from '../../shared/templates/model.ts';

export type CompanionError =
  | { kind: 'not_paired' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'unauthorized' }
  | { kind: 'busy'; retryAfterMs: number }
  | { kind: 'http'; status: number; message: string }
  | { kind: 'invalid_response'; message: string };

export interface CompanionSettings {
  address: string;
  token: string | null;
}

const TIMEOUT_MS = 15_000;
const TemplatesResponse = v.object({ templates: v.array(v.looseObject({ name: v.string(), language: v.string() })) });
const ConsentAnswer = v.object({ id: v.string(), created: v.boolean() });

export function describeCompanionError(error: CompanionError): string {
  switch (error.kind) {
    case 'not_paired':
      return 'Not paired with the companion: open Options and pair.';
    case 'unreachable':
      return `The companion is not reachable (${error.message}).`;
    case 'unauthorized':
      return 'The companion no longer accepts this extension: pair again in Options.';
    case 'busy':
      return 'WhatsApp asked to slow down; retrying shortly.';
    case 'http':
      return `The companion answered ${error.status}: ${error.message}`;
    case 'invalid_response':
      return `The companion sent an unexpected answer: ${error.message}`;
  }
}

export function createCompanionClient(settings: () => Promise<CompanionSettings>, fetchImpl: typeof fetch = fetch) {
  async function call(
    method: string,
    path: string,
    body?: unknown,
    needsToken = true,
  ): Promise<Result<{ status: number; json: unknown }, CompanionError>> {
    const { address, token } = await settings();
    if (needsToken && !token) return err({ kind: 'not_paired' });
    let response: Response;
    try {
      response = await fetchImpl(`${address}${path}`, {
        method,
        headers: {
          ...(needsToken && token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          'accept-language': navigator.language,
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      return err({ kind: 'unreachable', message: error instanceof Error ? error.message : String(error) });
    }
    if (response.status === 401 && needsToken) return err({ kind: 'unauthorized' });
    if (response.status === 503) {
      return err({ kind: 'busy', retryAfterMs: Number(response.headers.get('retry-after') ?? '5') * 1000 });
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (response.status >= 500 || (response.status >= 400 && response.status !== 422)) {
      const message = (json as { error?: { message?: string } } | undefined)?.error?.message ?? response.statusText;
      return err({ kind: 'http', status: response.status, message });
    }
    return ok({ status: response.status, json });
  }

  function parse<S extends v.GenericSchema>(schema: S, json: unknown): Result<v.InferOutput<S>, CompanionError> {
    const parsed = v.safeParse(schema, json);
    return parsed.success
      ? ok(parsed.output)
      : err({ kind: 'invalid_response', message: parsed.issues[0]?.message ?? 'invalid' });
  }

  return {
    async pair(address: string, code: string): Promise<Result<string, CompanionError>> {
      const answer = await createCompanionClient(async () => ({ address, token: null }), fetchImpl).raw(
        'POST',
        '/v1/pair',
        { code },
        false,
      );
      if (!answer.ok) return answer;
      if (answer.value.status !== 200)
        return err({ kind: 'http', status: answer.value.status, message: 'Wrong or expired pairing code.' });
      const parsed = parse(PairResponseSchema, answer.value.json);
      return parsed.ok ? ok(parsed.value.token) : parsed;
    },
    raw: call,
    async events(after: string | null, limit: number) {
      const answer = await call('GET', `/v1/events?after=${encodeURIComponent(after ?? '0')}&limit=${limit}`);
      return answer.ok ? parse(EventsResponseSchema, answer.value.json) : answer;
    },
    async snapshot(after: string, limit: number, since: number) {
      const answer = await call(
        'GET',
        `/v1/snapshot?after=${encodeURIComponent(after)}&limit=${limit}&since=${Math.max(0, Math.floor(since))}`,
      );
      return answer.ok ? parse(SnapshotResponseSchema, answer.value.json) : answer;
    },
    async number() {
      const answer = await call('GET', '/v1/number');
      return answer.ok ? parse(NumberResponseSchema, answer.value.json) : answer;
    },
    async templates(): Promise<Result<Template[], CompanionError>> {
      const answer = await call('GET', '/v1/templates');
      if (!answer.ok) return answer;
      const parsed = parse(TemplatesResponse, answer.value.json);
      return parsed.ok ? ok(parsed.value.templates as unknown as Template[]) : parsed;
    },
    /** 202 accepted, or 422 refused with reasons: both are final answers for the outbox. */
    async sendMessage(request: SendMessageRequest) {
      const answer = await call('POST', '/v1/messages', request);
      if (!answer.ok) return answer;
      if (answer.value.status === 422) {
        const refused = parse(RefusedSchema, answer.value.json);
        return refused.ok ? ok({ accepted: false as const, refused: refused.value }) : refused;
      }
      const accepted = parse(SendAcceptedSchema, answer.value.json);
      return accepted.ok ? ok({ accepted: true as const, answer: accepted.value }) : accepted;
    },
    async recordConsent(request: ConsentRequest) {
      const answer = await call('POST', '/v1/consent', request);
      return answer.ok ? parse(ConsentAnswer, answer.value.json) : answer;
    },
  };
}

export type CompanionClient = ReturnType<typeof createCompanionClient>;
