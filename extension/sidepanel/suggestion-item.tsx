/**
 * One suggested template: why it fits (expected / timely / relevant), its preview with the CRM's values, inputs for
 * the variables the CRM could not fill, and Send. Send asks decide() with the values as typed, so it stays disabled,
 * with the reasons beside it, until the gate would accept the message.
 */
import { useState } from 'preact/hooks';
import type { PolicyState } from '../../shared/policy/decide.ts';
import type { Suggestion } from '../../shared/suggestion/suggest.ts';
import { renderTemplate } from '../../shared/templates/render.ts';
import { useApi } from '../ui/components/context.ts';
import { ReasonList } from '../ui/components/reason-list.tsx';
import { t } from '../ui/i18n.ts';
import { checkTemplateSend, editedValues } from '../ui/models/suggestions.ts';
import { variableLabel } from '../ui/models/variable-label.ts';
import { templateWarnings } from '../ui/models/verdicts.ts';
import { SuggestionWhy } from './suggestion-why.tsx';
import { TemplatePreview } from './template-preview.tsx';

type SendState = { kind: 'sending' } | { kind: 'queued' } | { kind: 'failed'; error: string };

interface Props {
  suggestion: Suggestion;
  state: PolicyState;
  to: string;
  now: number;
}

export function SuggestionItem(props: Props) {
  const { suggestion, state, now } = props;
  const { template } = suggestion;
  const api = useApi();
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<SendState>();
  const values = editedValues(suggestion, typed);
  const verdict = checkTemplateSend(template, values, state, now);
  const id = `${template.name}-${template.language}`;

  const send = async () => {
    setSent({ kind: 'sending' });
    try {
      await api.send({ to: props.to, template: { name: template.name, language: template.language, params: values } });
      setSent({ kind: 'queued' });
    } catch (error) {
      setSent({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <li class="suggestion" data-testid="suggestion" data-template={template.name} data-language={template.language}>
      <h3>
        {template.name}{' '}
        <span class="muted">
          · {t(`category_${verdict.category ?? 'utility'}`)} · {template.language}
        </span>
      </h3>
      <SuggestionWhy suggestion={suggestion} />
      <TemplatePreview rendered={renderTemplate(template, values)} />
      {suggestion.missing.map((key) => (
        <p key={key} class="variable">
          <label for={`${id}-${key}`}>{variableLabel(template, key)}</label>
          <input
            id={`${id}-${key}`}
            data-testid={`variable-${key}`}
            value={typed[key] ?? ''}
            maxLength={1024}
            onInput={(e) => setTyped({ ...typed, [key]: e.currentTarget.value })}
          />
        </p>
      ))}
      <button
        type="button"
        data-testid="send-template"
        disabled={!verdict.allowed || sent?.kind === 'sending'}
        aria-describedby={verdict.allowed ? undefined : `${id}-refusals`}
        onClick={send}
      >
        {t('sendTemplate')}
      </button>
      <ReasonList id={`${id}-refusals`} reasons={verdict.reasons} />
      <ReasonList reasons={templateWarnings(verdict)} kind="warning" />
      {sent?.kind === 'queued' ? <p role="status">{t('sendQueued')}</p> : null}
      {sent?.kind === 'failed' ? (
        <p role="alert" class="error">
          {t('sendFailed', sent.error)}
        </p>
      ) : null}
    </li>
  );
}
