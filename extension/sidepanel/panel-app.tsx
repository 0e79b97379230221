/**
 * The side panel: the number's health and the companion's reachability on top, then the CRM contact of the active
 * tab. Page, settings and clock live in signal models; IndexedDB is read live (re-read when the worker writes); the panel never writes
 * it — every action goes to the background worker.
 */
import { useModel } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { useApi } from '../ui/components/context.ts';
import { Notice } from '../ui/components/notice.tsx';
import { useLiveQuery } from '../ui/components/use-live-query.ts';
import { t } from '../ui/i18n.ts';
import { now } from '../ui/models/clock.ts';
import { companionState } from '../ui/models/companion-state.ts';
import { recordIdentity } from '../ui/models/contact-identity.ts';
import { PageModel } from '../ui/models/page-model.ts';
import { loadSharedData, SHARED_TABLES } from '../ui/models/records.ts';
import { SettingsModel } from '../ui/models/settings-model.ts';
import { browserTabEvents, type TabEvents } from '../ui/models/tab-events.ts';
import { CompanionStatus } from './companion-status.tsx';
import { NumberHealth } from './number-health.tsx';
import { RecordScreen } from './record-screen.tsx';

export function PanelApp(props: { tabs?: TabEvents }) {
  const api = useApi();
  const page = useModel(() => new PageModel(api, props.tabs ?? browserTabEvents));
  const settings = useModel(SettingsModel);
  const shared = useLiveQuery(SHARED_TABLES, (db) => loadSharedData(db, Date.now()), []);
  const current = now.value;
  const read = page.read.value;
  const policy = settings.policy.value;
  const agent = settings.agent.value;
  const companion = companionState(settings.companion.value?.token ?? null, shared?.sync);
  // The same element while the number and the minute are the same: Preact skips it, so a record switch or the
  // clock's tick does not redraw the number's health and its chart.
  const minute = Math.floor(current / 60_000) * 60_000;
  const numberHealth = useMemo(
    () => (shared ? <NumberHealth number={shared.number} samples={shared.samples} now={minute} /> : null),
    [shared?.number, shared?.samples, minute],
  );

  const body = () => {
    if (read === undefined) return <Notice testid="checking">{t('checking')}</Notice>;
    if (read === null) return <Notice testid="no-crm-page">{t('noCrmPage')}</Notice>;
    if (!read.ok) {
      return (
        <Notice testid="could-not-read" tone="warn">
          {t('couldNotRead', read.problem)}
        </Notice>
      );
    }
    if (!shared || !settings.ready.value || policy === undefined || agent === undefined) {
      return <Notice testid="checking">{t('checking')}</Notice>;
    }
    return (
      <RecordScreen
        key={recordIdentity(read.contact)}
        page={read.contact}
        readAt={page.readAt.value}
        shared={shared}
        policy={policy}
        agent={agent}
        companion={companion}
        now={current}
      />
    );
  };

  return (
    <main class="panel">
      <header>
        {numberHealth}
        {shared && settings.ready.value ? <CompanionStatus state={companion} now={current} /> : null}
      </header>
      {body()}
    </main>
  );
}
