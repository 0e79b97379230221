import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { HOUR, MINUTE, SECOND } from '../../shared/time/clock.ts';
import { useEnglishMessages } from '../ui/components/render.test-helpers.tsx';
import { contactRecord, MARINA, optIn, wroteAgo } from '../ui/models/fixtures.test-helpers.ts';
import { renderPanel } from './panel.test-helpers.tsx';

useEnglishMessages();

describe('window, verdicts and composer', () => {
  it('hide the composer once the window closed and say "templates only"', async () => {
    await renderPanel({ contacts: [wroteAgo(MARINA, 30)], consent: [optIn(MARINA)] });
    const status = await screen.findByTestId('window-status');
    expect(status.dataset.open).toBe('false');
    expect(status.textContent).toMatch(/^Closed since .+: templates only$/);
    expect(screen.queryByTestId('composer')).toBeNull();
    expect(screen.getByTestId('verdict-summary').textContent).toBe('Templates only');
  });

  it('list every refusal reason in plain words', async () => {
    await renderPanel({ contacts: [contactRecord(MARINA)] });
    const marketing = await screen.findByTestId('verdict-marketing');
    expect(marketing.dataset.allowed).toBe('false');
    expect(within(marketing).getByText(/has not opted in to this kind of message/)).toBeTruthy();
    const freeForm = screen.getByTestId('verdict-freeForm');
    expect(freeForm.textContent).toContain('More than 24 hours since the customer last wrote');
    expect(screen.getByTestId('window-status').textContent).toBe(
      'Closed: templates only (the customer has not written yet)',
    );
    expect(screen.getByTestId('verdict-summary').textContent).toBe('Do not send now');
  });

  it('count the open window down every second without reloading', async () => {
    const closesAt = Date.now() + 2 * MINUTE + 10 * SECOND;
    await renderPanel({ contacts: [contactRecord(MARINA, { lastInboundAt: closesAt - 24 * HOUR })] });
    const status = await screen.findByTestId('window-status');
    expect(status.dataset.open).toBe('true');
    const first = status.textContent;
    expect(first).toMatch(/^Open until .+ — closes in 2 min \d+ s$/);
    await vi.waitFor(() => expect(screen.getByTestId('window-status').textContent).not.toBe(first), {
      timeout: 2500,
    });
  });

  it('send free-form text only when decide() allows it', async () => {
    const { api } = await renderPanel({ contacts: [wroteAgo(MARINA, 1)] });
    const composer = await screen.findByTestId('composer');
    const send = screen.getByTestId('send-text') as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.input(composer, { target: { value: 'Your order BR-10234 left our warehouse today.' } });
    expect(send.disabled).toBe(false);
    fireEvent.click(send);
    expect(await screen.findByText('Queued: it goes out through the companion.')).toBeTruthy();
    expect(api.send).toHaveBeenCalledWith({ to: MARINA, text: 'Your order BR-10234 left our warehouse today.' });
    expect((screen.getByTestId('composer') as HTMLTextAreaElement).value).toBe('');
  });
});
