/** Per-contact summary: identity and the instants the window, FEP, cooldown and undeliverable marks derive from. */
import type { ContactSnapshot } from '../../shared/contracts/snapshot.ts';
import type { ContactIdentity } from '../../shared/phone/identity.ts';
import type { Database } from './database.ts';

export interface ContactRow {
  key: string;
  phone: string | null;
  bsuid: string | null;
  name: string | null;
  time_zone: string | null;
  last_inbound_at: number | null;
  last_referral_at: number | null;
  fep_started_at: number | null;
  last_outbound_at: number | null;
  last_ecosystem_cap_at: number | null;
  undeliverable_at: number | null;
  updated_at: number;
}

/** The row as the extension syncs it (feed `contact` events and GET /v1/snapshot). */
export function contactSnapshotOf(row: ContactRow): ContactSnapshot {
  return {
    key: row.key,
    phone: row.phone,
    bsuid: row.bsuid,
    name: row.name,
    lastInboundAt: row.last_inbound_at,
    lastReferralAt: row.last_referral_at,
    freeEntryPointStartedAt: row.fep_started_at,
    lastOutboundAt: row.last_outbound_at,
    lastEcosystemCapAt: row.last_ecosystem_cap_at,
    undeliverableAt: row.undeliverable_at,
  };
}

export type ContactMark = 'last_outbound_at' | 'last_ecosystem_cap_at' | 'undeliverable_at' | 'fep_started_at';

export function createContactsRepo(db: Database) {
  const byKey = db.prepare('SELECT * FROM contacts WHERE key = ?');
  const byBsuid = db.prepare('SELECT * FROM contacts WHERE bsuid = ?');
  const byPhone = db.prepare('SELECT * FROM contacts WHERE phone = ?');
  const insert = db.prepare(
    'INSERT INTO contacts (key, phone, bsuid, name, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING',
  );
  const identity = db.prepare(
    'UPDATE contacts SET phone = coalesce(?, phone), bsuid = coalesce(?, bsuid), name = coalesce(?, name), updated_at = ? WHERE key = ?',
  );
  // Max semantics: a replayed or late older message never moves the window back.
  const inbound = db.prepare(
    `UPDATE contacts SET last_inbound_at = max(coalesce(last_inbound_at, 0), ?),
       last_referral_at = CASE WHEN ? THEN max(coalesce(last_referral_at, 0), ?) ELSE last_referral_at END,
       updated_at = ? WHERE key = ?`,
  );
  const setTimeZone = db.prepare('UPDATE contacts SET time_zone = ?, updated_at = ? WHERE key = ?');
  const setBsuid = db.prepare('UPDATE contacts SET bsuid = ?, updated_at = ? WHERE key = ?');
  const marks = new Map<ContactMark, ReturnType<Database['prepare']>>();
  for (const column of ['last_outbound_at', 'last_ecosystem_cap_at', 'undeliverable_at'] as const) {
    marks.set(
      column,
      db.prepare(`UPDATE contacts SET ${column} = max(coalesce(${column}, 0), ?), updated_at = ? WHERE key = ?`),
    );
  }
  marks.set('fep_started_at', db.prepare('UPDATE contacts SET fep_started_at = ?, updated_at = ? WHERE key = ?'));

  return {
    get(key: string): ContactRow | undefined {
      return byKey.get(key) as ContactRow | undefined;
    },

    /** The stored contact for an identity: by phone first, then by BSUID. */
    find(who: ContactIdentity): ContactRow | undefined {
      const row = who.phone ? (byPhone.get(who.phone) as ContactRow | undefined) : undefined;
      return row ?? (who.bsuid ? (byBsuid.get(who.bsuid) as ContactRow | undefined) : undefined);
    },

    /** Finds or creates the contact, filling in a phone, BSUID or name it did not have. Returns its key. */
    ensure(who: ContactIdentity, name: string | undefined, at: number): string {
      const existing = this.find(who);
      if (existing) {
        if ((who.phone && !existing.phone) || (who.bsuid && !existing.bsuid) || (name && name !== existing.name)) {
          identity.run(
            existing.phone ? null : (who.phone ?? null),
            existing.bsuid ? null : (who.bsuid ?? null),
            name ?? null,
            at,
            existing.key,
          );
        }
        return existing.key;
      }
      const key = who.phone ?? who.bsuid;
      if (!key) throw new Error('A contact needs a phone or a BSUID.');
      insert.run(key, who.phone ?? null, who.bsuid ?? null, name ?? null, at);
      return key;
    },

    recordInbound(key: string, at: number, referral: boolean, now: number): void {
      inbound.run(at, referral ? 1 : 0, at, now, key);
    },

    /** The contact's IANA zone (from the CRM), for quiet hours. */
    setTimeZone(key: string, timeZone: string, now: number): void {
      setTimeZone.run(timeZone, now, key);
    },

    /** Meta regenerates a BSUID when the user changes number (spec §9). */
    replaceBsuid(key: string, bsuid: string, now: number): void {
      setBsuid.run(bsuid, now, key);
    },

    mark(key: string, column: ContactMark, at: number, now: number): void {
      marks.get(column)?.run(at, now, key);
    },
  };
}

export type ContactsRepo = ReturnType<typeof createContactsRepo>;
