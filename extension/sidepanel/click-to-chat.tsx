/**
 * While the companion cannot send, the agent may open the chat in their own WhatsApp (wa.me), with the same checks
 * the policy makes: see ui/models/click-to-chat.ts for when it is offered.
 */
import type { ConsentState } from '../../shared/consent/state.ts';
import { t } from '../ui/i18n.ts';
import { clickToChatAllowed, clickToChatUrl } from '../ui/models/click-to-chat.ts';
import type { ContactVerdicts } from '../ui/models/verdicts.ts';

export function ClickToChat(props: { phone: string; text: string; verdicts: ContactVerdicts; consent: ConsentState }) {
  if (!clickToChatAllowed(props.verdicts, props.consent)) {
    return (
      <p class="muted" data-testid="click-to-chat-refused">
        {t('clickToChatRefused')}
      </p>
    );
  }
  return (
    <p class="click-to-chat">
      <a
        data-testid="click-to-chat"
        class="button"
        href={clickToChatUrl(props.phone, props.text)}
        target="_blank"
        rel="noopener noreferrer"
      >
        {t('clickToChat')}
      </a>{' '}
      <span class="muted">{t('clickToChatHint')}</span>
    </p>
  );
}
