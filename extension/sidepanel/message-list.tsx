/**
 * What was sent to this contact and what became of it. "Accepted" is not "delivered" (spec §11.6): statuses follow
 * Meta's webhooks; a failure shows Meta's error in plain words; an outbox item says it is waiting for the companion.
 */
import type { MessageStatus } from '../../shared/contracts/api.ts';
import { describeMetaError } from '../../shared/errors/index.ts';
import { formatTime, localized, type MessageKey, t } from '../ui/i18n.ts';
import type { MessageRow } from '../ui/models/message-rows.ts';

const STATUS_KEYS: Record<MessageStatus, MessageKey> = {
  pending: 'statusPending',
  accepted: 'statusAccepted',
  held_for_quality_assessment: 'statusHeld',
  sent: 'statusSent',
  delivered: 'statusDelivered',
  read: 'statusRead',
  played: 'statusPlayed',
  failed: 'statusFailed',
  unknown: 'statusUnknown',
};

function RowStatus(props: { row: MessageRow }) {
  const { row } = props;
  if (row.kind === 'message') {
    const error = row.status === 'failed' && row.errorCode !== null ? describeMetaError(row.errorCode) : undefined;
    return (
      <span data-testid="message-status" data-status={row.status}>
        {t(STATUS_KEYS[row.status])}
        {error ? <span class="error-text"> — {localized(error.message)}</span> : null}
      </span>
    );
  }
  const text =
    row.state === 'pending'
      ? t(row.lastError ? 'outboxQueuedOffline' : 'outboxSending')
      : row.state === 'refused'
        ? t('outboxRefused', row.refusals.join(' '))
        : row.state === 'failed'
          ? t('outboxFailed', row.lastError ?? '')
          : t('statusAccepted');
  return (
    <span data-testid="outbox-status" data-state={row.state}>
      {text}
    </span>
  );
}

export function MessageList(props: { rows: readonly MessageRow[]; now: number }) {
  return (
    <section class="messages" aria-labelledby="messages-title">
      <h2 id="messages-title">{t('messagesTitle')}</h2>
      {props.rows.length === 0 ? (
        <p class="muted">{t('messagesNone')}</p>
      ) : (
        <ul>
          {props.rows.map((row) => (
            <li key={row.id} data-testid="message-row">
              <span class="label">{row.label}</span> <span class="muted">{formatTime(row.at, props.now)}</span>
              <br />
              <RowStatus row={row} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
