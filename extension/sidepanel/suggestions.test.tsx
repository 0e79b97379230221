import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useEnglishMessages } from '../ui/components/render.test-helpers.tsx';
import { APPOINTMENT, MARINA, ORDER_UPDATE, SPRING_SALE, wroteAgo } from '../ui/models/fixtures.test-helpers.ts';
import { renderPanel } from './panel.test-helpers.tsx';

useEnglishMessages();

const templates = [ORDER_UPDATE, APPOINTMENT, SPRING_SALE];

async function suggestion(name: string) {
  const items = await screen.findAllByTestId('suggestion');
  return items.find((item) => item.dataset.template === name)!;
}

describe('suggested templates', () => {
  it('come ranked with why they fit and a preview filled from the CRM', async () => {
    await renderPanel({ contacts: [wroteAgo(MARINA, 1)], templates });
    const items = await screen.findAllByTestId('suggestion');
    expect(items[0]?.dataset.template).toBe('order_update');
    const why = within(items[0]!).getByTestId('suggestion-why').textContent;
    expect(why).toContain('The customer wrote in the last 24 hours');
    expect(why).toContain('The order has news');
    expect(within(items[0]!).getByTestId('template-preview').textContent).toBe(
      'Hello Marina, your order BR-10234 has shipped.',
    );
  });

  it('enable Send once the missing variable is typed, and send the typed value', async () => {
    const { api } = await renderPanel({ contacts: [wroteAgo(MARINA, 1)], templates });
    const item = await suggestion('appointment_reminder');
    const send = within(item).getByTestId('send-template') as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    expect(within(item).getByText('The template cannot be sent as filled in.', { exact: false })).toBeTruthy();
    fireEvent.input(within(item).getByLabelText('Value for “appointment_time”'), { target: { value: 'Friday 10:00' } });
    expect(send.disabled).toBe(false);
    expect(within(item).getByTestId('template-preview').textContent).toBe('Hi Marina, see you on Friday 10:00.');
    fireEvent.click(send);
    expect(await within(item).findByText('Queued: it goes out through the companion.')).toBeTruthy();
    expect(api.send).toHaveBeenCalledWith({
      to: MARINA,
      template: {
        name: 'appointment_reminder',
        language: 'en_US',
        params: { first_name: 'Marina', appointment_time: 'Friday 10:00' },
      },
    });
  });

  it('say so when no template can go out', async () => {
    await renderPanel({ contacts: [wroteAgo(MARINA, 30)], templates });
    expect((await screen.findByTestId('no-suggestions')).textContent).toBe(
      'No template can be sent to this contact now.',
    );
  });
});
