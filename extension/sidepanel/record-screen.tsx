/**
 * One CRM record. Holds the agent's pick among its phone numbers (mounted per record, so the pick resets when the
 * agent opens another one) and mounts the contact screen per contact key: another number is another contact.
 */
import { useState } from 'preact/hooks';
import { Notice } from '../ui/components/notice.tsx';
import { t } from '../ui/i18n.ts';
import { defaultPhoneIndex, identityOf } from '../ui/models/contact-identity.ts';
import { ContactScreen, type ContactScreenProps } from './contact-screen.tsx';
import { PhonePicker } from './phone-picker.tsx';

type Props = Omit<ContactScreenProps, 'identity' | 'phoneIndex' | 'onPhone'>;

export function RecordScreen(props: Props) {
  const [picked, setPicked] = useState(() => defaultPhoneIndex(props.page));
  // The same record read again may list fewer numbers: fall back to the default pick.
  const phoneIndex = picked < props.page.phones.length ? picked : defaultPhoneIndex(props.page);
  const identity = identityOf(props.page, phoneIndex);
  if (!identity) {
    return (
      <>
        <Notice testid="no-whatsapp" tone="warn">
          {t('contactNoWhatsApp')}
          {props.page.fields.masked_phones ? ` ${t('contactMaskedPhones')}` : ''}
        </Notice>
        <PhonePicker phones={props.page.phones} index={phoneIndex} onPick={setPicked} />
      </>
    );
  }
  return (
    <ContactScreen key={identity.key} {...props} identity={identity} phoneIndex={phoneIndex} onPhone={setPicked} />
  );
}
