import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from './database.ts';
import { MIGRATIONS } from './migrations.ts';

describe('numbered migrations', () => {
  it('upgrades a version-1 database to the latest, keeping its rows', () => {
    const db = new DatabaseSync(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    db.prepare("INSERT INTO contacts (key, phone, updated_at) VALUES ('+5511987654321', '+5511987654321', 1)").run();
    migrate(db);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT phone FROM contacts').all()).toEqual([{ phone: '+5511987654321' }]);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM contacts WHERE phone = '+5511987654321'").all() as {
      detail: string;
    }[];
    expect(plan.map((row) => row.detail).join(' ')).toContain('contacts_phone');
    // A contact's consent events come out of the index in the order they are read in, with no sort of their own.
    const consentPlan = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM consent_events WHERE contact = '+5511987654321' ORDER BY at, id")
      .all() as { detail: string }[];
    expect(consentPlan.map((row) => row.detail)).toEqual([
      'SEARCH consent_events USING INDEX consent_events_contact (contact=?)',
    ]);
  });

  it('refuses a database written by a newer companion instead of guessing', () => {
    const db = new DatabaseSync(':memory:');
    migrate(db);
    db.exec(`PRAGMA user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db)).toThrow(/newer QBM Copilot/);
  });
});
