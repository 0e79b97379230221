import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrate } from './database.ts';
import { createStore } from './store.ts';

function storeWith(contacts: number) {
  const db = new DatabaseSync(':memory:');
  migrate(db);
  const store = createStore(db);
  for (let i = 0; i < contacts; i++) {
    const key = `+55119900000${String(i).padStart(2, '0')}`;
    db.prepare('INSERT INTO contacts (key, phone, updated_at) VALUES (?, ?, 1)').run(key, key);
  }
  return store;
}

const optIn = (id: string, contact: string) => ({
  id,
  contact,
  action: 'opt_in' as const,
  categories: ['marketing' as const],
  source: 'web_form' as const,
  wording: 'Yes to offers on WhatsApp.',
  at: 1000,
  recordedBy: 'import',
});

describe('snapshot pages', () => {
  it('include a key that has consent events but no contact row (an opt-out must never be left behind)', () => {
    const store = storeWith(3);
    store.consent.append(optIn('orphan', '+5511990000001'), 1000);
    store.consent.append(optIn('lonely', '+5511990000015'), 1000); // no contact row
    const page = store.snapshot.page('', 10, 0);
    expect(page.map((entry) => entry.key)).toEqual([
      '+5511990000000',
      '+5511990000001',
      '+5511990000002',
      '+5511990000015',
    ]);
    expect(page[3]).toMatchObject({ contact: null, consent: [{ id: 'lonely' }] });
    expect(page[1]).toMatchObject({ contact: { key: '+5511990000001' }, consent: [{ id: 'orphan' }] });
  });

  it('split anywhere, give the same entries as one page', () => {
    const store = storeWith(25);
    store.consent.append(optIn('a', '+5511990000007'), 1000);
    const whole = store.snapshot.page('', 100, 0);
    const pieces = [];
    let after = '';
    for (;;) {
      const page = store.snapshot.page(after, 4, 0);
      if (page.length === 0) break;
      pieces.push(...page);
      after = page.at(-1)?.key ?? '';
    }
    expect(pieces).toEqual(whole);
    expect(whole).toHaveLength(25);
  });
});
