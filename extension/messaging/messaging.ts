/**
 * Typed messaging over browser.runtime / browser.tabs: one envelope `{ name, payload }`, names from the protocol
 * maps in shared/contracts/protocol.ts, so a caller cannot send a message nobody handles or misspell its payload.
 */
import type { Envelope, MessageName, ToBackground, ToContentScript, ToPanel } from '../../shared/contracts/protocol.ts';
import { browserApi, settleReply } from './browser.ts';

export function sendToBackground<N extends MessageName<ToBackground>>(
  name: N,
  payload: ToBackground[N]['request'],
): Promise<ToBackground[N]['response']> {
  const envelope: Envelope<ToBackground, N> = { name, payload };
  return browserApi().runtime.sendMessage(envelope).then(settleReply) as Promise<ToBackground[N]['response']>;
}

export function sendToTab<N extends MessageName<ToContentScript>>(
  tabId: number,
  name: N,
  payload: ToContentScript[N]['request'],
): Promise<ToContentScript[N]['response']> {
  const envelope: Envelope<ToContentScript, N> = { name, payload };
  return browserApi().tabs.sendMessage(tabId, envelope).then(settleReply) as Promise<ToContentScript[N]['response']>;
}

/** Tells every open extension page (the side panel); no page open is not an error. */
export async function broadcastToPanels<N extends MessageName<ToPanel>>(
  name: N,
  payload: ToPanel[N]['request'],
): Promise<void> {
  const envelope: Envelope<ToPanel, N> = { name, payload };
  try {
    await browserApi().runtime.sendMessage(envelope);
  } catch {
    // "Receiving end does not exist": no panel is open right now.
  }
}
