/**
 * Records an opt-in or opt-out with its proof (spec §7): which categories, where the customer gave it, the words they
 * saw or sent, and optionally a link or reference. Source and wording are required. The worker queues the record
 * for the companion; the card shows it once synced.
 */
import { useState } from 'preact/hooks';
import { CONSENT_CATEGORIES, type ConsentCategory } from '../../shared/categories.ts';
import type { ConsentAction, ConsentSource } from '../../shared/consent/events.ts';
import { useApi } from '../ui/components/context.ts';
import { FieldError } from '../ui/components/field-error.tsx';
import { type MessageKey, t } from '../ui/i18n.ts';
import { AGENT_SOURCES, type ConsentDraft, type ConsentErrors, checkConsentDraft } from '../ui/models/consent-form.ts';

interface Props {
  contact: string;
  agent: string;
  action: ConsentAction;
  category: ConsentCategory;
  onDone: (outcome: 'recorded' | 'cancelled') => void;
}

export function ConsentForm(props: Props) {
  const api = useApi();
  const [draft, setDraft] = useState<ConsentDraft>({
    action: props.action,
    categories: [props.category],
    source: '',
    wording: '',
    evidence: '',
  });
  const [errors, setErrors] = useState<ConsentErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const update = (change: Partial<ConsentDraft>) => setDraft({ ...draft, ...change });
  const toggle = (category: ConsentCategory, on: boolean) =>
    update({ categories: on ? [...draft.categories, category] : draft.categories.filter((c) => c !== category) });

  const submit = async (event: Event) => {
    event.preventDefault();
    const check = checkConsentDraft(draft, props.contact, props.agent);
    if (!check.ok) return setErrors(check.errors);
    setErrors({});
    setBusy(true);
    try {
      await api.recordConsent(check.request);
      props.onDone('recorded');
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const title: MessageKey = props.action === 'opt_in' ? 'consentFormOptIn' : 'consentFormOptOut';
  return (
    <form class="consent-form" data-testid="consent-form" onSubmit={submit} noValidate>
      <fieldset aria-describedby={errors.categories ? 'consent-categories-error' : undefined}>
        <legend>{t(title)}</legend>
        {CONSENT_CATEGORIES.map((category) => (
          <label key={category} class="check">
            <input
              type="checkbox"
              checked={draft.categories.includes(category)}
              onChange={(e) => toggle(category, e.currentTarget.checked)}
            />
            {t(`category_${category}`)}
          </label>
        ))}
        <FieldError id="consent-categories-error" message={errors.categories && t(errors.categories)} />
      </fieldset>
      <label for="consent-source">{t('consentSource')}</label>
      <select
        id="consent-source"
        data-testid="consent-source"
        value={draft.source}
        required
        aria-invalid={errors.source ? true : undefined}
        aria-describedby={errors.source ? 'consent-source-error' : undefined}
        onChange={(e) => update({ source: e.currentTarget.value as ConsentSource | '' })}
      >
        <option value="">{t('consentSourceChoose')}</option>
        {AGENT_SOURCES.map((source) => (
          <option key={source} value={source}>
            {t(`consentSource_${source}`)}
          </option>
        ))}
      </select>
      <FieldError id="consent-source-error" message={errors.source && t(errors.source)} />
      <label for="consent-wording">{t(props.action === 'opt_in' ? 'consentWordingIn' : 'consentWordingOut')}</label>
      <textarea
        id="consent-wording"
        data-testid="consent-wording"
        value={draft.wording}
        required
        maxLength={2000}
        rows={3}
        aria-invalid={errors.wording ? true : undefined}
        aria-describedby={errors.wording ? 'consent-wording-error' : undefined}
        onInput={(e) => update({ wording: e.currentTarget.value })}
      />
      <FieldError id="consent-wording-error" message={errors.wording && t(errors.wording)} />
      <label for="consent-evidence">{t('consentEvidence')}</label>
      <input
        id="consent-evidence"
        data-testid="consent-evidence"
        value={draft.evidence}
        maxLength={2000}
        onInput={(e) => update({ evidence: e.currentTarget.value })}
      />
      <FieldError id="consent-agent-error" message={errors.agent && t(errors.agent)} />
      {failure ? (
        <p class="error" role="alert">
          {t('consentFailed', failure)}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" data-testid="record-consent" disabled={busy}>
          {t('consentRecord')}
        </button>
        <button type="button" class="secondary" onClick={() => props.onDone('cancelled')}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
