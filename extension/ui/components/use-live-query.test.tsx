import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { AppDB } from '../../db/app-db.ts';
import { contactRecord, freshDb, JOAO, MARINA } from '../models/fixtures.test-helpers.ts';
import { useLiveQuery } from './use-live-query.ts';

function Name(props: { db: AppDB; contactKey: string }) {
  const contact = useLiveQuery(() => props.db.contacts.get(props.contactKey), [props.db, props.contactKey]);
  return <p data-testid="name">{contact === undefined ? 'loading' : (contact.name ?? '?')}</p>;
}

describe('useLiveQuery', () => {
  it('follows writes to the database', async () => {
    const db = freshDb();
    await db.contacts.put(contactRecord(MARINA, { name: 'Marina' }));
    render(<Name db={db} contactKey={MARINA} />);
    expect(screen.getByTestId('name').textContent).toBe('loading');
    await screen.findByText('Marina');
    await db.contacts.update(MARINA, { name: 'Marina Costa' });
    expect(await screen.findByText('Marina Costa')).toBeTruthy();
  });

  it('answers nothing for new inputs until their query answers, even without a remount', async () => {
    const db = freshDb();
    await db.contacts.bulkPut([contactRecord(MARINA, { name: 'Marina' }), contactRecord(JOAO, { name: 'João' })]);
    const view = render(<Name db={db} contactKey={MARINA} />);
    await screen.findByText('Marina');
    view.rerender(<Name db={db} contactKey={JOAO} />);
    expect(screen.getByTestId('name').textContent).toBe('loading');
    expect(await screen.findByText('João')).toBeTruthy();
  });
});
