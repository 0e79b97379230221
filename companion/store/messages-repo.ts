/** Outbound messages, their status timeline (deduplicated on wamid + status) and the first answer per idempotency key. */
import type { MessageStatus } from '../../shared/contracts/api.ts';
import { statusRank } from '../../shared/messages/status.ts';
import type { Database } from './database.ts';

export interface MessageRow {
  id: string;
  idempotency_key: string;
  contact: string;
  phone_number_id: string;
  wamid: string | null;
  kind: 'text' | 'template';
  template_name: string | null;
  template_language: string | null;
  category: string | null;
  business_initiated: number;
  payload: string;
  status: MessageStatus;
  status_rank: number;
  error_code: number | null;
  agent: string | null;
  created_at: number;
  updated_at: number;
}

export interface StatusRow {
  wamid: string;
  status: MessageStatus;
  at: number;
  error_code: number | null;
}

export type NewMessage = Pick<
  MessageRow,
  | 'id'
  | 'idempotency_key'
  | 'contact'
  | 'phone_number_id'
  | 'kind'
  | 'template_name'
  | 'template_language'
  | 'category'
  | 'payload'
  | 'agent'
> & { businessInitiated: boolean; at: number };

export function createMessagesRepo(db: Database) {
  const insert = db.prepare(
    `INSERT INTO messages (id, idempotency_key, contact, phone_number_id, kind, template_name, template_language, category,
       business_initiated, payload, status, status_rank, agent, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)`,
  );
  const byId = db.prepare('SELECT * FROM messages WHERE id = ?');
  const remove = db.prepare('DELETE FROM messages WHERE id = ?');
  const byWamid = db.prepare('SELECT * FROM messages WHERE wamid = ?');
  const byKey = db.prepare('SELECT * FROM messages WHERE idempotency_key = ?');
  const setWamid = db.prepare('UPDATE messages SET wamid = ?, updated_at = ? WHERE id = ?');
  const advance = db.prepare(
    'UPDATE messages SET status = ?, status_rank = ?, error_code = coalesce(?, error_code), updated_at = ? WHERE id = ? AND status_rank < ?',
  );
  const insertStatus = db.prepare(
    `INSERT INTO message_statuses (wamid, status, at, error_code, recipient, pricing_category) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(wamid, status) DO NOTHING`,
  );
  const timeline = db.prepare(
    'SELECT wamid, status, at, error_code FROM message_statuses WHERE wamid = ? ORDER BY at, status',
  );
  const recentBusinessInitiated = db.prepare(
    `SELECT created_at FROM messages WHERE contact = ? AND business_initiated = 1 AND created_at > ? AND status != 'failed'`,
  );
  const lastSent = db.prepare(
    `SELECT template_name, template_language, max(created_at) AS at FROM messages
     WHERE contact = ? AND kind = 'template' AND status != 'failed' GROUP BY template_name, template_language`,
  );
  const pendingOrUnknown = db.prepare(`SELECT * FROM messages WHERE status = 'pending'`);
  const answer = db.prepare('SELECT http_status, body FROM idempotent_answers WHERE idempotency_key = ?');
  const saveAnswer = db.prepare(
    'INSERT INTO idempotent_answers (idempotency_key, http_status, body, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );

  return {
    insert(message: NewMessage): void {
      insert.run(
        message.id,
        message.idempotency_key,
        message.contact,
        message.phone_number_id,
        message.kind,
        message.template_name,
        message.template_language,
        message.category,
        message.businessInitiated ? 1 : 0,
        message.payload,
        message.agent,
        message.at,
        message.at,
      );
    },
    get: (id: string) => byId.get(id) as MessageRow | undefined,
    remove(id: string): void {
      remove.run(id);
    },
    byWamid: (wamid: string) => byWamid.get(wamid) as MessageRow | undefined,
    byIdempotencyKey: (key: string) => byKey.get(key) as MessageRow | undefined,
    setWamid(id: string, wamid: string, at: number): void {
      setWamid.run(wamid, at, id);
    },
    /** Moves the message to `status` if that ranks above its current one; true when it moved. */
    advance(id: string, status: MessageStatus, at: number, errorCode?: number): boolean {
      const rank = statusRank(status);
      return Number(advance.run(status, rank, errorCode ?? null, at, id, rank).changes) > 0;
    },
    /** Records one status webhook; false when this wamid already had this status (a duplicate). */
    recordStatus(row: StatusRow & { recipient?: string; pricingCategory?: string }): boolean {
      const result = insertStatus.run(
        row.wamid,
        row.status,
        row.at,
        row.error_code,
        row.recipient ?? null,
        row.pricingCategory ?? null,
      );
      return Number(result.changes) > 0;
    },
    /** Webhook timestamps are whole seconds: equal instants are ordered by how far the message got. */
    timeline: (wamid: string) =>
      (timeline.all(wamid) as unknown as StatusRow[]).sort(
        (a, b) => a.at - b.at || statusRank(a.status) - statusRank(b.status),
      ),
    recentBusinessInitiated(contact: string, since: number): number[] {
      return (recentBusinessInitiated.all(contact, since) as { created_at: number }[]).map((row) => row.created_at);
    },
    lastSentTemplates(contact: string): Record<string, number> {
      const out: Record<string, number> = {};
      for (const row of lastSent.all(contact) as { template_name: string; template_language: string; at: number }[]) {
        out[`${row.template_name}:${row.template_language}`] = row.at;
      }
      return out;
    },
    pending: () => pendingOrUnknown.all() as unknown as MessageRow[],
    answerFor(key: string): { httpStatus: number; body: unknown } | undefined {
      const row = answer.get(key) as { http_status: number; body: string } | undefined;
      return row ? { httpStatus: row.http_status, body: JSON.parse(row.body) } : undefined;
    },
    saveAnswer(key: string, httpStatus: number, body: unknown, at: number): void {
      saveAnswer.run(key, httpStatus, JSON.stringify(body), at);
    },
  };
}

export type MessagesRepo = ReturnType<typeof createMessagesRepo>;
