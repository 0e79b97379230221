/** Inputs the fuzzers found that once answered 500; each must now be a clear 4xx and leave the companion up. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SANDBOX_IDS } from '../../companion/config/config.ts';
import { startTestCompanion, type TestCompanion } from '../integration/harness.ts';

let companion: TestCompanion;
beforeAll(async () => {
  companion = await startTestCompanion();
});
afterAll(async () => {
  await companion.close();
});

it.each([
  ['an object', '{"a":', '}'],
  ['an array', '[', ']'],
])(
  'a signed webhook with 10,000 levels of %s inside a change value is refused with 400',
  async (_label, open, close) => {
    const deep = `${open.repeat(10_000)}1${close.repeat(10_000)}`;
    const raw = `{"object":"whatsapp_business_account","entry":[{"id":"${SANDBOX_IDS.wabaId}","changes":[{"field":"messages","value":${deep}}]}]}`;
    const response = await companion.webhook(raw);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('too_deep');
    expect((await fetch(`${companion.url}/health`)).status).toBe(200);
  },
);

it.each(['%ZZ', '%', '%C0%AF', 'abc%ZZ', '%25ZZ'])('GET /v1/contacts/%s answers 400, not 500', async (ref) => {
  const response = await companion.api(`/v1/contacts/${ref}`);
  expect(response.status).toBe(400);
  expect(response.body.error.code).toBe('invalid_contact');
});

it('a phone encoded twice is not read as the phone', async () => {
  const response = await companion.api('/v1/contacts/%252B5511987654321');
  expect(response.status).toBe(400);
});
