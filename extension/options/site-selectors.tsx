/**
 * Optional CSS selectors for a site no built-in adapter knows: where the record is, its name and its phone. Checked
 * for syntax here, so a typo is reported now rather than as "could not read this contact" later.
 */
import { useState } from 'preact/hooks';
import { type ItemValue, setItem } from '../storage/items.ts';
import { FieldError } from '../ui/components/field-error.tsx';
import { t } from '../ui/i18n.ts';

const PARTS = ['container', 'name', 'phone'] as const;
type Part = (typeof PARTS)[number];

function isSelector(text: string): boolean {
  try {
    document.createDocumentFragment().querySelector(text);
    return true;
  } catch {
    return false;
  }
}

export function SiteSelectors(props: { origin: string; all: ItemValue<'genericSelectors'> }) {
  const [draft, setDraft] = useState<Partial<Record<Part, string>>>(props.all[props.origin] ?? {});
  const [invalid, setInvalid] = useState<Part[]>([]);
  const [saved, setSaved] = useState(false);
  const id = (part: Part) => `sel-${props.origin}-${part}`;

  const save = async (event: Event) => {
    event.preventDefault();
    const entries = PARTS.map((part) => [part, draft[part]?.trim() ?? ''] as const).filter(([, value]) => value);
    const wrong = entries.filter(([, value]) => !isSelector(value)).map(([part]) => part);
    setInvalid(wrong);
    if (wrong.length > 0) return;
    await setItem('genericSelectors', { ...props.all, [props.origin]: Object.fromEntries(entries) });
    setSaved(true);
  };

  return (
    <details class="selectors">
      <summary>{t('selectorsTitle')}</summary>
      <form onSubmit={save} noValidate>
        {PARTS.map((part) => (
          <p key={part}>
            <label for={id(part)}>{t(`selector_${part}`)}</label>
            <input
              id={id(part)}
              value={draft[part] ?? ''}
              aria-invalid={invalid.includes(part) ? true : undefined}
              aria-describedby={`${id(part)}-error`}
              onInput={(e) => {
                setDraft({ ...draft, [part]: e.currentTarget.value });
                setSaved(false);
              }}
            />
            <FieldError id={`${id(part)}-error`} message={invalid.includes(part) ? t('selectorInvalid') : undefined} />
          </p>
        ))}
        <button type="submit">{t('save')}</button>
        {saved ? <p role="status">{t('saved')}</p> : null}
      </form>
    </details>
  );
}
