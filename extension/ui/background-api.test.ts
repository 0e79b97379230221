import { describe, expect, it } from 'vitest';
import type { PageRead } from '../../shared/contracts/protocol.ts';
import browser, { deliverMessage, sendFromTab } from '../test-support/fake-browser.ts';
import { messagingBackgroundApi } from './background-api.ts';
import { pageContact } from './models/fixtures.test-helpers.ts';

const read: PageRead = { ok: true, contact: pageContact() };
const TAB = { id: 7, url: 'http://127.0.0.1:7717/demo/contacts/1001' };

describe('the panel hears the content script’s page reads itself', () => {
  it('takes a read from our content script in a tab’s top frame, without answering for the worker', async () => {
    const heard: [number, PageRead][] = [];
    const stop = messagingBackgroundApi.onPageRead((tabId, pageRead) => heard.push([tabId, pageRead]));
    // The worker answers the sender; the panel only listens (a fake worker here answers so the send resolves).
    browser.runtime.onMessage.addListener(() => ({ ok: true }));
    await expect(sendFromTab({ name: 'cs/page-read', payload: read }, TAB)).resolves.toEqual({ ok: true });
    expect(heard).toEqual([[7, read]]);
    stop();
    await sendFromTab({ name: 'cs/page-read', payload: read }, TAB);
    expect(heard).toHaveLength(1);
  });

  it('ignores other senders, frames, messages and malformed reads', async () => {
    const heard: number[] = [];
    const stop = messagingBackgroundApi.onPageRead((tabId) => heard.push(tabId));
    browser.runtime.onMessage.addListener(() => ({ ok: true }));
    const send = (message: unknown, sender: Parameters<typeof deliverMessage>[1]) => deliverMessage(message, sender);
    await send({ name: 'cs/page-read', payload: read }, { id: 'another-extension', tab: TAB, frameId: 0 });
    await send({ name: 'cs/page-read', payload: read }, { id: browser.runtime.id, tab: TAB, frameId: 3 });
    await send({ name: 'cs/page-read', payload: read }, { id: browser.runtime.id, frameId: 0 });
    await send({ name: 'cs/verdicts', payload: { phones: [] } }, { id: browser.runtime.id, tab: TAB, frameId: 0 });
    await send({ name: 'cs/page-read', payload: { ok: 'yes' } }, { id: browser.runtime.id, tab: TAB, frameId: 0 });
    expect(heard).toEqual([]);
    await send({ name: 'cs/page-read', payload: read }, { id: browser.runtime.id, tab: TAB, frameId: 0 });
    expect(heard).toEqual([7]);
    stop();
  });
});
