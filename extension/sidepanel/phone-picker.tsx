/** Which of the record's numbers to message. Numbers without a country code cannot be used on WhatsApp (spec §5). */
import type { PageContact } from '../../shared/contracts/protocol.ts';
import { t } from '../ui/i18n.ts';

export function PhonePicker(props: { phones: PageContact['phones']; index: number; onPick: (index: number) => void }) {
  const { phones } = props;
  if (phones.length === 0) return <p class="muted">{t('phoneNone')}</p>;
  return (
    <p class="phone">
      <label for="phone-picker">{t('phoneLabel')}</label>
      <select
        id="phone-picker"
        data-testid="phone-picker"
        value={String(props.index)}
        onChange={(e) => props.onPick(Number(e.currentTarget.value))}
      >
        {phones.map((phone, index) => (
          <option key={phone.raw} value={String(index)} disabled={!phone.e164}>
            {[phone.label, phone.e164 ?? phone.raw, phone.e164 ? '' : t('phoneNoCountryCode')]
              .filter(Boolean)
              .join(' · ')}
          </option>
        ))}
      </select>
    </p>
  );
}
