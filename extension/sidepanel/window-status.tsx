/**
 * The customer-service window as a live countdown (spec §1): free-form only while it is open; it opens and resets
 * only when the customer writes. Also the 72 h free entry point, and the offer to start one by replying in time.
 */
import type { WindowState } from '../../shared/window/window.ts';
import { formatTime, t } from '../ui/i18n.ts';
import { formatDuration } from '../ui/models/duration.ts';

export function WindowStatus(props: { window: WindowState; now: number }) {
  const { window, now } = props;
  const { closesAt } = window;
  return (
    <section class="window" aria-label={t('windowTitle')}>
      <p
        data-testid="window-status"
        data-open={String(window.open)}
        class={window.open ? 'level green' : 'level amber'}
      >
        {window.open && closesAt !== undefined
          ? t('windowOpen', formatTime(closesAt, now), formatDuration(closesAt - now))
          : closesAt !== undefined
            ? t('windowClosedSince', formatTime(closesAt, now))
            : t('windowNever')}
      </p>
      {window.freeEntryPointUntil !== undefined ? (
        <p data-testid="free-entry-point">
          {t('fepOpen', formatTime(window.freeEntryPointUntil, now), formatDuration(window.freeEntryPointUntil - now))}
        </p>
      ) : null}
      {window.freeEntryPointOfferUntil !== undefined ? (
        <p data-testid="free-entry-point-offer">{t('fepOffer', formatTime(window.freeEntryPointOfferUntil, now))}</p>
      ) : null}
    </section>
  );
}
