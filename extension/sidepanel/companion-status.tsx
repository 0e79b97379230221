/**
 * Whether the panel is current. When the companion cannot be reached the panel keeps showing what it knows, says
 * how old that is, and offers to try again; without a pairing it points to Options.
 */
import { useState } from 'preact/hooks';
import { browserApi } from '../messaging/browser.ts';
import { useApi } from '../ui/components/context.ts';
import { t, uiLanguage } from '../ui/i18n.ts';
import type { CompanionState } from '../ui/models/companion-state.ts';
import { formatAge } from '../ui/models/duration.ts';

function RetryButton() {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const retry = async () => {
    setBusy(true);
    try {
      await api.syncNow();
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" onClick={retry} disabled={busy}>
      {t(busy ? 'companionRetrying' : 'companionRetry')}
    </button>
  );
}

const count = (n: number) => n.toLocaleString(uiLanguage());

function asOf(lastSyncAt: number | null, now: number): string {
  return lastSyncAt === null ? t('companionNeverSynced') : t('companionAsOf', formatAge(now - lastSyncAt));
}

export function CompanionStatus(props: { state: CompanionState; now: number }) {
  const { state, now } = props;
  const tone = state.kind === 'ok' || state.kind === 'syncing' ? 'ok' : 'warn';
  return (
    // Not a live region: the age line changes every minute and would be read out again and again.
    <section class={`companion ${tone}`} data-testid="companion-status" data-state={state.kind}>
      {state.kind === 'unpaired' ? (
        <>
          <p>{t('companionUnpaired')}</p>
          <button type="button" onClick={() => void browserApi().runtime.openOptionsPage()}>
            {t('openOptions')}
          </button>
        </>
      ) : state.kind === 'unreachable' ? (
        <>
          <p>
            {t('companionUnreachable', state.error)} <span data-testid="data-age">{asOf(state.lastSyncAt, now)}</span>
          </p>
          <RetryButton />
        </>
      ) : state.kind === 'first-sync' ? (
        <p data-testid="sync-progress" data-done={state.done} data-total={state.total}>
          {state.total === undefined
            ? t('companionFirstSync', state.done)
            : t('companionFirstSyncOf', count(state.done), count(state.total))}
        </p>
      ) : (
        <p class="muted">
          {t(state.kind === 'syncing' ? 'companionSyncing' : 'companionUpToDate')} {asOf(state.lastSyncAt, now)}
        </p>
      )}
    </section>
  );
}
