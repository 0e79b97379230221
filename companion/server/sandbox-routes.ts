/**
 * Sandbox-only controls on the companion's port: a customer writes (`POST /sandbox/inbound`), Meta changes the
 * account (`POST /sandbox/state`). Both go through the simulated platform, which answers with real signed webhooks,
 * and resolve only once the companion has committed them, so the change is visible at once. `POST /sandbox/faults`
 * makes the platform's next send requests fail (faults.ts); `GET /sandbox/faults` shows the queue and every send
 * request the platform received; `DELETE /sandbox/faults` empties the queue.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { QUALITY_RATINGS } from '../../shared/health/quality.ts';
import { MESSAGING_TIERS } from '../../shared/limits/tiers.ts';
import { normalizePhone } from '../../shared/phone/phone.ts';
import { badRequest, readJson } from '../http/body.ts';
import { type Fault, faultsOf } from '../sandbox/faults.ts';
import type { SandboxPlatform } from '../sandbox/platform.ts';

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const SandboxInboundSchema = v.object({
  from: v.pipe(
    v.string(),
    v.maxLength(64),
    v.check((phone) => normalizePhone(phone).ok, 'Give the customer\'s phone with "+" and country code.'),
  ),
  text: v.pipe(v.string(), v.minLength(1, 'Say what the customer writes.'), v.maxLength(4096)),
  name: v.optional(Text(200)),
  referral: v.optional(
    v.object({
      source_url: Text(2048),
      source_id: Text(200),
      source_type: v.picklist(['ad', 'post']),
      headline: v.optional(Text(500)),
      body: v.optional(Text(2000)),
      ctwa_clid: v.optional(Text(500)),
    }),
  ),
});

export const SandboxStateSchema = v.pipe(
  v.object({
    tier: v.optional(v.picklist(MESSAGING_TIERS.filter((tier) => tier !== 'TIER_NOT_SET'))),
    quality: v.optional(v.picklist(QUALITY_RATINGS)),
    healthStatus: v.optional(v.picklist(['AVAILABLE', 'LIMITED', 'BLOCKED'])),
  }),
  v.check((patch) => Object.keys(patch).length > 0, 'Set at least one of tier, quality, healthStatus.'),
);

const HttpStatus = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max, `httpStatus must be between ${min} and ${max}.`));

const FaultSchema = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('http5xx'), httpStatus: v.optional(v.picklist([500, 502, 503, 504])) }),
    v.object({ kind: v.literal('timeout') }),
    v.object({
      kind: v.literal('graph_error'),
      code: v.pipe(v.number(), v.integer('code must be a whole number.'), v.minValue(1), v.maxValue(999_999_999)),
      httpStatus: v.optional(HttpStatus(400, 599)),
      message: v.optional(Text(500)),
      details: v.optional(Text(2000)),
    }),
    v.object({ kind: v.literal('malformed') }),
    v.object({ kind: v.literal('accept_then_lose'), lose: v.optional(v.picklist(['http504', 'drop'])) }),
  ],
  'Each fault needs a kind: http5xx, timeout, graph_error, malformed or accept_then_lose.',
);

export const SandboxFaultsSchema = v.object({
  faults: v.pipe(
    v.array(FaultSchema, 'Give faults as an array.'),
    v.minLength(1, 'Give at least one fault.'),
    v.maxLength(100, 'Give at most 100 faults at once.'),
  ),
});

export function sandboxRoutes(platform: SandboxPlatform, afterStateChange: () => Promise<void>): Hono {
  const app = new Hono();
  app.post('/inbound', async (c) => {
    const body = await readJson(c, SandboxInboundSchema);
    if (!body.ok) return c.json(body.error, 400);
    const phone = normalizePhone(body.value.from);
    if (!phone.ok) return c.json(badRequest('invalid_phone', phone.error.message), 400);
    await platform.customerWrites({
      from: phone.value.e164,
      text: body.value.text,
      ...(body.value.name ? { name: body.value.name } : {}),
      ...(body.value.referral ? { referral: body.value.referral } : {}),
    });
    return c.json({ delivered: true });
  });
  app.post('/state', async (c) => {
    const body = await readJson(c, SandboxStateSchema);
    if (!body.ok) return c.json(body.error, 400);
    await platform.setState(body.value);
    // Quality and health reach the companion by polling (spec §3); poll now instead of waiting for the schedule.
    await afterStateChange();
    return c.json({ state: body.value });
  });
  const faults = faultsOf(platform.state);
  app.post('/faults', async (c) => {
    const body = await readJson(c, SandboxFaultsSchema);
    if (!body.ok) return c.json(body.error, 400);
    faults.inject(body.value.faults as Fault[]);
    return c.json({ queued: faults.queued() });
  });
  app.get('/faults', (c) => c.json({ queued: faults.queued(), sends: faults.sends() }));
  app.delete('/faults', (c) => {
    faults.clear();
    return c.json({ queued: [] });
  });
  return app;
}
