import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { MessageRecord, NumberRecord, OutboxItem } from '../db/records.ts';
import { useEnglishMessages } from '../ui/components/render.test-helpers.tsx';
import { MARINA, wroteAgo } from '../ui/models/fixtures.test-helpers.ts';
import { renderPanel } from './panel.test-helpers.tsx';

useEnglishMessages();

const at = Date.now() - 60_000;
const message = (id: string, status: MessageRecord['status'], errorCode: number | null = null): MessageRecord => ({
  id,
  wamid: `wamid.${id}`,
  contact: MARINA,
  status,
  errorCode,
  template: { name: `t_${id}`, language: 'en_US' },
  createdAt: at,
  updatedAt: at,
});

const queued = {
  id: 'o-9',
  kind: 'message',
  request: { to: MARINA, text: 'Are you still interested?' },
  state: 'pending',
  attempts: 2,
  nextAttemptAt: at,
  lastError: 'fetch failed',
  createdAt: at + 1,
  updatedAt: at + 1,
} as OutboxItem;

const number = (healthStatus: 'AVAILABLE' | 'LIMITED'): NumberRecord => ({
  key: 'current',
  health: null,
  fetchedAt: at,
  view: {
    phoneNumberId: '1',
    displayPhoneNumber: '+55 11 4000-0000',
    qualityRating: 'YELLOW',
    status: 'CONNECTED',
    healthStatus,
    healthErrors: healthStatus === 'LIMITED' ? [{ code: 141010, description: 'Business not verified' }] : [],
    messagingLimit: { tier: 'TIER_250', limit: 250, used: 40, remaining: 210, nextSlotFreesAt: null },
    throughput: 'STANDARD',
    updatedAt: at,
  },
});

describe('sent messages and number health', () => {
  it('show each message’s status, a failure in plain words and what is still queued', async () => {
    await renderPanel({
      contacts: [wroteAgo(MARINA, 1)],
      messages: [message('a', 'delivered'), message('b', 'failed', 131049), message('c', 'unknown')],
      outbox: [queued],
    });
    const statuses = await screen.findAllByTestId('message-status');
    const byStatus = Object.fromEntries(statuses.map((s) => [s.dataset.status, s.textContent]));
    expect(byStatus.delivered).toBe('Delivered');
    expect(byStatus.failed).toContain('WhatsApp held back this marketing message');
    expect(byStatus.unknown).toBe("Waiting for WhatsApp's confirmation");
    expect(screen.getByTestId('outbox-status').textContent).toBe('Queued — the companion is not reachable; will retry');
  });

  it('show quality, the limit used and left, and a banner when WhatsApp limits the number', async () => {
    await renderPanel({ contacts: [wroteAgo(MARINA, 1)], number: number('LIMITED') });
    const health = await screen.findByTestId('number-health');
    expect(health.dataset.health).toBe('LIMITED');
    expect(health.textContent).toContain('Quality: medium');
    expect(within(health).getByTestId('limit-usage').textContent).toBe(
      'Limit: 40 of 250 new contacts in the last 24 h — 210 left.',
    );
    expect(within(health).getByRole('alert').textContent).toContain('Business not verified');
    expect(within(health).getByRole('img').getAttribute('aria-label')).toMatch(/^Messaging limit used per day/);
  });

  it('state a warning about the number once, not under every verdict', async () => {
    await renderPanel({ contacts: [wroteAgo(MARINA, 1)] });
    await screen.findByTestId('verdict-utility');
    expect(screen.getAllByText(/health has not been checked yet/)).toHaveLength(1);
  });

  it('show no banner while the number is available', async () => {
    await renderPanel({ contacts: [wroteAgo(MARINA, 1)], number: number('AVAILABLE') });
    expect((await screen.findByTestId('number-health')).dataset.health).toBe('AVAILABLE');
    expect(screen.queryByTestId('health-banner')).toBeNull();
  });

  it('follow the worker’s writes: a message it synced and the number’s health it fetched appear without a reload', async () => {
    const { db } = await renderPanel({ contacts: [wroteAgo(MARINA, 1)], number: number('AVAILABLE') });
    expect((await screen.findByTestId('number-health')).dataset.health).toBe('AVAILABLE');
    expect(screen.queryAllByTestId('message-status')).toHaveLength(0);
    // Written through Dexie like the worker writes; the page hears it on the worker's change channel.
    await db.transaction('rw', db.messages, db.number, async () => {
      await db.messages.put(message('a', 'delivered'));
      await db.number.put(number('LIMITED'));
    });
    expect((await screen.findByTestId('message-status')).dataset.status).toBe('delivered');
    await waitFor(() => expect(screen.getByTestId('number-health').dataset.health).toBe('LIMITED'));
  });
});
