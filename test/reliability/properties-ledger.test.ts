/**
 * Property: the portfolio messaging limit counted in memory (RecipientWindow, O(log n)) and from the rows (limitUsage)
 * agree with a brute-force count of the ledger (spec §2, §11.2): the unique recipients with an entry in
 * (now − 24 h, now], the next slot freeing 24 h after the oldest of their latest entries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LedgerEntry, limitUsage } from '../../shared/limits/ledger.ts';
import { RecipientWindow } from '../../shared/limits/recipient-window.ts';
import { limitOfTier, type MessagingTier } from '../../shared/limits/tiers.ts';
import { DAY, MINUTE } from '../../shared/time/clock.ts';

const NUM_RUNS = 300;
const T0 = Date.UTC(2026, 10, 25, 15, 0, 0);
const RECIPIENTS = ['+5511980000000', '+5511980000001', '+5511980000002', '+5511980000003', '+5511980000004'];
const TIERS: MessagingTier[] = ['TIER_250', 'TIER_2K', 'TIER_UNLIMITED'];

/** 30-minute grid over four days: exact 24 h boundaries and equal instants are common. */
const instant = fc.integer({ min: 0, max: 192 }).map((k) => T0 + k * 30 * MINUTE);
const entry = fc.record({ recipient: fc.constantFrom(...RECIPIENTS), at: instant });

interface Reference {
  counted: Map<string, number>;
  used: number;
  nextSlotFreesAt?: number;
}

/** Brute force: unique recipients with an entry in (now − 24 h, now]; next slot = min of their latest + 24 h. */
function reference(entries: readonly LedgerEntry[], now: number): Reference {
  const counted = new Map<string, number>();
  for (const recipient of RECIPIENTS) {
    const inWindow = entries.filter((e) => e.recipient === recipient && e.at > now - DAY && e.at <= now);
    if (inWindow.length > 0) counted.set(recipient, Math.max(...inWindow.map((e) => e.at)));
  }
  const latest = [...counted.values()];
  return {
    counted,
    used: counted.size,
    ...(latest.length > 0 ? { nextSlotFreesAt: Math.min(...latest) + DAY } : {}),
  };
}

function expectAgreement(window: RecipientWindow, entries: readonly LedgerEntry[], tier: MessagingTier, now: number) {
  const expected = reference(entries, now);
  const limit = limitOfTier(tier);
  const remaining = limit === null ? null : Math.max(0, limit - expected.used);
  const fromWindow = window.usage(tier, now);
  const fromRows = limitUsage(entries, tier, { now: () => now });
  for (const usage of [fromWindow, fromRows]) {
    expect(usage).toMatchObject({ tier, limit, used: expected.used, remaining });
    expect(usage.nextSlotFreesAt).toBe(expected.nextSlotFreesAt);
  }
  for (const recipient of RECIPIENTS) expect(window.isCounted(recipient, now)).toBe(expected.counted.has(recipient));
}

describe('portfolio messaging limit against a brute-force count (spec §2, §11.2)', () => {
  it('counts the same recipients and frees the same next slot, in memory and from the rows, at any increasing instants', () => {
    const scenario = fc.record({
      entries: fc.array(entry, { maxLength: 25 }),
      queries: fc.uniqueArray(instant, { minLength: 1, maxLength: 12 }).map((q) => [...q].sort((a, b) => a - b)),
      tier: fc.constantFrom(...TIERS),
    });
    fc.assert(
      fc.property(scenario, ({ entries, queries, tier }) => {
        const byTime = [...entries].sort((a, b) => a.at - b.at);
        const window = new RecipientWindow();
        let fed = 0;
        for (const now of queries) {
          // Fed in time order: everything recorded up to now, each recipient set to their latest instant.
          while (fed < byTime.length && byTime[fed]!.at <= now) {
            const e = byTime[fed++]!;
            window.set(e.recipient, e.at);
          }
          expect(window.canAnswer(now)).toBe(true);
          expectAgreement(window, byTime.slice(0, fed), tier, now);
          // Rows recorded for later instants never count early.
          expect(limitUsage(entries, tier, { now: () => now })).toEqual(
            limitUsage(byTime.slice(0, fed), tier, { now: () => now }),
          );
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('after releases (a failed send), counts only what the remaining rows count', () => {
    type Step =
      | { kind: 'send'; recipient: string }
      | { kind: 'release'; pick: number }
      | { kind: 'wait'; steps: number };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('send' as const), recipient: fc.constantFrom(...RECIPIENTS) }),
      fc.record({ kind: fc.constant('release' as const), pick: fc.nat() }),
      /** Advance the clock 0 to 30 h in 30-minute steps, so entries leave the window mid-scenario. */
      fc.record({ kind: fc.constant('wait' as const), steps: fc.integer({ min: 0, max: 60 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.constantFrom(...TIERS), (steps, tier) => {
        const window = new RecipientWindow();
        let rows: LedgerEntry[] = [];
        let now = T0;
        for (const s of steps) {
          if (s.kind === 'wait') now += s.steps * 30 * MINUTE;
          else if (s.kind === 'send') {
            rows.push({ recipient: s.recipient, at: now });
            window.set(s.recipient, now);
          } else if (rows.length > 0) {
            const released = rows[s.pick % rows.length]!;
            rows = rows.filter((row) => row !== released);
            // As the ledger repository does: the recipient is removed, then set to their remaining latest row.
            const remaining = rows.filter((row) => row.recipient === released.recipient).map((row) => row.at);
            window.set(released.recipient, undefined);
            if (remaining.length > 0) window.set(released.recipient, Math.max(...remaining));
          }
          expectAgreement(window, rows, tier, now);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
