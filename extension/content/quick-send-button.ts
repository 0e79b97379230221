/**
 * The quick-send button beside a phone number: a host element with its own shadow root, so page CSS cannot restyle
 * or hide it, acting only on real user clicks (`isTrusted`), so page scripts cannot trigger a send. Its colour is the
 * verdict at a glance (green may send, amber templates only, red may not) with the reason as hover text.
 */
import type { QuickVerdict } from '../../shared/contracts/protocol.ts';

export const BUTTON_HOST_ATTRIBUTE = 'data-qbm-quick-send';

const STYLE = `
:host { all: initial; display: inline-block; margin-inline-start: 6px; vertical-align: middle; }
button { all: unset; box-sizing: border-box; cursor: pointer; font: 600 11px/1 system-ui, sans-serif; color: #fff;
  padding: 4px 8px; border-radius: 10px; background: #6b7280; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
button[data-level="green"] { background: #15803d; }
button[data-level="amber"] { background: #b45309; }
button[data-level="red"] { background: #b91c1c; }
`;

const LABELS: Record<QuickVerdict['level'], string> = {
  green: 'WhatsApp ✓',
  amber: 'WhatsApp · templates',
  red: 'WhatsApp ✕',
  unknown: 'WhatsApp …',
};

export interface QuickSendButton {
  host: HTMLElement;
  setVerdict(verdict: QuickVerdict): void;
}

export function createQuickSendButton(
  raw: string,
  onClick: (raw: string) => void,
  signal: AbortSignal,
): QuickSendButton {
  const host = document.createElement('span');
  host.setAttribute(BUTTON_HOST_ATTRIBUTE, raw);
  // Open so assistive tech and end-to-end tests reach it; page scripts can see it but cannot click it (isTrusted).
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('data-testid', 'quick-send');
  root.append(style, button);
  const setVerdict = (verdict: QuickVerdict) => {
    button.dataset.level = verdict.level;
    button.textContent = LABELS[verdict.level];
    const summary = verdict.summary || (verdict.level === 'green' ? 'May send now' : 'Checking…');
    button.title = summary;
    button.setAttribute('aria-label', `WhatsApp ${raw}: ${summary}`);
  };
  setVerdict({ level: 'unknown', summary: '' });
  button.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      event.preventDefault();
      event.stopPropagation();
      onClick(raw);
    },
    { signal },
  );
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, setVerdict };
}
