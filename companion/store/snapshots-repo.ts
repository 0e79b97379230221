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
  // Every verdict reads the number's health; it changes a few times a day. The row is still read each time (another
  // process may have written it), but the same text is parsed once: parsing was a tenth of a verdict lookup's CPU.
  // Frozen, since every caller now shares the object.
  const parsed = new Map<string, { body: string; health: NumberHealth }>();
  return {
    put(health: NumberHealth): void {
      upsert.run(health.phoneNumberId, JSON.stringify(health), health.updatedAt);
    },
    get(phoneNumberId: string): NumberHealth | undefined {
      const row = get.get(phoneNumberId) as { body: string } | undefined;
      if (!row) return undefined;
      const known = parsed.get(phoneNumberId);
      if (known?.body === row.body) return known.health;
      const health = deepFreeze(JSON.parse(row.body) as NumberHealth);
      parsed.set(phoneNumberId, { body: row.body, health });
      return health;
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export type TemplatesRepo = ReturnType<typeof createTemplatesRepo>;
export type NumbersRepo = ReturnType<typeof createNumbersRepo>;
