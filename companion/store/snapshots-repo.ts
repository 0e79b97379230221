/** Templates and number health: snapshots stored as the shared domain's JSON, one row per template / number. */
import type { NumberHealth } from '../../shared/health/number-health.ts';
import type { Template } from '../../shared/templates/model.ts';
import type { Database } from './database.ts';

export function createTemplatesRepo(db: Database) {
  const upsert = db.prepare(
    `INSERT INTO templates (name, language, id, body, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(name, language) DO UPDATE SET id = excluded.id, body = excluded.body, updated_at = excluded.updated_at`,
  );
  const get = db.prepare('SELECT body FROM templates WHERE name = ? AND language = ?');
  const byId = db.prepare('SELECT body FROM templates WHERE id = ?');
  const all = db.prepare('SELECT body FROM templates ORDER BY name, language');
  const parse = (row: unknown) => (row ? (JSON.parse((row as { body: string }).body) as Template) : undefined);
  return {
    put(template: Template): void {
      upsert.run(template.name, template.language, template.id, JSON.stringify(template), template.updatedAt);
    },
    get: (name: string, language: string) => parse(get.get(name, language)),
    byId: (id: string) => parse(byId.get(id)),
    list: () => all.all().map((row) => parse(row) as Template),
  };
}

export function createNumbersRepo(db: Database) {
  const upsert = db.prepare(
    `INSERT INTO number_health (phone_number_id, body, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(phone_number_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  );
  const get = db.prepare('SELECT body FROM number_health WHERE phone_number_id = ?');
  return {
    put(health: NumberHealth): void {
      upsert.run(health.phoneNumberId, JSON.stringify(health), health.updatedAt);
    },
    get(phoneNumberId: string): NumberHealth | undefined {
      const row = get.get(phoneNumberId) as { body: string } | undefined;
      return row ? (JSON.parse(row.body) as NumberHealth) : undefined;
    },
  };
}

export type TemplatesRepo = ReturnType<typeof createTemplatesRepo>;
export type NumbersRepo = ReturnType<typeof createNumbersRepo>;
