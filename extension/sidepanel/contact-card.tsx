import type { ComponentChildren } from 'preact';
/**
 * Who the agent is about to message: the CRM record's name, the number picked, and the opt-in per category with its
 * proof. Recording consent opens a small form under the list.
 */
import { useState } from 'preact/hooks';
import { CONSENT_CATEGORIES, type ConsentCategory } from '../../shared/categories.ts';
import type { ConsentAction } from '../../shared/consent/events.ts';
import type { ConsentState } from '../../shared/consent/state.ts';
import type { PageContact } from '../../shared/contracts/protocol.ts';
import type { OutboxItem } from '../db/records.ts';
import { t } from '../ui/i18n.ts';
import { ConsentForm } from './consent-form.tsx';
import { ConsentRow } from './consent-row.tsx';
import { PhonePicker } from './phone-picker.tsx';

interface Props {
  page: PageContact;
  phoneIndex: number;
  onPhone: (index: number) => void;
  contactKey: string;
  consent: ConsentState;
  outbox: readonly OutboxItem[];
  agent: string;
  now: number;
  /** What the agent needs first (window, verdicts): shown right under the name, before the opt-in details. */
  children?: ComponentChildren;
}

function pendingCategories(outbox: readonly OutboxItem[]): Set<ConsentCategory> {
  const pending = outbox.filter((item) => item.kind === 'consent' && item.state === 'pending');
  return new Set(pending.flatMap((item) => (item.kind === 'consent' ? item.request.categories : [])));
}

export function ContactCard(props: Props) {
  const [form, setForm] = useState<{ category: ConsentCategory; action: ConsentAction } | null>(null);
  const [recorded, setRecorded] = useState(false);
  const pending = pendingCategories(props.outbox);
  const open = (category: ConsentCategory, action: ConsentAction) => {
    setRecorded(false);
    setForm({ category, action });
  };
  return (
    <section class="contact-card" data-testid="contact-card" aria-labelledby="contact-name">
      <h1 id="contact-name">{props.page.name ?? t('contactNoName')}</h1>
      <PhonePicker phones={props.page.phones} index={props.phoneIndex} onPick={props.onPhone} />
      {props.children}
      <h2>{t('consentTitle')}</h2>
      <ul class="consents">
        {CONSENT_CATEGORIES.map((category) => (
          <ConsentRow
            key={category}
            category={category}
            consent={props.consent[category]}
            pending={pending.has(category)}
            now={props.now}
            onRecord={open}
          />
        ))}
      </ul>
      {form ? (
        <ConsentForm
          key={`${form.category}:${form.action}`}
          contact={props.contactKey}
          agent={props.agent}
          category={form.category}
          action={form.action}
          onDone={(outcome) => {
            setForm(null);
            setRecorded(outcome === 'recorded');
          }}
        />
      ) : null}
      {recorded ? (
        <p role="status" data-testid="consent-recorded">
          {t('consentRecorded')}
        </p>
      ) : null}
    </section>
  );
}
