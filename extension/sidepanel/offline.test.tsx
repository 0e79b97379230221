import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../shared/time/clock.ts';
import { useEnglishMessages } from '../ui/components/render.test-helpers.tsx';
import { contactRecord, MARINA, optIn, wroteAgo } from '../ui/models/fixtures.test-helpers.ts';
import { renderPanel } from './panel.test-helpers.tsx';

useEnglishMessages();

const unreachable = { lastSyncAt: Date.now() - 5 * MINUTE - 10_000, lastError: 'fetch failed' };

describe('when the companion cannot be reached', () => {
  it('says so, shows the age of what it knows and offers click-to-chat with the draft', async () => {
    const { api } = await renderPanel({ contacts: [wroteAgo(MARINA, 1)], sync: unreachable });
    const status = await screen.findByTestId('companion-status');
    expect(status.dataset.state).toBe('unreachable');
    expect(status.textContent).toContain('The companion is not reachable (fetch failed)');
    expect(screen.getByTestId('data-age').textContent).toBe('As of 5 min ago.');
    expect((await screen.findByTestId('verdict-freeForm')).dataset.allowed).toBe('true');
    fireEvent.input(await screen.findByTestId('composer'), { target: { value: 'Olá Marina' } });
    const link = screen.getByTestId('click-to-chat');
    expect(link.getAttribute('href')).toBe('https://wa.me/5511987654321?text=Ol%C3%A1%20Marina');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(api.syncNow).toHaveBeenCalled();
  });

  it('offers click-to-chat outside the window only to a contact who opted in', async () => {
    await renderPanel({ contacts: [contactRecord(MARINA)], sync: unreachable });
    expect(await screen.findByTestId('click-to-chat-refused')).toBeTruthy();
    expect(screen.queryByTestId('click-to-chat')).toBeNull();
  });

  it('offers click-to-chat to an opted-in contact whose window is closed', async () => {
    await renderPanel({ contacts: [contactRecord(MARINA)], consent: [optIn(MARINA)], sync: unreachable });
    expect((await screen.findByTestId('click-to-chat')).getAttribute('href')).toBe('https://wa.me/5511987654321?text=');
  });

  it('points to Options when the extension is not paired', async () => {
    await renderPanel({ contacts: [wroteAgo(MARINA, 1)], token: null });
    const status = await screen.findByTestId('companion-status');
    expect(status.dataset.state).toBe('unpaired');
    expect(status.textContent).toContain('Pair with the companion in Options');
    expect(await screen.findByTestId('click-to-chat')).toBeTruthy();
  });

  it('offers no click-to-chat while the companion is up', async () => {
    await renderPanel({ contacts: [wroteAgo(MARINA, 1)] });
    expect((await screen.findByTestId('companion-status')).dataset.state).toBe('ok');
    await screen.findByTestId('composer');
    expect(screen.queryByTestId('click-to-chat')).toBeNull();
  });
});
