/**
 * Free-form text, offered only while the customer-service window is open (spec §1). The text is checked by the same
 * decide() as the gate (empty, over 4,096 characters, number restrictions), and Send says why when it is disabled.
 */
import type { Signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { decide, MAX_TEXT_LENGTH, type PolicyState } from '../../shared/policy/decide.ts';
import { fixedClock } from '../../shared/time/clock.ts';
import { useApi } from '../ui/components/context.ts';
import { ReasonList } from '../ui/components/reason-list.tsx';
import { t } from '../ui/i18n.ts';

export function Composer(props: { state: PolicyState; to: string; now: number; draft: Signal<string> }) {
  const api = useApi();
  const [status, setStatus] = useState<{ kind: 'sending' | 'queued' } | { kind: 'failed'; error: string }>();
  const text = props.draft.value;
  const verdict = decide({ kind: 'text', text }, props.state, fixedClock(props.now));

  const send = async (event: Event) => {
    event.preventDefault();
    if (!verdict.allowed) return;
    setStatus({ kind: 'sending' });
    try {
      await api.send({ to: props.to, text });
      props.draft.value = '';
      setStatus({ kind: 'queued' });
    } catch (error) {
      setStatus({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form class="composer" onSubmit={send} aria-labelledby="composer-title">
      <h2 id="composer-title">{t('composerTitle')}</h2>
      <label for="composer-text" class="visually-hidden">
        {t('composerLabel')}
      </label>
      <textarea
        id="composer-text"
        data-testid="composer"
        rows={4}
        maxLength={MAX_TEXT_LENGTH}
        value={text}
        aria-describedby="composer-count composer-refusals"
        onInput={(e) => {
          props.draft.value = e.currentTarget.value;
        }}
      />
      <p id="composer-count" class="muted">
        {t('composerCount', text.length, MAX_TEXT_LENGTH)}
      </p>
      <button type="submit" data-testid="send-text" disabled={!verdict.allowed || status?.kind === 'sending'}>
        {t('sendText')}
      </button>
      {text !== '' ? <ReasonList id="composer-refusals" reasons={verdict.reasons} /> : null}
      {status?.kind === 'queued' ? <p role="status">{t('sendQueued')}</p> : null}
      {status?.kind === 'failed' ? (
        <p role="alert" class="error">
          {t('sendFailed', status.error)}
        </p>
      ) : null}
    </form>
  );
}
