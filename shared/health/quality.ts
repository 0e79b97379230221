/**
 * Quality as Meta rates it, for phone numbers (`quality_rating`) and templates (`quality_score.score`), spec §3 and §6:
 * GREEN high, YELLOW medium, RED low, UNKNOWN not yet rated. Some SDKs send "NA", and the WhatsApp Manager shows
 * High/Medium/Low; all are read into the same four values.
 */
export const QUALITY_RATINGS = ['GREEN', 'YELLOW', 'RED', 'UNKNOWN'] as const;
export type QualityRating = (typeof QUALITY_RATINGS)[number];

const ALIASES: Record<string, QualityRating> = {
  GREEN: 'GREEN',
  HIGH: 'GREEN',
  YELLOW: 'YELLOW',
  MEDIUM: 'YELLOW',
  RED: 'RED',
  LOW: 'RED',
  UNKNOWN: 'UNKNOWN',
  NA: 'UNKNOWN',
  PENDING: 'UNKNOWN',
};

export function parseQualityRating(value: unknown): QualityRating {
  return typeof value === 'string' ? (ALIASES[value.trim().toUpperCase()] ?? 'UNKNOWN') : 'UNKNOWN';
}
