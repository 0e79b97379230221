/**
 * The number's health at the top of the panel (spec §2, §3): quality rating, status, the portfolio messaging limit
 * used and left in the moving 24 h with its 7-day history, and a banner when Meta says sending is LIMITED or BLOCKED.
 */
import type { NumberRecord, NumberSample } from '../db/records.ts';
import { t } from '../ui/i18n.ts';
import { LimitChart } from './limit-chart.tsx';

const QUALITY_KEYS = {
  GREEN: 'qualityGreen',
  YELLOW: 'qualityYellow',
  RED: 'qualityRed',
  UNKNOWN: 'qualityUnknown',
} as const;

function LimitLine(props: { number: NumberRecord }) {
  const limit = props.number.view?.messagingLimit;
  if (!limit) return <p>{t('limitUnknown')}</p>;
  if (limit.limit === null) return <p>{t('limitUnlimited', limit.used)}</p>;
  return <p data-testid="limit-usage">{t('limitUsed', limit.used, limit.limit, limit.remaining ?? 0)}</p>;
}

function HealthBanner(props: { status: string; errors: readonly { code: number; description: string }[] }) {
  if (props.status !== 'LIMITED' && props.status !== 'BLOCKED') return null;
  const blocked = props.status === 'BLOCKED';
  return (
    <div class={`banner ${blocked ? 'red' : 'amber'}`} role="alert" data-testid="health-banner">
      <strong>{t(blocked ? 'healthBlocked' : 'healthLimited')}</strong>
      {props.errors.length > 0 ? (
        <ul>
          {props.errors.map((error) => (
            <li key={error.code}>{error.description}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function NumberHealth(props: {
  number: NumberRecord | undefined;
  samples: readonly NumberSample[];
  now: number;
}) {
  const { number } = props;
  const view = number?.view;
  const health = number?.health;
  const quality = view?.qualityRating ?? health?.qualityRating ?? 'UNKNOWN';
  const status = view?.healthStatus ?? health?.healthStatus ?? 'UNKNOWN';
  if (!number) {
    return (
      <section class="number-health" data-testid="number-health" data-health="UNKNOWN">
        <p>{t('numberUnknown')}</p>
      </section>
    );
  }
  const errors = view?.healthErrors ?? health?.healthEntities.flatMap((entity) => entity.errors) ?? [];
  return (
    <section class="number-health" data-testid="number-health" data-health={status} aria-label={t('numberTitle')}>
      <div class="row">
        <span class={`quality q-${quality}`}>{t(QUALITY_KEYS[quality])}</span>
        <span class="muted">
          {view?.displayPhoneNumber ?? health?.displayPhoneNumber ?? ''} · {view?.status ?? health?.status}
        </span>
      </div>
      <div class="row">
        <LimitLine number={number} />
        <LimitChart samples={props.samples} now={props.now} />
      </div>
      <HealthBanner status={status} errors={errors} />
    </section>
  );
}
