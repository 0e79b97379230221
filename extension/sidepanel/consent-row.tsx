/**
 * One consent category of the contact: its status and the proof behind it (source, the words, when, who, evidence),
 * with one-click buttons to record a new opt-in or opt-out.
 */
import type { ConsentCategory } from '../../shared/categories.ts';
import type { ConsentAction } from '../../shared/consent/events.ts';
import type { CategoryConsent } from '../../shared/consent/state.ts';
import { formatTime, type MessageKey, t } from '../ui/i18n.ts';

const STATUS_KEYS: Record<CategoryConsent['status'], MessageKey> = {
  opted_in: 'consentOptedIn',
  opted_out: 'consentOptedOut',
  unknown: 'consentUnknown',
};

/** Only web links become links; anything else (a wamid, a file reference) is shown as text. */
function Evidence(props: { evidence: string }) {
  const isLink = /^https?:\/\//i.test(props.evidence);
  return isLink ? (
    <a href={props.evidence} target="_blank" rel="noopener noreferrer">
      {t('consentEvidenceLink')}
    </a>
  ) : (
    <span>{props.evidence}</span>
  );
}

function Proof(props: { consent: CategoryConsent; now: number }) {
  const proof = props.consent.proof;
  if (!proof) return null;
  return (
    <dl class="proof" data-testid="consent-proof">
      <dt>{t('proofSource')}</dt>
      <dd>{t(`consentSource_${proof.source}`)}</dd>
      <dt>{t('proofWording')}</dt>
      <dd>
        <q>{proof.wording || t('proofNoWording')}</q>
      </dd>
      <dt>{t('proofWhen')}</dt>
      <dd>{formatTime(proof.at, props.now)}</dd>
      <dt>{t('proofWho')}</dt>
      <dd>{proof.recordedBy}</dd>
      {proof.evidence ? (
        <>
          <dt>{t('proofEvidence')}</dt>
          <dd>
            <Evidence evidence={proof.evidence} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export function ConsentRow(props: {
  category: ConsentCategory;
  consent: CategoryConsent;
  pending: boolean;
  now: number;
  onRecord: (category: ConsentCategory, action: ConsentAction) => void;
}) {
  const { category, consent } = props;
  const tone = consent.status === 'opted_in' ? 'green' : consent.status === 'opted_out' ? 'red' : 'amber';
  return (
    <li class="consent" data-testid={`consent-${category}`} data-status={consent.status}>
      <p>
        <strong>{t(`category_${category}`)}</strong>:{' '}
        <span class={`level ${tone}`}>{t(STATUS_KEYS[consent.status])}</span>
        {props.pending ? <span class="muted"> · {t('consentPending')}</span> : null}
      </p>
      <Proof consent={consent} now={props.now} />
      <div class="actions">
        {(['opt_in', 'opt_out'] as const).map((action) => (
          <button
            key={action}
            type="button"
            class="secondary"
            data-testid="open-consent-form"
            data-category={category}
            data-action={action}
            onClick={() => props.onRecord(category, action)}
          >
            {t(action === 'opt_in' ? 'consentRecordOptIn' : 'consentRecordOptOut')}
          </button>
        ))}
      </div>
    </li>
  );
}
