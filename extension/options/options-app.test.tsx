import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { HOUR } from '../../shared/time/clock.ts';
import { DEFAULT_COMPANION_ADDRESS, getItem, setItem } from '../storage/items.ts';
import { renderWith, useEnglishMessages } from '../ui/components/render.test-helpers.tsx';
import { fakeApi, freshDb } from '../ui/models/fixtures.test-helpers.ts';
import { OptionsApp } from './options-app.tsx';

useEnglishMessages();

async function renderOptions(pair = vi.fn(async () => ({ ok: true }))) {
  const api = fakeApi(null, { pair });
  renderWith(<OptionsApp />, { api, db: freshDb() });
  await screen.findByTestId('pair-status');
  return api;
}

function pairWith(address: string, code: string) {
  fireEvent.input(screen.getByTestId('pair-address'), { target: { value: address } });
  fireEvent.input(screen.getByTestId('pair-code'), { target: { value: code } });
  fireEvent.click(screen.getByTestId('pair-submit'));
}

describe('the options page', () => {
  it('pairs with the companion and shows it paired once the worker stored the token', async () => {
    const pair = vi.fn(async () => {
      await setItem('companion', { address: 'http://127.0.0.1:7800', token: 'token-1' });
      return { ok: true };
    });
    await renderOptions(pair);
    expect(screen.getByTestId('pair-status').dataset.paired).toBe('false');
    expect((screen.getByTestId('pair-address') as HTMLInputElement).value).toBe(DEFAULT_COMPANION_ADDRESS);
    pairWith('http://127.0.0.1:7800', '123456');
    expect(await screen.findByTestId('pair-result')).toBeTruthy();
    expect(pair).toHaveBeenCalledWith('http://127.0.0.1:7800', '123456');
    await waitFor(() => expect(screen.getByTestId('pair-status').dataset.paired).toBe('true'));
    expect(screen.getByTestId('pair-status').textContent).toBe('Paired with the companion at http://127.0.0.1:7800.');
  });

  it('says why pairing failed', async () => {
    await renderOptions(vi.fn(async () => ({ ok: false, error: 'the code expired' })));
    pairWith(DEFAULT_COMPANION_ADDRESS, '654321');
    expect((await screen.findByTestId('pair-error')).textContent).toBe('Pairing failed: the code expired');
    expect(screen.getByTestId('pair-status').dataset.paired).toBe('false');
  });

  it('checks the address and the code before asking the companion', async () => {
    const api = await renderOptions();
    pairWith('http://example.com:7717', '12345');
    expect(screen.getByText('The companion runs on this computer: use http://127.0.0.1:<port>.')).toBeTruthy();
    expect(screen.getByText('The pairing code is 6 digits.')).toBeTruthy();
    expect(api.pair).not.toHaveBeenCalled();
  });

  it('asks for the site’s permission from the click, then saves it; removing gives it back', async () => {
    await renderOptions();
    fireEvent.input(screen.getByTestId('site-origin'), { target: { value: 'crm.acme.com/contacts' } });
    fireEvent.click(screen.getByTestId('site-add'));
    expect(browser.permissions.request).toHaveBeenCalledWith({
      permissions: ['scripting'],
      origins: ['https://crm.acme.com/*'],
    });
    expect((await screen.findByTestId('site-item')).dataset.origin).toBe('https://crm.acme.com');
    expect(await getItem('enabledSites')).toEqual(['https://crm.acme.com']);
    fireEvent.click(screen.getByTestId('site-remove'));
    await waitFor(() => expect(screen.queryByTestId('site-item')).toBeNull());
    expect(browser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://crm.acme.com/*'] });
    expect(await getItem('enabledSites')).toEqual([]);
  });

  it('does not save a site the browser refused', async () => {
    vi.mocked(browser.permissions.request).mockResolvedValueOnce(false);
    await renderOptions();
    fireEvent.input(screen.getByTestId('site-origin'), { target: { value: 'https://crm.acme.com' } });
    fireEvent.click(screen.getByTestId('site-add'));
    expect(await screen.findByText('The browser did not grant access to https://crm.acme.com.')).toBeTruthy();
    expect(await getItem('enabledSites')).toEqual([]);
  });

  it('validates the send rules with clear messages and saves valid ones', async () => {
    await renderOptions();
    fireEvent.input(screen.getByTestId('policy-capMax'), { target: { value: '0' } });
    fireEvent.input(screen.getByTestId('policy-timeZone'), { target: { value: 'Sao Paulo' } });
    fireEvent.click(screen.getByTestId('policy-save'));
    expect(screen.getByText('Enter a whole number from 1 to 100.')).toBeTruthy();
    expect(screen.getByText('Use a time zone such as America/Sao_Paulo or Europe/Madrid.')).toBeTruthy();
    fireEvent.input(screen.getByTestId('policy-capMax'), { target: { value: '3' } });
    fireEvent.input(screen.getByTestId('policy-timeZone'), { target: { value: 'America/Sao_Paulo' } });
    fireEvent.click(screen.getByTestId('policy-quietOn'));
    fireEvent.click(screen.getByTestId('policy-save'));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(await getItem('policy')).toEqual({
      frequencyCap: { max: 3, periodMs: 24 * HOUR },
      quietHours: null,
      defaultTimeZone: 'America/Sao_Paulo',
    });
  });

  it('saves the agent written on every record', async () => {
    await renderOptions();
    fireEvent.input(screen.getByTestId('agent'), { target: { value: ' ana@lojaazul.example ' } });
    fireEvent.click(screen.getByTestId('agent-save'));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(await getItem('agent')).toBe('ana@lojaazul.example');
  });
});
