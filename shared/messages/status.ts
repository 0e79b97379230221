/**
 * Message statuses and their order. Webhooks arrive duplicated and out of order (`read` without `delivered`), so the
 * stored status is the highest-ranked one ever seen: the same set of webhooks in any order gives the same status.
 * `failed` outranks everything (a failure is final); `unknown` (the send's outcome was lost) is below any webhook.
 */
import type { MessageStatus } from '../contracts/api.ts';

const RANKS: Record<MessageStatus, number> = {
  pending: 0,
  unknown: 1,
  accepted: 2,
  held_for_quality_assessment: 2,
  sent: 3,
  delivered: 4,
  read: 5,
  played: 6,
  failed: 9,
};

export function statusRank(status: MessageStatus): number {
  return RANKS[status];
}

/** Maps a webhook status to ours; `deleted` and unknown values are not message progress. */
export function statusFromWebhook(status: string): MessageStatus | undefined {
  return status === 'sent' || status === 'delivered' || status === 'read' || status === 'failed' || status === 'played'
    ? status
    : undefined;
}
