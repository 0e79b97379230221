/**
 * Meta's send error codes (spec §5) as data: what each means for retrying, for the contact, the template or the
 * account, and whether someone must be alerted. Errors are recognised by `code` only, never by their text: Meta
 * rewords titles and messages between versions and locales (spec §5), and some code bases mislabel 132000/132001
 * (spec §10.5).
 */
import type { Localized } from '../i18n/locale.ts';
import { META_ERROR_MESSAGES } from './meta-error-messages.ts';

export { retryDelay } from './retry-delay.ts';

/**
 * `backoff`: exponential back-off with full jitter. `pair_backoff`: 4^x s to the same contact (spec §7).
 * `after_24h`: not before 24 h (131049, spec §7, §11.8). `after_maintenance`: after the ≤ 1 min maintenance (131057).
 */
export type RetryRule = 'backoff' | 'never' | 'after_24h' | 'pair_backoff' | 'after_maintenance';

export type ErrorEffect =
  | 'none'
  | 'window_closed'
  | 'contact_undeliverable'
  | 'marketing_cooldown'
  | 'marketing_opt_out'
  | 'throughput_backoff'
  | 'pair_backoff'
  | 'number_restricted'
  | 'fix_request'
  | 'template_missing'
  | 'template_paused'
  | 'template_disabled'
  | 'account_blocked'
  | 'account_locked'
  | 'payment_issue'
  | 'credentials'
  | 'media';

export interface MetaErrorInfo {
  code: number;
  /** Meta's title, for logs only: never match on it. */
  title: string;
  retry: RetryRule;
  effect: ErrorEffect;
  /** An administrator must act (spec §5 "G"): sending is stopped or the setup is broken. */
  alert: boolean;
  message: Localized;
}

type Row = readonly [code: number, title: string, retry: RetryRule, effect: ErrorEffect, alert: boolean];

/** Spec §5, one row per code: code, Meta's title, retry, effect, alert. */
const ROWS = [
  // The contact and the conversation.
  [131047, 'Re-engagement message', 'never', 'window_closed', false],
  [131026, 'Message undeliverable', 'never', 'contact_undeliverable', false],
  // Not an opt-out: Meta's cross-business per-user marketing cap, and all marketing to US numbers (spec §11.8).
  [131049, 'Not delivered to maintain healthy ecosystem engagement', 'after_24h', 'marketing_cooldown', false],
  [131050, 'User stopped marketing messages from this business', 'never', 'marketing_opt_out', false],
  [131021, 'Recipient cannot be sender', 'never', 'fix_request', false],
  // Speed: the number's messages per second, and the same contact too often (spec §7).
  [130429, 'Rate limit hit', 'backoff', 'throughput_backoff', false],
  [131056, '(Business Account, Consumer Account) pair rate limit hit', 'pair_backoff', 'pair_backoff', false],
  // Templates.
  [132000, 'Number of parameters does not match the expected number of params', 'never', 'fix_request', false],
  [132001, 'Template does not exist', 'never', 'template_missing', false],
  [132005, 'Template hydrated text too long', 'never', 'fix_request', false],
  [132007, 'Template format character policy violated', 'never', 'fix_request', false],
  [132012, 'Template parameter format mismatch', 'never', 'fix_request', false],
  [132015, 'Template is paused', 'never', 'template_paused', true],
  [132016, 'Template is disabled', 'never', 'template_disabled', true],
  // The request itself; media transfers are retried (spec §5 "media: R").
  [100, 'Invalid parameter', 'never', 'fix_request', false],
  [131008, 'Required parameter is missing', 'never', 'fix_request', false],
  [131009, 'Parameter value is not valid', 'never', 'fix_request', false],
  [131051, 'Unsupported message type', 'never', 'fix_request', false],
  [131052, 'Media download error', 'backoff', 'media', false],
  [131053, 'Media upload error', 'backoff', 'media', false],
  // The number and the account: sending stops until someone acts.
  [131048, 'Spam rate limit hit', 'never', 'number_restricted', true],
  [368, 'Temporarily blocked for policies violations', 'never', 'account_blocked', true],
  [131031, 'Account has been locked', 'never', 'account_locked', true],
  [131042, 'Business eligibility payment issue', 'never', 'payment_issue', true],
  [190, 'Access token has expired', 'never', 'credentials', true],
  [133010, 'Account not registered', 'never', 'credentials', true],
  [131045, 'Incorrect certificate (phone number registration error)', 'never', 'credentials', true],
  [131005, 'Access denied', 'never', 'credentials', true],
  // Passing trouble on Meta's side, and app / WABA API-call rate limits.
  [131057, 'Account in maintenance mode', 'after_maintenance', 'none', false],
  [131000, 'Something went wrong', 'backoff', 'none', false],
  [1, 'API unknown', 'backoff', 'none', false],
  [2, 'API service', 'backoff', 'none', false],
  [4, 'API too many calls', 'backoff', 'throughput_backoff', false],
  [80007, 'Rate limit issues', 'backoff', 'throughput_backoff', false],
] as const satisfies readonly Row[];

export type KnownMetaErrorCode = (typeof ROWS)[number][0];

const TABLE: ReadonlyMap<number, MetaErrorInfo> = new Map(
  ROWS.map(([code, title, retry, effect, alert]) => [
    code,
    { code, title, retry, effect, alert, message: META_ERROR_MESSAGES[code] },
  ]),
);

/** Every code this table knows, in table order. */
export const KNOWN_META_ERROR_CODES: readonly KnownMetaErrorCode[] = ROWS.map(([code]) => code);

/**
 * What a Meta error code means. An unknown code is not retried (retrying blind could hurt the number) and raises
 * an alert so someone adds it to the table.
 */
export function describeMetaError(code: number): MetaErrorInfo {
  return TABLE.get(code) ?? unknownError(code);
}

function unknownError(code: number): MetaErrorInfo {
  return {
    code,
    title: 'Unknown error',
    retry: 'never',
    effect: 'none',
    alert: true,
    message: {
      en: `WhatsApp refused the message with error ${code}. It was not retried; tell your administrator.`,
      pt: `O WhatsApp recusou a mensagem com o erro ${code}. Ela não foi reenviada; avise o administrador.`,
      es: `WhatsApp rechazó el mensaje con el error ${code}. No se reintentó; avisa a tu administrador.`,
    },
  };
}
