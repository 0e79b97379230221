/**
 * May this number send, and what? The number-level half of the send gate (spec §3, §4): Meta's `health_status` is
 * the best single gate (BLOCKED ⇒ stop, LIMITED ⇒ warn and show errors), the phone `status` and the `account_update`
 * restrictions narrow what may go out. Quality and the [LEGACY] FLAGGED status only warn: since 2025-10-07 they no
 * longer restrict sending or downgrade limits (spec §3, §11.4).
 */
import type { Localized } from '../i18n/locale.ts';
import type { Clock } from '../time/clock.ts';
import type { NumberHealth, NumberStatus } from './number-health.ts';
import {
  BLOCKER_MESSAGES,
  type SendBlockerCode,
  type SendWarningCode,
  WARNING_MESSAGES,
} from './sendability-messages.ts';

export type { SendBlockerCode, SendWarningCode } from './sendability-messages.ts';

/**
 * What a blocker stops. `business_initiated`: templates to contacts outside their 24 h window. `customer_initiated`:
 * anything sent inside a window the contact opened. `utility_templates`: utility templates anywhere.
 */
export type SendScope = 'all' | 'business_initiated' | 'customer_initiated' | 'utility_templates';

export interface SendabilityWarning {
  code: SendWarningCode;
  message: Localized;
  /** The platform's own words (health entity errors), untranslated. */
  details?: string[];
}

export interface SendabilityBlocker {
  code: SendBlockerCode;
  scope: SendScope;
  message: Localized;
  details?: string[];
  /** Epoch ms when the blocker lifts by itself, when Meta said. */
  until?: number;
}

export interface NumberSendability {
  /** Something can still go out (false when every kind of send is blocked). */
  canSend: boolean;
  /** Templates to contacts whose 24 h window is closed. */
  businessInitiatedAllowed: boolean;
  /** Replies inside a window the contact opened. */
  customerInitiatedAllowed: boolean;
  utilityTemplatesAllowed: boolean;
  blockers: SendabilityBlocker[];
  warnings: SendabilityWarning[];
}

const STATUS_BLOCKERS: Partial<Record<NumberStatus, SendBlockerCode>> = {
  BANNED: 'number_banned',
  PENDING: 'number_not_registered',
  UNVERIFIED: 'number_not_registered',
  DELETED: 'number_disconnected',
  DISCONNECTED: 'number_disconnected',
};

/** `account_update` restriction types (spec §4) and what each stops; other types (e.g. adding numbers) do not gate. */
const RESTRICTION_BLOCKERS: Record<string, { code: SendBlockerCode; scope: SendScope }> = {
  RESTRICTED_BIZ_INITIATED_MESSAGING: { code: 'business_initiated_restricted', scope: 'business_initiated' },
  RESTRICTED_CUSTOMER_INITIATED_MESSAGING: { code: 'customer_initiated_restricted', scope: 'customer_initiated' },
  RESTRICTED_UTILITY_TEMPLATES: { code: 'utility_templates_restricted', scope: 'utility_templates' },
};

const UNCERTAIN_STATUSES: readonly NumberStatus[] = ['UNKNOWN', 'MIGRATED', 'OFFLINE'];

export function numberSendability(health: NumberHealth | undefined, clock: Clock): NumberSendability {
  // Never polled: the policy still decides on consent and window, but says the number is unchecked.
  if (!health) return summarize([], [warning('health_unknown')]);
  const blockers: SendabilityBlocker[] = [];
  const warnings: SendabilityWarning[] = [];
  const details = entityErrors(health);

  if (health.healthStatus === 'BLOCKED') blockers.push(blocker('health_blocked', 'all', details));
  if (health.healthStatus === 'LIMITED') warnings.push(warning('health_limited', details));

  const statusBlocker = STATUS_BLOCKERS[health.status];
  if (statusBlocker) blockers.push(blocker(statusBlocker, 'all'));
  // RESTRICTED = the 24 h limit is reached: no new conversations until the moving window frees, replies still fine.
  if (health.status === 'RESTRICTED') blockers.push(blocker('messaging_limit_reached', 'business_initiated'));
  if (health.status === 'FLAGGED') warnings.push(warning('status_flagged'));
  if (health.status === 'RATE_LIMITED') warnings.push(warning('number_rate_limited'));
  if (UNCERTAIN_STATUSES.includes(health.status)) warnings.push(warning('status_uncertain', [health.status]));

  const now = clock.now();
  for (const restriction of health.restrictions) {
    const gate = RESTRICTION_BLOCKERS[restriction.type];
    const active = restriction.expiresAt === undefined || restriction.expiresAt > now;
    if (!gate || !active) continue;
    const entry = blocker(gate.code, gate.scope);
    if (restriction.expiresAt !== undefined) entry.until = restriction.expiresAt;
    blockers.push(entry);
  }

  if (health.qualityRating === 'RED') warnings.push(warning('number_quality_low'));
  if (health.accountMode === 'SANDBOX') warnings.push(warning('sandbox_account'));
  return summarize(blockers, warnings);
}

function summarize(blockers: SendabilityBlocker[], warnings: SendabilityWarning[]): NumberSendability {
  const open = (scope: SendScope) => !blockers.some((entry) => entry.scope === 'all' || entry.scope === scope);
  const businessInitiatedAllowed = open('business_initiated');
  const customerInitiatedAllowed = open('customer_initiated');
  return {
    canSend: businessInitiatedAllowed || customerInitiatedAllowed,
    businessInitiatedAllowed,
    customerInitiatedAllowed,
    utilityTemplatesAllowed: open('utility_templates'),
    blockers,
    warnings,
  };
}

/** Every entity's errors, "[code] description possible solution", for the agent to read or forward. */
function entityErrors(health: NumberHealth): string[] {
  return health.healthEntities.flatMap((entity) =>
    entity.errors.map((error) =>
      [`[${error.code}]`, error.description, error.possibleSolution].filter((part) => part).join(' '),
    ),
  );
}

function blocker(code: SendBlockerCode, scope: SendScope, details: string[] = []): SendabilityBlocker {
  const entry: SendabilityBlocker = { code, scope, message: BLOCKER_MESSAGES[code] };
  if (details.length > 0) entry.details = details;
  return entry;
}

function warning(code: SendWarningCode, details: string[] = []): SendabilityWarning {
  const entry: SendabilityWarning = { code, message: WARNING_MESSAGES[code] };
  if (details.length > 0) entry.details = details;
  return entry;
}
