/**
 * Everything about one WhatsApp contact. Mounted per contact key (see record-screen.tsx), it shows "checking…" until
 * that contact's own records have loaded, so a verdict is never shown for the wrong person. Verdicts, the window and
 * the suggestions are recomputed from the loaded records every second by the clock signal, without re-querying.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { PageContact } from '../../shared/contracts/protocol.ts';
import type { PolicySettings } from '../../shared/policy/settings.ts';
import { Notice } from '../ui/components/notice.tsx';
import { useLiveQuery } from '../ui/components/use-live-query.ts';
import { t } from '../ui/i18n.ts';
import { type CompanionState, isOffline } from '../ui/models/companion-state.ts';
import type { ContactIdentity } from '../ui/models/contact-identity.ts';
import { messageRows } from '../ui/models/message-rows.ts';
import { CONTACT_TABLES, loadContactData, type SharedData } from '../ui/models/records.ts';
import { suggestionsFor } from '../ui/models/suggestions.ts';
import { contactVerdicts, policyStateOf } from '../ui/models/verdicts.ts';
import { ClickToChat } from './click-to-chat.tsx';
import { Composer } from './composer.tsx';
import { ContactCard } from './contact-card.tsx';
import { MessageList } from './message-list.tsx';
import { Suggestions } from './suggestions.tsx';
import { Verdicts } from './verdicts.tsx';
import { WindowStatus } from './window-status.tsx';

export interface ContactScreenProps {
  page: PageContact;
  readAt: number;
  identity: ContactIdentity;
  phoneIndex: number;
  onPhone: (index: number) => void;
  shared: SharedData;
  policy: PolicySettings;
  agent: string;
  companion: CompanionState;
  now: number;
}

export function ContactScreen(props: ContactScreenProps) {
  const { identity, page, now } = props;
  const data = useLiveQuery(CONTACT_TABLES, (db) => loadContactData(db, identity), [identity.key, identity.phone]);
  const draft = useSignal('');
  // The contact's card and verdicts paint first; the suggestions (a policy decision per template), the composer and
  // the message list render right after that frame (an effect runs after paint): what the agent reads first is on
  // screen one render sooner (issue 5, figure 4).
  const [painted, setPainted] = useState(false);
  const ready = data !== undefined && props.companion.kind !== 'first-sync';
  useEffect(() => {
    if (ready) setPainted(true);
  }, [ready]);
  if (!data || !ready) {
    return <Notice testid="checking">{t('checking')}</Notice>;
  }
  const state = policyStateOf({ identity, page, data, number: props.shared.number }, props.policy, now);
  const verdicts = contactVerdicts(state, now);
  const input = { page, readAt: props.readAt, messages: data.messages, templates: props.shared.templates };
  const suggestions = painted ? suggestionsFor(input, state, now) : undefined;
  return (
    <div class="contact" data-testid="contact" data-contact={identity.key}>
      <ContactCard
        page={page}
        phoneIndex={props.phoneIndex}
        onPhone={props.onPhone}
        contactKey={identity.key}
        consent={state.consent}
        outbox={data.outbox}
        agent={props.agent}
        now={now}
      >
        <WindowStatus window={verdicts.freeForm.window} now={now} />
        <Verdicts verdicts={verdicts} />
      </ContactCard>
      {suggestions ? (
        <>
          <Suggestions result={suggestions} state={state} to={identity.key} now={now} />
          {verdicts.freeForm.window.open ? (
            <Composer state={state} to={identity.key} now={now} draft={draft} />
          ) : (
            <p class="muted" data-testid="composer-closed">
              {t('composerClosed')}
            </p>
          )}
          {isOffline(props.companion) && identity.phone ? (
            <ClickToChat phone={identity.phone} text={draft.value} verdicts={verdicts} consent={state.consent} />
          ) : null}
          <MessageList rows={messageRows(data.messages, data.outbox)} now={now} />
        </>
      ) : null}
    </div>
  );
}
