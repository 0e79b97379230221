/**
 * Typed messaging over browser.runtime / browser.tabs: one envelope `{ name, payload }`, names from the protocol
 * maps in shared/contracts/protocol.ts, so a caller cannot send a message nobody handles or misspell its payload.
 */
import type { Envelope, MessageName, ToBackground, ToContentScript } from '../../shared/contracts/protocol.ts';
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
