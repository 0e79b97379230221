/**
 * The message template as the copilot keeps it: what Meta approved (spec §6), plus the state that webhooks change
 * after approval — status, quality, pauses, re-categorisation (spec §4, §11.10). Instants are epoch milliseconds.
 */
import type { TemplateCategory } from '../categories.ts';
import type { QualityRating } from '../health/quality.ts';

/** Graph `status` values and webhook outcomes (spec §4, §6). Only APPROVED is sendable; UNKNOWN = unrecognised. */
export const TEMPLATE_STATUSES = [
  'APPROVED',
  'PENDING',
  'REJECTED',
  'PAUSED',
  'DISABLED',
  'IN_APPEAL',
  'PENDING_DELETION',
  'DELETED',
  'LIMIT_EXCEEDED',
  'ARCHIVED',
  'LOCKED',
  'FLAGGED',
  'UNKNOWN',
] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/** `{{1}}` positional variables (Meta's default) or `{{first_name}}` named ones (spec §6). */
export type ParameterFormat = 'positional' | 'named';

/** GIF headers exist only for the Marketing Messages API (spec §6). */
export type HeaderFormat = 'TEXT' | 'IMAGE' | 'VIDEO' | 'GIF' | 'DOCUMENT' | 'LOCATION';

export type TemplateButton =
  | { type: 'QUICK_REPLY'; text: string }
  /** `url` may end in one variable, `{{1}}` (or `{{name}}`), filled at send time. */
  | { type: 'URL'; text: string; url: string }
  | { type: 'PHONE_NUMBER'; text: string; phoneNumber: string }
  /** The coupon itself is a send-time parameter (≤ 15 chars); `example` is the one shown at review. */
  | { type: 'COPY_CODE'; example?: string }
  | { type: 'OTP'; otpType?: string; text?: string }
  /** FLOW, VOICE_CALL, CATALOG, MPM, SPM… kept so button indexes stay right; they take no parameters here. */
  | { type: 'OTHER'; rawType: string; text?: string };

export type TemplateComponent =
  | { type: 'HEADER'; format: HeaderFormat; text?: string }
  | { type: 'BODY'; text: string }
  | { type: 'FOOTER'; text: string }
  | { type: 'BUTTONS'; buttons: TemplateButton[] };

/** One `other_info.title` of a status webhook: 1st pause 3 h, 2nd 6 h, 3rd disabled (spec §4, §6). */
export interface PauseRecord {
  kind: 'FIRST_PAUSE' | 'SECOND_PAUSE' | 'RATE_LIMITING_PAUSE' | 'DISABLED' | 'UNPAUSE';
  at: number;
}

/**
 * Per-field instants of the newest information applied, so a late webhook about one field (status, quality,
 * category) never overwrites newer state of that field, yet is not dropped because another field moved on.
 * Absent on templates built by hand: then `updatedAt` stands for all three.
 */
export interface TemplateWatermarks {
  status: number;
  quality: number;
  category: number;
}

export interface Template {
  id: string;
  name: string;
  /** Meta's language code of this translation, e.g. "en_US", "pt_BR", "es". */
  language: string;
  category: TemplateCategory;
  status: TemplateStatus;
  quality: QualityRating;
  parameterFormat: ParameterFormat;
  components: TemplateComponent[];
  /** Pause history from webhooks (3 h, 6 h, then disabled — spec §6), oldest first, unique by kind and instant. */
  pauses: PauseRecord[];
  /** Impending re-categorisation (`template_category_update` with `correct_category`); `at` = when it takes effect if known. */
  pendingCategory?: { category: TemplateCategory; at: number };
  rejectedReason?: string;
  /** When a [LEGACY] FLAGGED event said the template is "at risk"; informational, cleared when reinstated/approved. */
  flaggedAt?: number;
  watermarks?: TemplateWatermarks;
  updatedAt: number;
}

/** The identity Meta sends and approves: one template name, one translation. */
export function templateKey(t: { name: string; language: string }): string {
  return `${t.name}:${t.language}`;
}

/** Reads a Graph `status` (any case); a value this version does not know becomes UNKNOWN, which is never sendable. */
export function parseTemplateStatus(value: unknown): TemplateStatus {
  const upper = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return (TEMPLATE_STATUSES as readonly string[]).includes(upper) ? (upper as TemplateStatus) : 'UNKNOWN';
}

/** The watermarks in force: the stored ones, or `updatedAt` for every field. */
export function watermarksOf(t: Template): TemplateWatermarks {
  return t.watermarks ?? { status: t.updatedAt, quality: t.updatedAt, category: t.updatedAt };
}
