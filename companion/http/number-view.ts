/** GET /v1/number: the number's health and the portfolio's messaging limit as counted by our own ledger. */
import type { NumberResponse } from '../../shared/contracts/api.ts';
import type { GateScope } from '../gate/policy-state.ts';
import type { Store } from '../store/store.ts';

export function numberView(store: Store, scope: GateScope, now: number): NumberResponse {
  const health = store.numbers.get(scope.phoneNumberId);
  const usage = store.ledger.usage(scope.portfolioId, health?.tier ?? 'TIER_NOT_SET', now);
  return {
    phoneNumberId: scope.phoneNumberId,
    displayPhoneNumber: health?.displayPhoneNumber ?? null,
    qualityRating: health?.qualityRating ?? 'UNKNOWN',
    status: health?.status ?? 'UNKNOWN',
    healthStatus: health?.healthStatus ?? 'UNKNOWN',
    healthErrors: (health?.healthEntities ?? []).flatMap((entity) =>
      entity.errors.map((error) => ({ code: error.code, description: error.description })),
    ),
    messagingLimit: {
      tier: usage.tier,
      limit: usage.limit,
      used: usage.used,
      remaining: usage.remaining,
      nextSlotFreesAt: usage.nextSlotFreesAt ?? null,
    },
    throughput: health?.throughput ?? 'STANDARD',
    updatedAt: health?.updatedAt || null,
  };
}
