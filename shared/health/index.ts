export { parseGraphInstant } from './graph-time.ts';
export {
  type AccountRestriction,
  type HealthEntity,
  type HealthStatus,
  NUMBER_STATUSES,
  type NumberFieldsError,
  type NumberHealth,
  type NumberStatus,
  numberHealthFromGraph,
  parseHealthStatus,
  parseNumberStatus,
  type ThroughputLevel,
} from './number-health.ts';
export {
  type AccountUpdate,
  applyAccountUpdate,
  applyCapabilityUpdate,
  applyPolledHealth,
  applyQualityUpdate,
  type CapabilityUpdate,
  isLegacyQualityEvent,
  LEGACY_QUALITY_EVENTS,
  QUALITY_EVENTS,
  type QualityUpdate,
} from './number-updates.ts';
export { parseQualityRating, QUALITY_RATINGS, type QualityRating } from './quality.ts';
export {
  type NumberSendability,
  numberSendability,
  type SendabilityBlocker,
  type SendabilityWarning,
  type SendBlockerCode,
  type SendScope,
  type SendWarningCode,
} from './sendability.ts';
export { BLOCKER_MESSAGES, WARNING_MESSAGES } from './sendability-messages.ts';
