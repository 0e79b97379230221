/** Limit exhaustion under concurrency, over HTTP (issue 3: 200 sends, 10 slots left, exactly 10 go). */
import { afterEach, expect, it } from 'vitest';
import { SANDBOX_IDS } from '../../companion/config/config.ts';
import { openDatabase } from '../../companion/store/database.ts';
import { createStore } from '../../companion/store/store.ts';
import { startTestCompanion, type TestCompanion } from './harness.ts';

let companion: TestCompanion | undefined;
afterEach(async () => {
  await companion?.close();
});

const phone = (i: number) => `+55119${String(70000000 + i)}`;

it('200 concurrent template sends to new opted-in recipients with 10 slots left: exactly 10 are accepted', async () => {
  const first = await startTestCompanion();
  const dataDir = first.dataDir;
  await first.close({ keepData: true });
  const store = createStore(openDatabase(`${dataDir}/companion.db`));
  const now = Date.now();
  store.db.exec('BEGIN');
  for (let i = 0; i < 240; i++)
    store.ledger.reserve(`earlier-${i}`, SANDBOX_IDS.businessId, `+5521988${String(100000 + i)}`, now - 3_600_000);
  for (let i = 0; i < 200; i++) {
    store.contacts.ensure({ phone: phone(i) as never }, undefined, now);
    store.consent.append(
      {
        id: `it-optin-${i}`,
        contact: phone(i),
        action: 'opt_in',
        categories: ['utility'],
        source: 'web_form',
        wording: 'Yes to order updates on WhatsApp.',
        at: now - 86_400_000,
        recordedBy: 'import',
      },
      now,
    );
  }
  store.db.exec('COMMIT');
  store.db.close();

  companion = await startTestCompanion({ dataDir });
  const answers = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      companion!.api('/v1/messages', {
        method: 'POST',
        json: {
          to: phone(i),
          idempotencyKey: `limit-${String(i).padStart(6, '0')}`,
          template: {
            name: 'order_update',
            language: 'en_US',
            params: { header_1: 'A1', '1': 'Ann', '2': 'A1', '3': 'shipped' },
          },
        },
      }),
    ),
  );
  expect(answers.filter((a) => a.status === 202)).toHaveLength(10);
  const refused = answers.filter((a) => a.status === 422);
  expect(refused).toHaveLength(190);
  expect(refused.every((a) => a.body.error.reasons.some((r: { code: string }) => r.code === 'limit_reached'))).toBe(
    true,
  );
  const number = await companion.api('/v1/number');
  expect(number.body.messagingLimit).toMatchObject({ used: 250, remaining: 0 });
});
