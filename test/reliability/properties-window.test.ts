/**
 * Property: the customer-service window derived from inbound touches does not depend on the order webhooks arrive in,
 * nor on duplicates or replays (spec §1, §4). Checked against a reference computed straight from the set of touches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, MINUTE } from '../../shared/time/clock.ts';
import {
  applyInbound,
  applyOutbound,
  customerServiceWindow,
  type WindowInputs,
  type WindowState,
} from '../../shared/window/window.ts';

const NUM_RUNS = 300;
const T0 = Date.UTC(2026, 10, 25, 15, 0, 0);

interface Touch {
  at: number;
  referral: boolean;
}

/** Instants on a 30-minute grid over five days, so ties and exact 24 h boundaries are common. */
const instant = fc.integer({ min: 0, max: 240 }).map((k) => T0 + k * 30 * MINUTE);
/** Any millisecond over the same span, to catch off-by-one at the boundaries too. */
const anyInstant = fc.oneof(instant, fc.integer({ min: T0 - DAY, max: T0 + 6 * DAY }));
const touch = fc.record({ at: instant, referral: fc.boolean() });

/** Open iff now < max(inbound) + 24 h; it closes at max(inbound) + 24 h; no touch, no window. */
function referenceWindow(touches: readonly Touch[], now: number): { open: boolean; closesAt?: number } {
  if (touches.length === 0) return { open: false };
  const last = Math.max(...touches.map((t) => t.at));
  return { open: now < last + DAY, closesAt: last + DAY };
}

/** Every touch once, in a random order, plus random copies of some of them anywhere in the stream. */
function deliveries(touches: readonly Touch[]) {
  return fc
    .tuple(
      fc.shuffledSubarray([...touches], { minLength: touches.length, maxLength: touches.length }),
      fc.array(fc.nat(), { maxLength: touches.length * 2 }),
    )
    .chain(([shuffled, copies]) => {
      const withCopies = [
        ...shuffled,
        ...copies.flatMap((i) => (touches.length ? [touches[i % touches.length]!] : [])),
      ];
      return fc.shuffledSubarray(withCopies, { minLength: withCopies.length, maxLength: withCopies.length });
    });
}

function windowOf(inputs: WindowInputs, now: number): WindowState {
  return customerServiceWindow(inputs, { now: () => now });
}

describe('customer-service window under duplicated, reordered and replayed webhooks (spec §1, §4)', () => {
  it('is open exactly until 24 h after the latest inbound touch, whatever the delivery order, duplicates and sends', () => {
    const scenario = fc.array(touch, { maxLength: 12 }).chain((touches) =>
      fc.record({
        touches: fc.constant(touches),
        delivered: deliveries(touches),
        sends: fc.array(instant, { maxLength: 6 }).map((s) => [...s].sort((a, b) => a - b)),
        /** Where each send falls in the inbound stream: sends stay in send order, inbound interleaves freely. */
        sendPositions: fc.array(fc.nat(), { maxLength: 6 }),
        queries: fc.array(anyInstant, { minLength: 1, maxLength: 8 }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ touches, delivered, sends, sendPositions, queries }) => {
        const positions = sends.map((_, i) => (sendPositions[i] ?? 0) % (delivered.length + 1)).sort((a, b) => a - b);
        let inputs: WindowInputs = {};
        let next = 0;
        for (let i = 0; i <= delivered.length; i++) {
          while (next < sends.length && positions[next] === i) inputs = applyOutbound(inputs, sends[next++]!);
          const t = delivered[i];
          if (t) inputs = applyInbound(inputs, t);
        }
        for (const now of queries) {
          const state = windowOf(inputs, now);
          const expected = referenceWindow(touches, now);
          expect(state.open).toBe(expected.open);
          expect(state.closesAt).toBe(expected.closesAt);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives the same whole state, free entry point included, when touches arrive shuffled and duplicated before the next send and are replayed days later', () => {
    const scenario = fc
      .record({
        touches: fc.array(touch, { maxLength: 12 }),
        sends: fc.uniqueArray(instant, { maxLength: 6 }).map((s) => [...s].sort((a, b) => a - b)),
        queries: fc.array(anyInstant, { minLength: 1, maxLength: 8 }),
      })
      .chain((base) =>
        fc.record({
          base: fc.constant(base),
          /** One shuffled, duplicated delivery stream per gap between two sends, then a late replay of anything. */
          gaps: fc.tuple(
            ...Array.from({ length: base.sends.length + 1 }, (_, gap) => deliveries(touchesOfGap(base, gap))),
          ),
          replay: fc.array(fc.nat(), { maxLength: 10 }),
        }),
      );
    fc.assert(
      fc.property(scenario, ({ base, gaps, replay }) => {
        // In time order: each touch before any send at or after its instant; sends in send order.
        let inOrder: WindowInputs = {};
        for (let gap = 0; gap <= base.sends.length; gap++) {
          for (const t of [...touchesOfGap(base, gap)].sort((a, b) => a.at - b.at)) inOrder = applyInbound(inOrder, t);
          const send = base.sends[gap];
          if (send !== undefined) inOrder = applyOutbound(inOrder, send);
        }
        let shuffled: WindowInputs = {};
        for (let gap = 0; gap <= base.sends.length; gap++) {
          for (const t of gaps[gap] ?? []) shuffled = applyInbound(shuffled, t);
          const send = base.sends[gap];
          if (send !== undefined) shuffled = applyOutbound(shuffled, send);
        }
        for (const i of replay) {
          const t = base.touches[i % Math.max(1, base.touches.length)];
          if (t) shuffled = applyInbound(shuffled, t);
        }
        expect(shuffled).toEqual(inOrder);
        for (const now of base.queries) expect(windowOf(shuffled, now)).toEqual(windowOf(inOrder, now));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never lets a business send open or extend the window', () => {
    fc.assert(
      fc.property(
        fc.array(touch, { maxLength: 8 }),
        fc.array(instant, { maxLength: 8 }),
        anyInstant,
        (touches, sends, now) => {
          let inputs: WindowInputs = {};
          for (const t of touches) inputs = applyInbound(inputs, t);
          for (const at of [...sends].sort((a, b) => a - b)) inputs = applyOutbound(inputs, at);
          const state = windowOf(inputs, now);
          expect({ open: state.open, closesAt: state.closesAt }).toEqual(referenceWindow(touches, now));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

/** The touches that happen before send `gap` (at or before its instant) and after the previous send. */
function touchesOfGap(base: { touches: readonly Touch[]; sends: readonly number[] }, gap: number): Touch[] {
  const lower = gap === 0 ? Number.NEGATIVE_INFINITY : base.sends[gap - 1]!;
  const upper = gap < base.sends.length ? base.sends[gap]! : Number.POSITIVE_INFINITY;
  return base.touches.filter((t) => t.at > lower && t.at <= upper);
}
