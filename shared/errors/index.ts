export {
  describeMetaError,
  type ErrorEffect,
  KNOWN_META_ERROR_CODES,
  type KnownMetaErrorCode,
  type MetaErrorInfo,
  type RetryRule,
  retryDelay,
} from './meta-errors.ts';
export {
  BACKOFF_BASE,
  BACKOFF_CAP,
  MAINTENANCE_WAIT,
  MARKETING_COOLDOWN,
  MARKETING_COOLDOWN_SPREAD,
  MAX_RETRIES,
} from './retry-delay.ts';
