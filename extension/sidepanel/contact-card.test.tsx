import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useEnglishMessages } from '../ui/components/render.test-helpers.tsx';
import { MARINA, optIn, wroteAgo } from '../ui/models/fixtures.test-helpers.ts';
import { renderPanel } from './panel.test-helpers.tsx';

useEnglishMessages();

async function openForm(category: string, action: 'opt_in' | 'opt_out') {
  const row = await screen.findByTestId(`consent-${category}`);
  const button = within(row)
    .getAllByTestId('open-consent-form')
    .find((element) => element.dataset.action === action)!;
  fireEvent.click(button);
  return screen.getByTestId('consent-form');
}

describe('the contact card', () => {
  it('shows the contact, the number picked and each category’s opt-in with its proof', async () => {
    await renderPanel({ contacts: [wroteAgo(MARINA, 1)], consent: [optIn(MARINA)] });
    const card = await screen.findByTestId('contact-card');
    expect(within(card).getByRole('heading', { level: 1 }).textContent).toBe('Marina Costa');
    expect((within(card).getByLabelText('WhatsApp number') as HTMLSelectElement).value).toBe('0');
    const utility = screen.getByTestId('consent-utility');
    expect(utility.dataset.status).toBe('opted_in');
    const proof = within(utility).getByTestId('consent-proof');
    expect(proof.textContent).toContain('Web form');
    expect(proof.textContent).toContain('Yes, Loja Azul may send me order updates on WhatsApp.');
    expect(proof.textContent).toContain('paula@lojaazul.example');
    expect(within(proof).getByRole('link', { name: 'Open the proof' }).getAttribute('href')).toBe(
      'https://lojaazul.example/forms/881',
    );
    expect(screen.getByTestId('consent-marketing').dataset.status).toBe('unknown');
    expect(within(screen.getByTestId('consent-marketing')).queryByTestId('consent-proof')).toBeNull();
  });

  it('will not record consent without a source and the wording', async () => {
    const { api } = await renderPanel({ contacts: [wroteAgo(MARINA, 1)] });
    const form = await openForm('marketing', 'opt_in');
    fireEvent.click(within(form).getByTestId('record-consent'));
    expect(within(form).getByText('Say where the customer gave or withdrew consent.')).toBeTruthy();
    expect(within(form).getByText('Write the words the customer saw or sent: they are the proof.')).toBeTruthy();
    expect(screen.getByTestId('consent-source').getAttribute('aria-invalid')).toBe('true');
    expect(api.recordConsent).not.toHaveBeenCalled();
  });

  it('records an opt-in with its proof and the agent from Options', async () => {
    const { api } = await renderPanel({ contacts: [wroteAgo(MARINA, 1)] });
    const form = await openForm('marketing', 'opt_in');
    fireEvent.change(within(form).getByTestId('consent-source'), { target: { value: 'in_thread' } });
    fireEvent.input(within(form).getByTestId('consent-wording'), {
      target: { value: 'Yes, send me Loja Azul offers' },
    });
    fireEvent.click(within(form).getByTestId('record-consent'));
    expect(await screen.findByTestId('consent-recorded')).toBeTruthy();
    expect(api.recordConsent).toHaveBeenCalledWith({
      contact: MARINA,
      action: 'opt_in',
      categories: ['marketing'],
      source: 'in_thread',
      wording: 'Yes, send me Loja Azul offers',
      agent: 'ana@lojaazul.example',
    });
    expect(screen.queryByTestId('consent-form')).toBeNull();
  });

  it('asks the agent to set their name in Options before recording', async () => {
    const { api } = await renderPanel({ contacts: [wroteAgo(MARINA, 1)], agent: '' });
    const form = await openForm('utility', 'opt_out');
    fireEvent.change(within(form).getByTestId('consent-source'), { target: { value: 'keyword' } });
    fireEvent.input(within(form).getByTestId('consent-wording'), { target: { value: 'STOP' } });
    fireEvent.click(within(form).getByTestId('record-consent'));
    expect(within(form).getByRole('alert').textContent).toContain('Add your name or e-mail in Options first');
    expect(api.recordConsent).not.toHaveBeenCalled();
  });
});
