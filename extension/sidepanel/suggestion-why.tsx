/** The suggestion's "why", factor by factor, in the agent's language. */
import type { Suggestion } from '../../shared/suggestion/suggest.ts';
import { localized, type MessageKey, t } from '../ui/i18n.ts';

const FACTORS: [keyof Pick<Suggestion, 'expected' | 'timely' | 'relevant'>, MessageKey][] = [
  ['expected', 'whyExpected'],
  ['timely', 'whyTimely'],
  ['relevant', 'whyRelevant'],
];

export function SuggestionWhy(props: { suggestion: Suggestion }) {
  const rows = FACTORS.filter(([factor]) => props.suggestion[factor].reasons.length > 0);
  if (rows.length === 0) return null;
  return (
    <dl class="why" data-testid="suggestion-why">
      {rows.map(([factor, label]) => (
        <div key={factor}>
          <dt>{t(label)}</dt>
          <dd>{props.suggestion[factor].reasons.map((reason) => localized(reason)).join(' · ')}</dd>
        </div>
      ))}
    </dl>
  );
}
