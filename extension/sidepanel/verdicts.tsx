/**
 * The three answers an agent needs before writing: may a free-form message, a marketing template or a utility
 * template go out now, each with every reason in plain words. Colour backs up the text, never replaces it.
 */
import { ReasonList } from '../ui/components/reason-list.tsx';
import { type MessageKey, t } from '../ui/i18n.ts';
import { type ContactVerdicts, overallLevel, sharedWarnings, VERDICT_KINDS } from '../ui/models/verdicts.ts';

const TITLES: Record<(typeof VERDICT_KINDS)[number], MessageKey> = {
  freeForm: 'verdictFreeForm',
  marketing: 'verdictMarketing',
  utility: 'verdictUtility',
};

const SUMMARY: Record<'green' | 'amber' | 'red', MessageKey> = {
  green: 'summaryGreen',
  amber: 'summaryAmber',
  red: 'summaryRed',
};

export function Verdicts(props: { verdicts: ContactVerdicts }) {
  const level = overallLevel(props.verdicts);
  return (
    <section class="verdicts" aria-labelledby="verdicts-title">
      <h2 id="verdicts-title" class={`level ${level}`} data-testid="verdict-summary" data-level={level}>
        {t(SUMMARY[level])}
      </h2>
      <ReasonList reasons={sharedWarnings(props.verdicts)} kind="warning" />
      {VERDICT_KINDS.map((kind) => {
        const verdict = props.verdicts[kind];
        return (
          <div key={kind} class="verdict" data-testid={`verdict-${kind}`} data-allowed={String(verdict.allowed)}>
            <h3>
              <span class={`mark ${verdict.allowed ? 'green' : 'red'}`} aria-hidden="true">
                {verdict.allowed ? '✓' : '✕'}
              </span>
              {t(TITLES[kind])}: {t(verdict.allowed ? 'verdictAllowed' : 'verdictRefused')}
            </h3>
            <ReasonList reasons={verdict.reasons} />
          </div>
        );
      })}
    </section>
  );
}
