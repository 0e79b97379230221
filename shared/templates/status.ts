/**
 * Webhook updates applied to a stored template (spec §4): `message_template_status_update`,
 * `message_template_quality_update`, `template_category_update`. Webhooks arrive late, twice and out of order, so
 * each field (status, quality, category) keeps the instant of its newest information (`watermarks`): an older
 * update about a field never overwrites it, yet is not lost just because another field moved on. Pause records
 * are history, not state: they are kept whenever they arrive, once per kind and instant.
 */
import { parseTemplateCategory } from '../categories.ts';
import { parseQualityRating } from '../health/quality.ts';
import { type PauseRecord, type Template, type TemplateStatus, watermarksOf } from './model.ts';

/**
 * Event → status. REINSTATED is "no longer flagged or disabled and can be sent again" (Meta), so APPROVED.
 * UNARCHIVED → APPROVED: only approved templates get archived (12 months unused, spec §6) and Meta unarchives them
 * without a new review. LOCKED and LIMIT_EXCEEDED are recorded as Meta names them (not APPROVED, so not sendable).
 */
const EVENT_STATUS: Readonly<Record<string, TemplateStatus>> = {
  APPROVED: 'APPROVED',
  REINSTATED: 'APPROVED',
  UNARCHIVED: 'APPROVED',
  REJECTED: 'REJECTED',
  PENDING: 'PENDING',
  PAUSED: 'PAUSED',
  DISABLED: 'DISABLED',
  IN_APPEAL: 'IN_APPEAL',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  LOCKED: 'LOCKED',
  PENDING_DELETION: 'PENDING_DELETION',
  DELETED: 'DELETED',
  ARCHIVED: 'ARCHIVED',
};

const PAUSE_KINDS: readonly PauseRecord['kind'][] = [
  'FIRST_PAUSE',
  'SECOND_PAUSE',
  'RATE_LIMITING_PAUSE',
  'DISABLED',
  'UNPAUSE',
];

/** Adds a record unless the same kind at the same instant is there (webhook retries), keeping the history in order. */
export function withPauseRecord(pauses: readonly PauseRecord[], record: PauseRecord): PauseRecord[] {
  if (pauses.some((p) => p.kind === record.kind && p.at === record.at)) return [...pauses];
  return [...pauses, record].sort((a, b) => a.at - b.at);
}

function pauseKindOf(event: string, title: string | undefined): PauseRecord['kind'] | undefined {
  const upper = title?.trim().toUpperCase() ?? '';
  if ((PAUSE_KINDS as readonly string[]).includes(upper)) return upper as PauseRecord['kind'];
  // A DISABLED event is the end of the 3 h / 6 h / disabled ladder even when `other_info` is missing.
  return event === 'DISABLED' ? 'DISABLED' : undefined;
}

export function applyTemplateStatusUpdate(
  t: Template,
  u: { event: string; reason?: string | null; otherInfoTitle?: string; at: number },
): Template {
  const event = u.event.trim().toUpperCase();
  const status = EVENT_STATUS[event];
  if (status === undefined && event !== 'FLAGGED') return t; // unknown events change nothing
  const kind = pauseKindOf(event, u.otherInfoTitle);
  const withHistory = kind ? { ...t, pauses: withPauseRecord(t.pauses, { kind, at: u.at }) } : t;
  const marks = watermarksOf(t);
  if (u.at < marks.status) return withHistory;
  // [LEGACY] FLAGGED (spec §10.2): Meta says "at risk of being disabled", not unsendable; the pause or disable that
  // may follow comes as its own event. Recorded as `flaggedAt`, status untouched, so it never blocks a send itself.
  if (status === undefined) return { ...withHistory, flaggedAt: Math.max(u.at, t.flaggedAt ?? u.at) };
  const { rejectedReason, flaggedAt, ...rest } = withHistory;
  const next: Template = {
    ...rest,
    status,
    updatedAt: Math.max(t.updatedAt, u.at),
    watermarks: { ...marks, status: u.at },
  };
  const reason = u.reason?.trim();
  if (status === 'REJECTED' && reason && reason.toUpperCase() !== 'NONE') next.rejectedReason = reason;
  else if (status !== 'APPROVED' && status !== 'REJECTED' && rejectedReason !== undefined)
    next.rejectedReason = rejectedReason;
  if (flaggedAt !== undefined && (status !== 'APPROVED' || flaggedAt > u.at)) next.flaggedAt = flaggedAt;
  return next;
}

/** Values Meta uses for "not rated yet"; any other unrecognised value is ignored rather than read as UNKNOWN. */
const UNRATED = new Set(['UNKNOWN', 'NA', 'PENDING']);

export function applyTemplateQualityUpdate(t: Template, u: { newQualityScore: string; at: number }): Template {
  const quality = parseQualityRating(u.newQualityScore);
  // An unknown score must not turn RED into UNKNOWN and unblock a template (spec §6).
  if (quality === 'UNKNOWN' && !UNRATED.has(u.newQualityScore.trim().toUpperCase())) return t;
  const marks = watermarksOf(t);
  if (u.at < marks.quality) return t;
  return { ...t, quality, updatedAt: Math.max(t.updatedAt, u.at), watermarks: { ...marks, quality: u.at } };
}

/**
 * `template_category_update` (spec §4, §6): done (`new_category`) sets the category, since the charge is the
 * category at time of send; impending (`correct_category`, `category_update_timestamp` in epoch ms) is kept as
 * `pendingCategory` with the instant it takes effect, or the webhook's instant when Meta gives none.
 */
export function applyTemplateCategoryUpdate(
  t: Template,
  u: { newCategory?: string; correctCategory?: string; categoryUpdateTimestamp?: number; at: number },
): Template {
  const marks = watermarksOf(t);
  if (u.at < marks.category) return t;
  const stamped = { updatedAt: Math.max(t.updatedAt, u.at), watermarks: { ...marks, category: u.at } };
  const { pendingCategory: _previous, ...withoutPending } = t;
  if (u.newCategory?.trim())
    return { ...withoutPending, ...stamped, category: parseTemplateCategory(u.newCategory.trim()) };
  if (!u.correctCategory?.trim()) return t;
  const category = parseTemplateCategory(u.correctCategory.trim());
  if (category === t.category) return { ...withoutPending, ...stamped };
  return { ...t, ...stamped, pendingCategory: { category, at: u.categoryUpdateTimestamp ?? u.at } };
}
