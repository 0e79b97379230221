/**
 * Templates worth sending now, best first (shared suggestTemplates). What the gate would refuse is never listed, so
 * an empty list means no template can go out: the verdicts above say why.
 */
import { useState } from 'preact/hooks';
import type { PolicyState } from '../../shared/policy/decide.ts';
import type { SuggestionResult } from '../../shared/suggestion/suggest.ts';
import { localized, t } from '../ui/i18n.ts';
import { SuggestionItem } from './suggestion-item.tsx';

const SHOWN = 3;

export function Suggestions(props: { result: SuggestionResult; state: PolicyState; to: string; now: number }) {
  const [all, setAll] = useState(false);
  const { suggestions, triggers } = props.result;
  const shown = all ? suggestions : suggestions.slice(0, SHOWN);
  return (
    <section class="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('suggestionsTitle')}</h2>
      {triggers.length > 0 ? (
        <p class="triggers" data-testid="triggers">
          {triggers.map((trigger) => localized(trigger.message)).join(' · ')}
        </p>
      ) : null}
      {suggestions.length === 0 ? (
        <p class="muted" data-testid="no-suggestions">
          {t('suggestionsNone')}
        </p>
      ) : (
        <ol class="suggestion-list">
          {shown.map((suggestion) => (
            <SuggestionItem
              key={`${suggestion.template.name}:${suggestion.template.language}`}
              suggestion={suggestion}
              state={props.state}
              to={props.to}
              now={props.now}
            />
          ))}
        </ol>
      )}
      {suggestions.length > SHOWN ? (
        <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('suggestionsFewer') : t('suggestionsAll', suggestions.length)}
        </button>
      ) : null}
    </section>
  );
}
