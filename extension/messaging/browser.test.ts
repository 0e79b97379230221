import { describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { sendToBackground } from './messaging.ts';

describe('messages to the worker without the polyfill', () => {
  it('answer with the handler’s answer', async () => {
    browser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
    await expect(sendToBackground('ui/sync-now', {})).resolves.toEqual({ ok: true });
  });

  it('reject when the worker’s polyfill reports a rejected handler (Chrome has no promise answers)', async () => {
    browser.runtime.onMessage.addListener(() =>
      Promise.resolve({ __mozWebExtensionPolyfillReject__: true, message: 'Refused ui/send: invalid payload' }),
    );
    await expect(sendToBackground('ui/sync-now', {})).rejects.toThrow('Refused ui/send: invalid payload');
  });
});
