/**
 * Pairs the extension with the companion on this computer: its address and the 6-digit code `qbm-companion pair`
 * prints. The worker exchanges the code for a token and stores both; this page only shows the outcome.
 */
import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { ITEMS, type ItemValue } from '../storage/items.ts';
import { useApi } from '../ui/components/context.ts';
import { FieldError } from '../ui/components/field-error.tsx';
import { t } from '../ui/i18n.ts';

type Outcome = { kind: 'busy' } | { kind: 'paired' } | { kind: 'failed'; error: string };

export function Pairing(props: { companion: ItemValue<'companion'> }) {
  const api = useApi();
  const [address, setAddress] = useState(props.companion.address);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ address?: string; code?: string }>({});
  const [outcome, setOutcome] = useState<Outcome>();
  const paired = props.companion.token !== null;

  const pair = async (event: Event) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!v.is(ITEMS.companion.schema.entries.address, address.trim())) next.address = t('pairErrorAddress');
    if (!/^\d{6}$/.test(code.trim())) next.code = t('pairErrorCode');
    setErrors(next);
    if (next.address || next.code) return;
    setOutcome({ kind: 'busy' });
    try {
      const result = await api.pair(address.trim(), code.trim());
      setOutcome(result.ok ? { kind: 'paired' } : { kind: 'failed', error: result.error ?? t('pairFailedUnknown') });
      if (result.ok) setCode('');
    } catch (error) {
      setOutcome({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section aria-labelledby="pairing-title">
      <h2 id="pairing-title">{t('pairTitle')}</h2>
      <p data-testid="pair-status" data-paired={String(paired)} class={paired ? 'level green' : 'level amber'}>
        {paired ? t('pairPaired', props.companion.address) : t('pairNotPaired')}
      </p>
      <form onSubmit={pair} noValidate>
        <label for="pair-address">{t('pairAddress')}</label>
        <input
          id="pair-address"
          data-testid="pair-address"
          value={address}
          aria-invalid={errors.address ? true : undefined}
          aria-describedby="pair-address-error"
          onInput={(e) => setAddress(e.currentTarget.value)}
        />
        <FieldError id="pair-address-error" message={errors.address} />
        <label for="pair-code">{t('pairCode')}</label>
        <input
          id="pair-code"
          data-testid="pair-code"
          value={code}
          inputMode="numeric"
          autocomplete="one-time-code"
          maxLength={6}
          aria-invalid={errors.code ? true : undefined}
          aria-describedby="pair-code-error"
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <FieldError id="pair-code-error" message={errors.code} />
        <button type="submit" data-testid="pair-submit" disabled={outcome?.kind === 'busy'}>
          {t('pairSubmit')}
        </button>
      </form>
      {outcome?.kind === 'paired' ? (
        <p role="status" data-testid="pair-result">
          {t('pairSucceeded')}
        </p>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <p role="alert" class="error" data-testid="pair-error">
          {t('pairFailed', outcome.error)}
        </p>
      ) : null}
    </section>
  );
}
