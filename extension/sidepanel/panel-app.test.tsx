import { act, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useEnglishMessages } from '../ui/components/render.test-helpers.tsx';
import { JOAO, MARINA, pageContact, wroteAgo } from '../ui/models/fixtures.test-helpers.ts';
import { renderPanel } from './panel.test-helpers.tsx';

useEnglishMessages();

describe('the side panel', () => {
  it('asks for a CRM contact when the tab shows none', async () => {
    await renderPanel({ read: null });
    expect(await screen.findByTestId('no-crm-page')).toHaveProperty(
      'textContent',
      'Open a contact in your CRM to see whether you may message them on WhatsApp.',
    );
  });

  it('says why it could not read the contact', async () => {
    await renderPanel({ read: { ok: false, adapter: 'demo', url: 'http://x', problem: 'two records are shown' } });
    expect((await screen.findByTestId('could-not-read')).textContent).toBe(
      'Could not read this contact: two records are shown.',
    );
  });

  it('shows "checking…" until the contact’s records load, then its verdicts', async () => {
    await renderPanel({ contacts: [wroteAgo(MARINA, 1)] });
    expect(screen.getByTestId('checking').textContent).toBe('Checking…');
    const verdict = await screen.findByTestId('verdict-freeForm');
    expect(verdict.dataset.allowed).toBe('true');
  });

  it('re-judges the contact when the worker writes that they just wrote', async () => {
    const { db } = await renderPanel({ contacts: [wroteAgo(MARINA, 30)] });
    expect((await screen.findByTestId('verdict-freeForm')).dataset.allowed).toBe('false');
    await db.contacts.put(wroteAgo(MARINA, 1)); // as the worker's sync does
    await waitFor(() => expect(screen.getByTestId('verdict-freeForm').dataset.allowed).toBe('true'));
  });

  it('shows "checking…", never the old verdict, when the agent opens another contact', async () => {
    const { api } = await renderPanel({ contacts: [wroteAgo(MARINA, 1), wroteAgo(JOAO, 30)] });
    expect((await screen.findByTestId('verdict-freeForm')).dataset.allowed).toBe('true');
    const joao = pageContact({ recordId: '1003', name: 'João Lima', phones: [{ raw: JOAO, e164: JOAO }] });
    act(() => api.push(1, { ok: true, contact: joao }));
    expect(screen.queryByTestId('verdict-freeForm')).toBeNull();
    expect(screen.getByTestId('checking')).toBeTruthy();
    const verdict = await screen.findByTestId('verdict-freeForm');
    expect(verdict.dataset.allowed).toBe('false');
    expect(screen.getByTestId('contact').dataset.contact).toBe(JOAO);
  });

  it('waits for the first sync before judging a contact', async () => {
    await renderPanel({
      contacts: [wroteAgo(MARINA, 1)],
      sync: { lastSyncAt: null, progress: { done: 12, startedAt: 1 } },
    });
    expect((await screen.findByTestId('companion-status')).dataset.state).toBe('first-sync');
    expect(screen.getByTestId('checking')).toBeTruthy();
    expect(screen.queryByTestId('verdict-freeForm')).toBeNull();
  });

  it('shows how far the first load of contacts has got', async () => {
    await renderPanel({
      contacts: [wroteAgo(MARINA, 1)],
      sync: { lastSyncAt: null, progress: { done: 2500, total: 100_000, startedAt: 1 } },
    });
    const progress = await screen.findByTestId('sync-progress');
    expect(progress.dataset).toMatchObject({ done: '2500', total: '100000' });
    expect(progress.textContent).toMatch(/2,500 of 100,000/);
  });
});
