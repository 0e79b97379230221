import { describe, expect, it } from 'vitest';
import { DAY, fixedClock, HOUR, SECOND } from '../time/clock.ts';
import { applyInbound, applyOutbound, customerServiceWindow, type WindowInputs } from './window.ts';

const T0 = Date.UTC(2026, 10, 25, 12, 0, 0);

describe('customer-service window (spec §1, §11.1)', () => {
  it.each([
    ['just after the inbound message', 0, true],
    ['one second before 24 h', DAY - SECOND, true],
    ['exactly 24 h later (closed: now < last inbound + 24 h)', DAY, false],
    ['a day and a second later', DAY + SECOND, false],
  ])('is %s: open=%s', (_label, offset, open) => {
    const state = customerServiceWindow({ lastInboundAt: T0 }, fixedClock(T0 + offset));
    expect(state).toMatchObject({ open, closesAt: T0 + DAY });
  });

  it('is closed when the customer never wrote', () => {
    expect(customerServiceWindow({}, fixedClock(T0))).toEqual({ open: false });
  });

  it('each further inbound message resets the window to 24 h from that message', () => {
    const inputs = applyInbound(applyInbound({}, { at: T0 }), { at: T0 + 20 * HOUR });
    expect(customerServiceWindow(inputs, fixedClock(T0 + 30 * HOUR))).toMatchObject({
      open: true,
      closesAt: T0 + 44 * HOUR,
    });
  });

  it('a business send, template or not, never opens or extends the window (§11.1)', () => {
    const inputs = applyOutbound(applyInbound({}, { at: T0 }), T0 + 23 * HOUR);
    expect(customerServiceWindow(inputs, fixedClock(T0 + 25 * HOUR)).open).toBe(false);
    expect(customerServiceWindow(applyOutbound({}, T0), fixedClock(T0 + HOUR)).open).toBe(false);
  });

  it('a late, replayed older inbound message does not move the window back', () => {
    const inputs = applyInbound(applyInbound({}, { at: T0 + 10 * HOUR }), { at: T0 });
    expect(inputs.lastInboundAt).toBe(T0 + 10 * HOUR);
  });
});

describe('free entry point (spec §1: referral, reply within 24 h, 72 h free)', () => {
  const referred: WindowInputs = applyInbound({}, { at: T0, referral: true });

  it('offers an FEP until 24 h after the referral while the business has not replied', () => {
    expect(customerServiceWindow(referred, fixedClock(T0 + HOUR))).toMatchObject({
      freeEntryPointOfferUntil: T0 + DAY,
    });
    expect(customerServiceWindow(referred, fixedClock(T0 + DAY)).freeEntryPointOfferUntil).toBeUndefined();
  });

  it('starts 72 h from the first reply within 24 h, not from the referral', () => {
    const replied = applyOutbound(referred, T0 + 5 * HOUR);
    const state = customerServiceWindow(replied, fixedClock(T0 + 6 * HOUR));
    expect(state.freeEntryPointUntil).toBe(T0 + 77 * HOUR);
    expect(state.freeEntryPointOfferUntil).toBeUndefined();
  });

  it('a second reply does not restart the FEP', () => {
    const replied = applyOutbound(applyOutbound(referred, T0 + 5 * HOUR), T0 + 20 * HOUR);
    expect(replied.freeEntryPointStartedAt).toBe(T0 + 5 * HOUR);
  });

  it('no FEP when the reply comes 24 h or more after the referral', () => {
    const late = applyOutbound(referred, T0 + DAY);
    expect(customerServiceWindow(late, fixedClock(T0 + DAY + HOUR)).freeEntryPointUntil).toBeUndefined();
  });

  it('no FEP for an inbound message without a referral', () => {
    const plain = applyOutbound(applyInbound({}, { at: T0 }), T0 + HOUR);
    expect(customerServiceWindow(plain, fixedClock(T0 + 2 * HOUR)).freeEntryPointUntil).toBeUndefined();
  });

  it('the FEP outlives the window: free, but free-form is closed after 24 h (templates only)', () => {
    const replied = applyOutbound(referred, T0 + HOUR);
    const state = customerServiceWindow(replied, fixedClock(T0 + 50 * HOUR));
    expect(state).toMatchObject({ open: false, freeEntryPointUntil: T0 + 73 * HOUR });
  });

  it('the FEP ends exactly 72 h after the reply', () => {
    const replied = applyOutbound(referred, T0 + HOUR);
    expect(customerServiceWindow(replied, fixedClock(T0 + 73 * HOUR)).freeEntryPointUntil).toBeUndefined();
  });
});
