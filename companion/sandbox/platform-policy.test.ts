import { describe, expect, it } from 'vitest';
import { DAY } from '../../shared/time/clock.ts';
import { bodyParams, changesOf, hmacOf, NOW, setup, statusesOf, template } from './platform.test-helpers.ts';

const SPRING = template('spring_sale', 'en_US', [
  bodyParams('Ana', '20%'),
  { type: 'button', sub_type: 'copy_code', index: '0', parameters: [{ type: 'coupon_code', coupon_code: 'SPRING20' }] },
]);
const ORDER = (to: string) =>
  template(
    'order_update',
    'en_US',
    [{ type: 'header', parameters: [{ type: 'text', text: 'BR-1' }] }, bodyParams('Ana', 'BR-1', 'shipped')],
    to,
  );

const failureCodes = (received: Parameters<typeof statusesOf>[0]) =>
  statusesOf(received)
    .filter((s) => s.status === 'failed')
    .map((s) => s.errors?.[0]?.code);

describe('sandbox platform: marketing opt-outs (spec §7)', () => {
  it('stops marketing after a STOP message, tells the companion by user_preferences, and resumes on START', async () => {
    const { platform, send, drain, receiver } = setup();
    await platform.customerWrites({ from: '+5511987654321', text: 'STOP', name: 'Ana Souza' });
    const fields = changesOf(receiver.received).map((c) => c.field);
    expect(fields).toEqual(['messages', 'user_preferences']);
    const preference = changesOf(receiver.received)[1];
    expect(preference?.field === 'user_preferences' && preference.value.user_preferences[0]?.value).toBe('stop');

    await send({ ...SPRING, to: '+5511987654321' });
    await send(ORDER('+5511987654321'));
    await drain();
    expect(failureCodes(receiver.received)).toEqual([131050]);
    expect(statusesOf(receiver.received).filter((s) => s.status === 'read')).toHaveLength(1); // utility still flows

    receiver.received.length = 0;
    await platform.customerWrites({ from: '+5511987654321', text: 'start' });
    await send({ ...SPRING, to: '+5511987654321' });
    await drain();
    expect(failureCodes(receiver.received)).toEqual([]);
    expect(changesOf(receiver.received).map((c) => c.field)).toContain('user_preferences');
  });

  it('never delivers marketing to a US number (131049), while utility goes through', async () => {
    const { send, drain, receiver } = setup();
    await send({ ...SPRING, to: '+12025550143' });
    await send(ORDER('+12025550143'));
    await drain();
    expect(failureCodes(receiver.received)).toEqual([131049]);
  });
});

describe('sandbox platform: the messaging limit (spec §2)', () => {
  it('fails the 251st unique out-of-window recipient of a TIER_250 portfolio with 131048', async () => {
    const { send, drain, receiver, platform } = setup({ deliveryDelays: { sent: 0, delivered: 0, read: 0 } });
    const to = (i: number) => `+55119${String(80000000 + i).padStart(8, '0')}`;
    for (let i = 0; i < 250; i++) await send(ORDER(to(i)));
    await send(ORDER(to(0))); // already counted: takes no new slot
    await platform.customerWrites({ from: to(999), text: 'oi' });
    await send(ORDER(to(999))); // inside the window: does not count
    await send(ORDER(to(250)));
    await drain();
    const failed = statusesOf(receiver.received).filter((s) => s.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ recipient_id: to(250).slice(1), errors: [{ code: 131048 }] });
    expect(failed[0]?.errors?.[0]?.error_data?.details).toContain('messaging limit reached');
  });

  it('frees slots 24 h later, and a higher tier raises the cap at once', async () => {
    const { send, drain, receiver, platform, clock } = setup({ initialState: { tier: 'TIER_50' } });
    for (let i = 0; i < 51; i++) await send(ORDER(`+5511988${String(100000 + i)}`));
    await drain();
    expect(failureCodes(receiver.received)).toEqual([131048]);

    receiver.received.length = 0;
    await platform.setState({ tier: 'TIER_2K' });
    await send(ORDER('+5511977000001'));
    clock.set(NOW + DAY + 1000);
    await platform.setState({ tier: 'TIER_50' });
    for (let i = 0; i < 50; i++) await send(ORDER(`+5511966${String(100000 + i)}`));
    await drain();
    expect(failureCodes(receiver.received)).toEqual([]);
  });
});

describe('sandbox platform: webhook delivery like Meta (spec §4)', () => {
  it('retries a failed delivery with back-off, resending the very same signed bytes', async () => {
    const { platform, receiver, drain, clock } = setup();
    receiver.failNext(2);
    const written = platform.customerWrites({ from: '+5511987654321', text: 'Olá' });
    await drain();
    await written;
    expect(receiver.received).toHaveLength(1);
    const [only] = receiver.received;
    expect(only?.signature).toBe(hmacOf(only?.raw ?? ''));
    expect(clock.now() - NOW).toBe(2_000 + 10_000);
  });

  it('gives up after the last retry and still settles flush', async () => {
    const { platform, receiver, drain } = setup({ retryDelays: [10, 20], onError: () => {} });
    receiver.failNext(10);
    void platform.customerWrites({ from: '+5511987654321', text: 'Olá' });
    await drain();
    expect(receiver.received).toEqual([]);
  });
});

describe('sandbox platform: setState (spec §2–§4)', () => {
  it('announces a new tier with business_capability_update before resolving', async () => {
    const { platform, receiver } = setup();
    await platform.setState({ tier: 'TIER_10K' });
    expect(changesOf(receiver.received)).toEqual([
      { field: 'business_capability_update', value: { max_daily_conversations_per_business: 10000 } },
    ]);
    await platform.setState({ tier: 'TIER_UNLIMITED' });
    expect(changesOf(receiver.received)[1]).toMatchObject({ value: { max_daily_conversations_per_business: -1 } });
  });

  it('sends no webhook for a quality change, which the companion must poll', async () => {
    const { platform, receiver } = setup();
    await platform.setState({ quality: 'RED', healthStatus: 'LIMITED' });
    expect(receiver.received).toEqual([]);
    expect(platform.state).toMatchObject({ quality: 'RED', healthStatus: 'LIMITED' });
  });

  it('disables the WABA on BLOCKED (account_update) and refuses sends, then reinstates it', async () => {
    const { platform, receiver, send } = setup();
    await platform.setState({ healthStatus: 'BLOCKED' });
    const response = await send(ORDER('+5511987654321'));
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe(368);
    await platform.setState({ healthStatus: 'AVAILABLE' });
    const states = changesOf(receiver.received).map((c) =>
      c.field === 'account_update' ? [c.value.event, c.value.ban_info?.waba_ban_state] : c.field,
    );
    expect(states).toEqual([
      ['DISABLED_UPDATE', 'DISABLE'],
      ['DISABLED_UPDATE', 'REINSTATE'],
    ]);
  });
});
