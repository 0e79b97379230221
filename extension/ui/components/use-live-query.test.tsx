import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { contactRecord, fakeApi, freshDb, JOAO, MARINA } from '../models/fixtures.test-helpers.ts';
import { renderWith } from './render.test-helpers.tsx';
import { useLiveQuery } from './use-live-query.ts';

function Name(props: { contactKey: string }) {
  const contact = useLiveQuery(
    ['contacts'],
    (db) => db.read(['contacts'], (tx) => tx.get('contacts', props.contactKey)),
    [props.contactKey],
  );
  return <p data-testid="name">{contact === undefined ? 'loading' : (contact?.name ?? '?')}</p>;
}

describe('useLiveQuery', () => {
  it('follows writes to the database', async () => {
    const db = freshDb();
    await db.contacts.put(contactRecord(MARINA, { name: 'Marina' }));
    renderWith(<Name contactKey={MARINA} />, { api: fakeApi(null), db });
    expect(screen.getByTestId('name').textContent).toBe('loading');
    await screen.findByText('Marina');
    await db.contacts.update(MARINA, { name: 'Marina Costa' });
    expect(await screen.findByText('Marina Costa')).toBeTruthy();
  });

  it('answers nothing for new inputs until their query answers, even without a remount', async () => {
    const db = freshDb();
    await db.contacts.bulkPut([contactRecord(MARINA, { name: 'Marina' }), contactRecord(JOAO, { name: 'João' })]);
    const api = fakeApi(null);
    const view = renderWith(<Name contactKey={MARINA} />, { api, db });
    await screen.findByText('Marina');
    view.rerender(<Name contactKey={JOAO} />);
    expect(screen.getByTestId('name').textContent).toBe('loading');
    expect(await screen.findByText('João')).toBeTruthy();
  });

  it('reads again after a failed read (the worker upgrading the database), without waiting for a write', async () => {
    const db = freshDb();
    await db.contacts.put(contactRecord(MARINA, { name: 'Marina' }));
    let attempts = 0;
    function Flaky() {
      const contact = useLiveQuery(
        ['contacts'],
        (reader) => {
          attempts++;
          if (attempts === 1) throw new DOMException('No objectStore named contactChunks', 'NotFoundError');
          return reader.read(['contacts'], (tx) => tx.get('contacts', MARINA));
        },
        [],
      );
      return <p data-testid="name">{contact === undefined ? 'loading' : (contact?.name ?? '?')}</p>;
    }
    const quiet = console.error;
    console.error = () => {};
    try {
      renderWith(<Flaky />, { api: fakeApi(null), db });
      expect(await screen.findByText('Marina')).toBeTruthy();
      expect(attempts).toBe(2);
    } finally {
      console.error = quiet;
    }
  });
});
