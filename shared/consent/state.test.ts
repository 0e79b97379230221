import { describe, expect, it } from 'vitest';
import type { ConsentCategory } from '../categories.ts';
import { DAY, HOUR } from '../time/clock.ts';
import type { ConsentEvent } from './events.ts';
import { type ConsentState, deriveConsent, hasConsent } from './state.ts';

const T0 = 1_767_225_600_000;

function event(id: string, overrides: Partial<ConsentEvent> = {}): ConsentEvent {
  return {
    id,
    contact: '+5511987654321',
    action: 'opt_in',
    categories: ['marketing', 'utility'],
    source: 'web_form',
    wording: 'Yes, ACME Motors may send me offers and order updates.',
    at: T0,
    recordedBy: 'ana@acme.example',
    ...overrides,
  };
}

function statuses(state: ConsentState): Record<ConsentCategory, string> {
  return {
    marketing: state.marketing.status,
    utility: state.utility.status,
    authentication: state.authentication.status,
  };
}

/** Every ordering of a small list: derivation must not depend on the order events were stored or delivered in. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

const optIn = event('01A', { at: T0 });
const stop = event('01B', {
  action: 'opt_out',
  categories: ['marketing'],
  source: 'keyword',
  wording: 'STOP',
  at: T0 + DAY,
});
const authOptIn = event('01C', { categories: ['authentication'], source: 'in_thread', at: T0 + 2 * DAY });
const restart = event('01D', { categories: ['marketing'], source: 'keyword', wording: 'START', at: T0 + 3 * DAY });
const metaStop = event('01E', {
  action: 'opt_out',
  categories: ['marketing'],
  source: 'meta_error',
  wording: '',
  at: T0 + 4 * DAY,
});
const history = [optIn, stop, authOptIn, restart, metaStop];

describe('deriveConsent: the state is a pure fold of the event log (spec §7)', () => {
  it('knows nothing without events: unknown is not consent (spec §7: opt-in is required before messaging)', () => {
    const state = deriveConsent([]);
    expect(statuses(state)).toEqual({ marketing: 'unknown', utility: 'unknown', authentication: 'unknown' });
    expect(state.marketing).toEqual({ status: 'unknown' });
    expect(hasConsent(state, 'marketing')).toBe(false);
  });

  it('an opt-in grants exactly the categories it names, with itself as proof', () => {
    const state = deriveConsent([optIn]);
    expect(statuses(state)).toEqual({ marketing: 'opted_in', utility: 'opted_in', authentication: 'unknown' });
    expect(state.marketing).toEqual({ status: 'opted_in', since: T0, proof: optIn });
  });

  it('STOP stops marketing but keeps utility (spec §7: opting out of promotions leaves utility/auth unaffected)', () => {
    const state = deriveConsent([optIn, stop]);
    expect(statuses(state)).toEqual({ marketing: 'opted_out', utility: 'opted_in', authentication: 'unknown' });
    expect(hasConsent(state, 'marketing')).toBe(false);
    expect(hasConsent(state, 'utility')).toBe(true);
    expect(state.marketing.proof).toBe(stop);
  });

  it('the latest event per category wins: a START after a STOP grants marketing again', () => {
    const state = deriveConsent([optIn, stop, restart]);
    expect(state.marketing).toEqual({ status: 'opted_in', since: restart.at, proof: restart });
  });

  it('orders by when the user acted, not by when the event was stored (a late-recorded opt-in does not undo a STOP)', () => {
    const lateRecordedOldOptIn = event('01Z', { categories: ['marketing'], at: T0 - HOUR });
    expect(deriveConsent([stop, lateRecordedOldOptIn]).marketing.status).toBe('opted_out');
  });

  it('gives the same state for each of the 120 orders of a five-event log (order-independent)', () => {
    const expected = deriveConsent(history);
    for (const order of permutations(history)) expect(deriveConsent(order)).toEqual(expected);
  });

  it('the full history ends opted out of marketing by the 131050 error, utility and authentication untouched', () => {
    const state = deriveConsent(history);
    expect(statuses(state)).toEqual({ marketing: 'opted_out', utility: 'opted_in', authentication: 'opted_in' });
    expect(state.marketing.proof).toBe(metaStop);
  });

  it('is replay-safe: a webhook delivered twice or a log merged with itself changes nothing (spec §4: duplicates happen)', () => {
    const replayed = [...history, ...history, stop, metaStop, optIn];
    expect(deriveConsent(replayed)).toEqual(deriveConsent(history));
  });

  it.each(permutations([optIn, stop]))(
    'an opt-in and an opt-out at the same instant read as opted out, whatever their order (%#, the safer reading)',
    (...order) => {
      const sameInstant = order.map((e) => ({ ...e, at: T0 }));
      const state = deriveConsent(sameInstant);
      expect(state.marketing.status).toBe('opted_out');
      expect(state.marketing.proof?.id).toBe(stop.id);
      expect(state.utility.status).toBe('opted_in');
    },
  );

  it('holds the same-instant rule whichever id sorts first', () => {
    const optOutFirstId = event('00A', {
      action: 'opt_out',
      categories: ['marketing'],
      source: 'agent',
      wording: 'No',
    });
    const optInLaterId = event('99Z', { categories: ['marketing'] });
    expect(deriveConsent([optInLaterId, optOutFirstId]).marketing.status).toBe('opted_out');
    expect(deriveConsent([optOutFirstId, optInLaterId]).marketing.status).toBe('opted_out');
  });

  it('breaks a tie of instant and action by id, so the proof is the same whatever the order', () => {
    const a = event('01A', { categories: ['marketing'], source: 'web_form' });
    const b = event('01B', { categories: ['marketing'], source: 'in_thread' });
    expect(deriveConsent([b, a]).marketing.proof).toBe(a);
    expect(deriveConsent([a, b]).marketing.proof).toBe(a);
  });

  it('a repeated status keeps the original since and proof: the opt-out began with the STOP, not the later 131050', () => {
    const state = deriveConsent([optIn, stop, metaStop]);
    expect(state.marketing).toEqual({ status: 'opted_out', since: stop.at, proof: stop });
  });

  it.each(permutations([stop, event('01B', { categories: ['marketing'], wording: 'changed', at: T0 + DAY })]))(
    'two different events reusing one id keep the opt-out whatever the order (%#): a caller bug must err safe',
    (...order) => {
      const state = deriveConsent([optIn, ...order]);
      expect(state.marketing.status).toBe('opted_out');
      expect(state.marketing.proof).toBe(stop);
    },
  );

  it('two different opt-ins reusing one id resolve to the same one whatever the order', () => {
    const early = event('01X', { categories: ['marketing'], at: T0 });
    const late = event('01X', { categories: ['marketing'], at: T0 + HOUR });
    expect(deriveConsent([late, early]).marketing.proof).toBe(early);
    expect(deriveConsent([early, late]).marketing.proof).toBe(early);
  });

  it('does not reorder or change the caller’s array', () => {
    const log = [metaStop, optIn, stop];
    deriveConsent(log);
    expect(log).toEqual([metaStop, optIn, stop]);
  });

  it('never creates consent by itself: only opt-in events grant it (spec §7: an inbound message is not an opt-in)', () => {
    const onlyOptOuts = [stop, metaStop];
    const state = deriveConsent(onlyOptOuts);
    expect(statuses(state)).toEqual({ marketing: 'opted_out', utility: 'unknown', authentication: 'unknown' });
  });
});

describe('hasConsent (spec §7)', () => {
  it.each([
    [[optIn], 'marketing', true],
    [[optIn, stop], 'marketing', false],
    [[optIn, stop], 'utility', true],
    [[optIn], 'authentication', false],
    [[], 'utility', false],
  ] as const)('%# → %s is %s: only an explicit opt-in counts', (events, category, expected) => {
    expect(hasConsent(deriveConsent(events), category)).toBe(expected);
  });
});
