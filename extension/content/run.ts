/**
 * The content script's life on a CRM page: read the contact with the page's adapter and tell the worker, put a
 * quick-send button beside each phone of the visible record, colour them with the verdicts, and start over on every
 * SPA navigation. Everything hangs off one AbortController per page view, aborted on navigation, so no listener,
 * observer or button of an earlier record survives.
 */
import type { QuickVerdict } from '../../shared/contracts/protocol.ts';
import { watchNavigation } from './adapters/navigation.ts';
import { pickAdapter } from './adapters/registry.ts';
import { e164Of } from './adapters/text.ts';
import { BUTTON_HOST_ATTRIBUTE, createQuickSendButton, type QuickSendButton } from './quick-send-button.ts';
import { onRuntimeMessage, sendToBackground } from './runtime.ts';
import { cachedContentSettings } from './settings.ts';

export function startContentScript(win: Window & typeof globalThis): AbortController {
  const life = new AbortController();
  let view = new AbortController();
  let buttons = new Map<string, QuickSendButton[]>();
  const settings = cachedContentSettings(life.signal);

  async function refreshVerdicts(): Promise<void> {
    const phones = [...buttons.keys()].map((raw) => {
      const e164 = e164Of(raw);
      return e164 ? { raw, e164 } : { raw };
    });
    if (phones.length === 0) return;
    const answer = await sendToBackground('cs/verdicts', { phones }).catch(() => undefined);
    for (const [raw, verdict] of Object.entries(answer?.verdicts ?? {}) as [string, QuickVerdict][]) {
      for (const button of buttons.get(raw) ?? []) button.setVerdict(verdict);
    }
  }

  let lastRead = '';
  let queue: Promise<void> = Promise.resolve();

  /** Re-reads the page; does nothing when the read and the buttons are unchanged (our own insertions are DOM changes). */
  async function readView(url: URL): Promise<void> {
    const options = await settings();
    const adapter = pickAdapter(url, options);
    if (!adapter || life.signal.aborted) return;
    const read = adapter.read(win.document, url);
    const fingerprint = JSON.stringify(read);
    const intact = [...buttons.values()].flat().every((button) => button.host.isConnected);
    if (fingerprint === lastRead && intact) return;
    lastRead = fingerprint;
    view.abort();
    view = new AbortController();
    const signal = view.signal;
    buttons = new Map();
    // Not awaited: the next read (the record rendering after a URL change) must not wait for this one's round trip.
    // Messages reach the worker in the order they were sent.
    void sendToBackground('cs/page-read', read).catch(() => undefined);
    if (signal.aborted || !read.ok) return;
    for (const anchor of adapter.phoneAnchors(win.document, url)) {
      // HubSpot shows the number in a <textarea>: the button goes after its parent, never inside a form control.
      const target =
        anchor.element instanceof HTMLTextAreaElement
          ? (anchor.element.parentElement ?? anchor.element)
          : anchor.element;
      if (target.nextElementSibling?.getAttribute(BUTTON_HOST_ATTRIBUTE) === anchor.raw) continue;
      const button = createQuickSendButton(
        anchor.raw,
        (raw) => void sendToBackground('cs/quick-send', { phone: raw }),
        signal,
      );
      target.after(button.host);
      buttons.set(anchor.raw, [...(buttons.get(anchor.raw) ?? []), button]);
    }
    // Not awaited either: the colours arrive when the worker answers, and the next read never queues behind them.
    void refreshVerdicts();
  }

  const onNavigate = (url: URL) => {
    // One read at a time, in order: a burst of DOM changes during a record switch never interleaves two reads.
    queue = queue.then(() => readView(url)).catch(() => undefined);
  };
  life.signal.addEventListener('abort', () => view.abort(), { once: true });

  const onMessage = (message: unknown) => {
    const name = (message as { name?: string } | undefined)?.name;
    if (name === 'bg/verdicts-changed' || name === 'bg/reread') {
      void refreshVerdicts();
      return Promise.resolve({ ok: true });
    }
    return undefined;
  };
  onRuntimeMessage(onMessage, life.signal);

  watchNavigation(win, life.signal, onNavigate);
  onNavigate(new URL(win.location.href));
  return life;
}
