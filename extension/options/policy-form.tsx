/**
 * The team's own send rules on top of WhatsApp's: quiet hours in the contact's time zone, a frequency cap on
 * business-initiated messages, and the time zone used when the CRM gives none. Validated before saving.
 */
import { useState } from 'preact/hooks';
import type { PolicySettings } from '../../shared/policy/settings.ts';
import { setItem } from '../storage/items.ts';
import { FieldError } from '../ui/components/field-error.tsx';
import { type MessageKey, t } from '../ui/i18n.ts';
import { draftOf, type PolicyDraft, type PolicyErrors, type PolicyField, settingsOf } from './policy-draft.ts';

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function PolicyForm(props: { policy: PolicySettings }) {
  const [draft, setDraft] = useState<PolicyDraft>(() => draftOf(props.policy));
  const [errors, setErrors] = useState<PolicyErrors>({});
  const [saved, setSaved] = useState(false);
  const update = (change: Partial<PolicyDraft>) => {
    setDraft({ ...draft, ...change });
    setSaved(false);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const result = settingsOf(draft);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    await setItem('policy', result.settings);
    setSaved(true);
  };

  const field = (
    name: PolicyField,
    label: MessageKey,
    type: 'time' | 'number' | 'text',
    extra: Record<string, unknown> = {},
  ) => (
    <p>
      <label for={`policy-${name}`}>{t(label)}</label>
      <input
        id={`policy-${name}`}
        data-testid={`policy-${name}`}
        // Preact's types tie attributes to one input type; these three share every attribute used here.
        type={type as 'text'}
        value={draft[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`policy-${name}-error`}
        onInput={(e) => update({ [name]: e.currentTarget.value })}
        {...extra}
      />
      <FieldError id={`policy-${name}-error`} message={errors[name] && t(errors[name])} />
    </p>
  );

  return (
    <section aria-labelledby="policy-title">
      <h2 id="policy-title">{t('policyTitle')}</h2>
      <form onSubmit={save} noValidate>
        <fieldset>
          <legend>{t('policyQuietHours')}</legend>
          <label class="check">
            <input
              type="checkbox"
              data-testid="policy-quietOn"
              checked={draft.quietOn}
              onChange={(e) => update({ quietOn: e.currentTarget.checked })}
            />
            {t('policyQuietOn')}
          </label>
          {draft.quietOn ? field('quietStart', 'policyQuietStart', 'time') : null}
          {draft.quietOn ? field('quietEnd', 'policyQuietEnd', 'time') : null}
        </fieldset>
        <fieldset>
          <legend>{t('policyCap')}</legend>
          {field('capMax', 'policyCapMax', 'number', { min: 1, max: 100, step: 1 })}
          {field('capHours', 'policyCapHours', 'number', { min: 1, step: 1 })}
        </fieldset>
        {field('timeZone', 'policyTimeZone', 'text', { autocomplete: 'off' })}
        <button type="button" class="link" onClick={() => update({ timeZone: localZone() })}>
          {t('policyUseLocalZone', localZone())}
        </button>
        <div class="actions">
          <button type="submit" data-testid="policy-save">
            {t('save')}
          </button>
        </div>
        {saved ? <p role="status">{t('saved')}</p> : null}
      </form>
    </section>
  );
}
