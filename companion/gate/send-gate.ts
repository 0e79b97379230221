/**
 * The gate every send goes through: idempotency, the shared policy and the limit reservation (reserve.ts), the Graph
 * API call, and the settlement of its outcome (settle.ts). The same idempotency key never sends twice: the first
 * answer is stored and returned again; a concurrent duplicate waits for the first attempt's answer.
 */
import type { ErrorBody, Refused, SendAccepted, SendMessageRequest } from '../../shared/contracts/api.ts';
import { describeMetaError } from '../../shared/errors/meta-errors.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import type { Clock } from '../../shared/time/clock.ts';
import { localizedReason, reasonDto } from '../http/verdict-dto.ts';
import type { MessageRow } from '../store/messages-repo.ts';
import type { Store } from '../store/store.ts';
import { type GraphClient, isDefinitiveFailure, sendRetryDelay } from '../whatsapp/graph-client.ts';
import type { GateScope } from './policy-state.ts';
import { reserveSend } from './reserve.ts';
import { settleAccepted, settleRefused, settleUnknown, undoAttempt } from './settle.ts';

export type GateAnswer =
  | { httpStatus: 202; body: SendAccepted }
  | { httpStatus: 422; body: Refused }
  | { httpStatus: 503; body: ErrorBody; retryAfterMs: number };

export interface SendGateDeps {
  store: Store;
  graph: Pick<GraphClient, 'sendMessage'>;
  clock: Clock;
  newId: () => string;
  scope: () => GateScope;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Longest a request waits in retries Meta asks for (throughput, pair rate) before answering 503. */
  maxRetryWaitMs?: number;
}

function answerFromRow(row: MessageRow, locale: Locale): GateAnswer {
  if (row.status === 'failed') {
    const info = describeMetaError(row.error_code ?? 0);
    const reason = localizedReason(`meta_${row.error_code ?? 0}`, info.message, locale);
    return { httpStatus: 422, body: { error: { code: 'refused', message: reason.message, reasons: [reason] } } };
  }
  const settled = row.status !== 'pending' && row.status !== 'unknown';
  const status = row.status === 'held_for_quality_assessment' ? row.status : settled ? 'accepted' : 'unknown';
  return { httpStatus: 202, body: { id: row.id, wamid: row.wamid, status } };
}

export function createSendGate(deps: SendGateDeps) {
  const inFlight = new Map<string, Promise<GateAnswer>>();
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = deps.random ?? Math.random;
  const maxWait = deps.maxRetryWaitMs ?? 5000;

  function remember(key: string, answer: GateAnswer): GateAnswer {
    if (answer.httpStatus !== 503)
      deps.store.messages.saveAnswer(key, answer.httpStatus, answer.body, deps.clock.now());
    return answer;
  }

  async function attempt(request: SendMessageRequest, locale: Locale): Promise<GateAnswer> {
    let waited = 0;
    for (let retry = 0; ; retry++) {
      const now = deps.clock.now();
      const reservation = reserveSend(deps.store, request, { scope: deps.scope(), now, messageId: deps.newId() });
      if (!reservation.ok) {
        const reasons = reservation.verdict.reasons.map((reason) => reasonDto(reason, locale));
        return remember(request.idempotencyKey, {
          httpStatus: 422,
          body: { error: { code: 'refused', message: reasons[0]?.message ?? 'Refused.', reasons } },
        });
      }
      const { messageId, contact, payload } = reservation;
      const result = await deps.graph.sendMessage(payload);
      const settledAt = deps.clock.now();
      if (result.ok) {
        settleAccepted(deps.store, messageId, contact, result.value, settledAt);
        return remember(request.idempotencyKey, {
          httpStatus: 202,
          body: { id: messageId, wamid: result.value.wamid, status: result.value.messageStatus },
        });
      }
      const failure = result.failure;
      if (!isDefinitiveFailure(failure) || failure.kind !== 'graph_error') {
        settleUnknown(deps.store, messageId, contact, settledAt);
        return remember(request.idempotencyKey, {
          httpStatus: 202,
          body: { id: messageId, wamid: null, status: 'unknown' },
        });
      }
      const delay = sendRetryDelay(failure, retry, random);
      if (delay !== null) {
        undoAttempt(deps.store, messageId);
        if (waited + delay > maxWait) {
          return {
            httpStatus: 503,
            retryAfterMs: delay,
            body: { error: { code: 'whatsapp_busy', message: describeMetaError(failure.code).message[locale] } },
          };
        }
        waited += delay;
        await sleep(delay);
        continue;
      }
      settleRefused(deps.store, messageId, contact, failure, settledAt);
      const info = describeMetaError(failure.code);
      const reason = localizedReason(`meta_${failure.code}`, info.message, locale, failure.details);
      return remember(request.idempotencyKey, {
        httpStatus: 422,
        body: { error: { code: 'refused', message: reason.message, reasons: [reason] } },
      });
    }
  }

  return {
    async send(request: SendMessageRequest, locale: Locale): Promise<GateAnswer> {
      const key = request.idempotencyKey;
      const saved = deps.store.messages.answerFor(key);
      if (saved) return { httpStatus: saved.httpStatus, body: saved.body } as GateAnswer;
      const running = inFlight.get(key);
      if (running) return running;
      // A send whose first attempt was cut off by a crash has a message row but no saved answer: answer from the
      // row, never attempt again (the Graph API may have accepted it).
      const existing = deps.store.messages.byIdempotencyKey(key);
      if (existing) return answerFromRow(existing, locale);
      const promise = attempt(request, locale).finally(() => inFlight.delete(key));
      inFlight.set(key, promise);
      return promise;
    },
  };
}

export type SendGate = ReturnType<typeof createSendGate>;
