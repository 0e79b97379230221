/** Why a send is refused or needs care, one plain sentence each, with the platform's detail and when it lifts. */
import type { PolicyReason } from '../../../shared/policy/reasons.ts';
import { formatTime, localized, t } from '../i18n.ts';

const keyOf = (reason: PolicyReason<string>) =>
  `${reason.code}:${typeof reason.detail === 'string' ? reason.detail : (reason.detail?.en ?? '')}:${reason.until ?? ''}`;

export function ReasonList(props: {
  reasons: readonly PolicyReason<string>[];
  id?: string;
  kind?: 'refusal' | 'warning';
}) {
  if (props.reasons.length === 0) return null;
  return (
    <ul id={props.id} class={`reasons ${props.kind ?? 'refusal'}`}>
      {props.reasons.map((reason) => (
        <li key={keyOf(reason)} data-code={reason.code}>
          {localized(reason.message)}
          {reason.detail ? <span class="detail"> ({localized(reason.detail)})</span> : null}
          {reason.until ? <span class="until"> {t('reasonUntil', formatTime(reason.until))}</span> : null}
        </li>
      ))}
    </ul>
  );
}
