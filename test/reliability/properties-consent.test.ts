/**
 * Property: consent derived from an event log does not depend on the order events arrive in, nor on duplicates
 * (spec §4: "duplicates happen", §7). Checked against a reference fold over the events sorted by instant with the
 * opt-out applied last at equal instants (state.ts: when two acts cannot be ordered, the user does not want messages).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSENT_CATEGORIES, type ConsentCategory } from '../../shared/categories.ts';
import type { ConsentAction, ConsentEvent } from '../../shared/consent/events.ts';
import { type CategoryConsent, deriveConsent } from '../../shared/consent/state.ts';
import { MINUTE } from '../../shared/time/clock.ts';

const NUM_RUNS = 500;
const T0 = Date.UTC(2026, 10, 25, 15, 0, 0);
const CONTACT = '+5511987654321';

/** Few distinct instants, so equal-instant ties between opt-in and opt-out are frequent. */
const instant = fc.integer({ min: 0, max: 6 }).map((k) => T0 + k * MINUTE);
const categories = fc.subarray([...CONSENT_CATEGORIES], { minLength: 1 });

function eventsWithUniqueIds(maxLength: number) {
  return fc
    .uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-f0-9]{1,4}$/),
        action: fc.constantFrom<ConsentAction>('opt_in', 'opt_out'),
        categories,
        at: instant,
        source: fc.constantFrom('keyword' as const, 'user_preferences' as const, 'web_form' as const),
      }),
      { selector: (e) => e.id, maxLength },
    )
    .map((drafts) => drafts.map(toEvent));
}

function toEvent(draft: {
  id: string;
  action: ConsentAction;
  categories: ConsentCategory[];
  at: number;
  source: ConsentEvent['source'];
}): ConsentEvent {
  return {
    id: draft.id,
    contact: CONTACT,
    action: draft.action,
    categories: draft.categories,
    source: draft.source,
    wording: draft.action === 'opt_in' ? 'Yes, send me offers' : 'STOP',
    at: draft.at,
    recordedBy: 'system:keyword',
    evidence: `wamid.${draft.id}`,
  };
}

/** Every event once, shuffled, with random identical copies (replays) mixed in. */
function deliveredWithDuplicates(events: readonly ConsentEvent[]) {
  return fc.array(fc.nat(), { maxLength: events.length * 2 }).chain((copies) => {
    const all = [
      ...events,
      ...copies.flatMap((i) => (events.length ? [structuredClone(events[i % events.length]!)] : [])),
    ];
    return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
  });
}

/**
 * Reference: per category, take the events touching it sorted by (at, opt-in before opt-out, id); the last one decides
 * the status, and the status began with the first event of the final run of that same action.
 */
function referenceConsent(events: readonly ConsentEvent[]): Record<ConsentCategory, CategoryConsent> {
  const unique = [...new Map(events.map((e) => [e.id, e])).values()];
  const rank = (e: ConsentEvent) => (e.action === 'opt_in' ? 0 : 1);
  const sorted = unique.sort((a, b) => a.at - b.at || rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out = {} as Record<ConsentCategory, CategoryConsent>;
  for (const category of CONSENT_CATEGORIES) {
    const touching = sorted.filter((e) => e.categories.includes(category));
    const last = touching.at(-1);
    if (!last) {
      out[category] = { status: 'unknown' };
      continue;
    }
    let start = touching.length - 1;
    while (start > 0 && touching[start - 1]!.action === last.action) start--;
    const proof = touching[start]!;
    out[category] = { status: last.action === 'opt_in' ? 'opted_in' : 'opted_out', since: proof.at, proof };
  }
  return out;
}

describe('consent derived from a duplicated, reordered event log (spec §4, §7)', () => {
  it('equals the reference fold over the events in time order, opt-out last at equal instants', () => {
    const scenario = eventsWithUniqueIds(12).chain((events) =>
      fc.record({ events: fc.constant(events), delivered: deliveredWithDuplicates(events) }),
    );
    fc.assert(
      fc.property(scenario, ({ events, delivered }) => {
        expect(deriveConsent(delivered)).toEqual(referenceConsent(events));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('lets an opt-out prevail over an opt-in at the same instant, whichever arrives first', () => {
    fc.assert(
      fc.property(instant, categories, fc.boolean(), (at, cats, optOutFirst) => {
        const optIn = toEvent({ id: 'in', action: 'opt_in', categories: cats, at, source: 'keyword' });
        const optOut = toEvent({ id: 'out', action: 'opt_out', categories: cats, at, source: 'keyword' });
        const state = deriveConsent(optOutFirst ? [optOut, optIn] : [optIn, optOut]);
        for (const category of cats) expect(state[category]).toEqual({ status: 'opted_out', since: at, proof: optOut });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('stays order-independent even when two different events share an id (a caller bug)', () => {
    const scenario = eventsWithUniqueIds(8)
      .chain((events) =>
        fc.record({
          events: fc.constant(events),
          clashes: fc.array(
            fc.record({
              of: fc.nat(),
              action: fc.constantFrom<ConsentAction>('opt_in', 'opt_out'),
              categories,
              at: instant,
            }),
            { maxLength: 4 },
          ),
        }),
      )
      .map(({ events, clashes }) => [
        ...events,
        ...clashes.flatMap((c) => {
          const target = events[c.of % Math.max(1, events.length)];
          return target ? [toEvent({ ...c, id: target.id, source: 'web_form' })] : [];
        }),
      ])
      .chain((log) =>
        fc.record({
          log: fc.constant(log),
          a: deliveredWithDuplicates(log),
          b: deliveredWithDuplicates(log),
        }),
      );
    fc.assert(
      fc.property(scenario, ({ a, b }) => {
        expect(deriveConsent(a)).toEqual(deriveConsent(b));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
