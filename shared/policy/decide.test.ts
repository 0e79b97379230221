import { describe, expect, it } from 'vitest';
import { limitUsage } from '../limits/ledger.ts';
import { DAY, fixedClock, HOUR, MINUTE } from '../time/clock.ts';
import { decide, type SendRequest } from './decide.ts';
import {
  BR_PHONE,
  clock,
  healthyNumber,
  NOW,
  optIn,
  optOut,
  policyState,
  template,
  US_PHONE,
} from './fixtures.test-helpers.ts';

const text: SendRequest = { kind: 'text', text: 'Oi! Seu pedido saiu para entrega.' };
const orderUpdate: SendRequest = {
  kind: 'template',
  name: 'order_update',
  language: 'pt_BR',
  values: { '1': 'Ana', '2': 'SKB-42' },
};
const promo: SendRequest = { kind: 'template', name: 'black_friday', language: 'pt_BR', values: { '1': 'Ana' } };
const promoTemplate = template({
  id: '2002',
  name: 'black_friday',
  category: 'MARKETING',
  components: [{ type: 'BODY', text: 'Oi {{1}}, 30% de desconto só hoje!' }],
});
const windowOpen = { lastInboundAt: NOW - 2 * HOUR };
const windowClosed = { lastInboundAt: NOW - DAY - 1 };

function codes(request: SendRequest, overrides: Parameters<typeof policyState>[0] = {}): string[] {
  return decide(request, policyState(overrides), clock).reasons.map((reason) => reason.code);
}

describe('free-form text (spec §1, §11.1)', () => {
  it('is allowed inside the window', () => {
    expect(codes(text, { window: windowOpen })).toEqual([]);
  });

  it('is refused once 24 h have passed since the last inbound message, even with an opt-in', () => {
    expect(codes(text, { window: windowClosed })).toEqual(['window_closed']);
  });

  it('is refused when the customer never wrote: our own earlier sends do not open a window', () => {
    expect(codes(text, { window: {} })).toEqual(['window_closed']);
  });

  it('stays allowed inside the window after a marketing opt-out: a reply is not marketing', () => {
    expect(codes(text, { window: windowOpen, events: [optIn(['marketing']), optOut(['marketing'])] })).toEqual([]);
  });

  it('refuses an empty message and one over 4,096 characters (spec §5)', () => {
    expect(codes({ kind: 'text', text: '  ' }, { window: windowOpen })).toEqual(['empty_text']);
    expect(codes({ kind: 'text', text: 'a'.repeat(4097) }, { window: windowOpen })).toEqual(['text_too_long']);
  });
});

describe('templates (spec §6, §11.10)', () => {
  it('an approved utility template to an opted-in contact outside the window is allowed and takes a limit slot', () => {
    const verdict = decide(orderUpdate, policyState({ template: template() }), clock);
    expect(verdict).toMatchObject({ allowed: true, category: 'utility', countsAgainstLimit: true });
  });

  it('inside the window a template takes no limit slot (spec §2)', () => {
    const verdict = decide(orderUpdate, policyState({ template: template(), window: windowOpen }), clock);
    expect(verdict).toMatchObject({ allowed: true, countsAgainstLimit: false });
  });

  it.each([
    ['PAUSED', 'template_paused'],
    ['DISABLED', 'template_disabled'],
    ['PENDING', 'template_not_approved'],
    ['REJECTED', 'template_not_approved'],
  ] as const)('a %s template is refused with %s', (status, code) => {
    expect(codes(orderUpdate, { template: template({ status }) })).toContain(code);
  });

  it('a RED template is refused even while still APPROVED (a third pause disables it)', () => {
    expect(codes(orderUpdate, { template: template({ quality: 'RED' }) })).toEqual(['template_quality_red']);
  });

  it('an unknown template is refused', () => {
    expect(codes(orderUpdate, { template: undefined })).toEqual(['template_unknown']);
  });

  it('a missing variable is refused with the template problem as detail', () => {
    const verdict = decide({ ...orderUpdate, values: { '1': 'Ana' } }, policyState({ template: template() }), clock);
    expect(verdict.allowed).toBe(false);
    expect(verdict.reasons[0]).toMatchObject({ code: 'template_invalid' });
    expect(verdict.reasons[0]?.detail).toBeDefined();
  });
});

describe('consent (spec §7)', () => {
  it('outside the window a template needs an opt-in for its category', () => {
    expect(codes(orderUpdate, { template: template(), events: [optIn(['marketing'])] })).toEqual(['no_opt_in']);
  });

  it('an inbound message is not an opt-in, but inside the window a template may answer without one', () => {
    expect(codes(orderUpdate, { template: template(), events: [], window: windowOpen })).toEqual([]);
  });

  it('an opt-out is honoured even inside the window', () => {
    const events = [optIn(['marketing', 'utility']), optOut(['marketing'])];
    expect(codes(promo, { template: promoTemplate, events, window: windowOpen })).toEqual(['opted_out']);
  });

  it('a STOP for marketing keeps utility flowing', () => {
    const events = [optIn(['marketing', 'utility']), optOut(['marketing'])];
    expect(codes(orderUpdate, { template: template(), events })).toEqual([]);
  });
});

describe('marketing rules (spec §0, §7, §11.8)', () => {
  it('never sends a marketing template to a US number, inside the window too', () => {
    const contact = { key: US_PHONE, phone: US_PHONE, timeZone: 'America/Los_Angeles' };
    expect(codes(promo, { template: promoTemplate, contact, window: windowOpen })).toEqual(['us_marketing']);
  });

  it('a utility template to a US number is fine', () => {
    const contact = { key: US_PHONE, phone: US_PHONE, timeZone: 'America/Los_Angeles' };
    expect(codes(orderUpdate, { template: template(), contact, window: windowOpen })).toEqual([]);
  });

  it('131049 is a 24 h cooldown for marketing, not an opt-out: refused until 24 h pass, then allowed', () => {
    const capAt = NOW - 3 * HOUR;
    const verdict = decide(promo, policyState({ template: promoTemplate, lastEcosystemCapAt: capAt }), clock);
    expect(verdict.reasons).toEqual([expect.objectContaining({ code: 'ecosystem_cooldown', until: capAt + DAY })]);
    const later = decide(
      promo,
      policyState({ template: promoTemplate, lastEcosystemCapAt: capAt }),
      fixedClock(capAt + DAY),
    );
    expect(later.allowed).toBe(true);
    expect(later.reasons).toEqual([]);
  });

  it('131049 does not hold back utility templates', () => {
    expect(codes(orderUpdate, { template: template(), lastEcosystemCapAt: NOW - HOUR })).toEqual([]);
  });
});

describe('portfolio messaging limit (spec §2, §11.2)', () => {
  const full = limitUsage(
    Array.from({ length: 250 }, (_, i) => ({ recipient: `+55119876500${String(i).padStart(2, '0')}`, at: NOW - HOUR })),
    'TIER_250',
    clock,
  );

  it('refuses a template to a new recipient outside the window when no slot is left, saying when one frees', () => {
    const verdict = decide(
      orderUpdate,
      policyState({ template: template(), limit: { usage: full, recipientCounted: false } }),
      clock,
    );
    expect(verdict.reasons).toEqual([expect.objectContaining({ code: 'limit_reached', until: NOW - HOUR + DAY })]);
  });

  it('a recipient already counted in the moving 24 h takes no new slot', () => {
    expect(codes(orderUpdate, { template: template(), limit: { usage: full, recipientCounted: true } })).toEqual([]);
  });

  it('a reply inside the window is never limited', () => {
    expect(codes(text, { window: windowOpen, limit: { usage: full, recipientCounted: false } })).toEqual([]);
  });
});

describe('number health (spec §3, §4)', () => {
  it('health BLOCKED stops every send, replies included', () => {
    const number = healthyNumber({ healthStatus: 'BLOCKED' });
    expect(codes(text, { window: windowOpen, number })).toContain('number_blocked');
    expect(codes(orderUpdate, { template: template(), number })).toContain('number_blocked');
  });

  it('health LIMITED warns but does not refuse', () => {
    const verdict = decide(
      orderUpdate,
      policyState({ template: template(), number: healthyNumber({ healthStatus: 'LIMITED' }) }),
      clock,
    );
    expect(verdict.allowed).toBe(true);
    expect(verdict.warnings.map((w) => w.code)).toContain('health_limited');
  });

  it('the legacy FLAGGED status does not refuse anything (quality no longer downgrades, §11.4)', () => {
    expect(codes(orderUpdate, { template: template(), number: healthyNumber({ status: 'FLAGGED' }) })).toEqual([]);
  });
});

describe("the team's rules: frequency cap and quiet hours", () => {
  it('refuses a third business-initiated template within 24 h with the default cap of 2, until the oldest ages out', () => {
    const recent = [NOW - 20 * HOUR, NOW - 2 * HOUR];
    const verdict = decide(orderUpdate, policyState({ template: template(), recentBusinessInitiated: recent }), clock);
    expect(verdict.reasons).toEqual([expect.objectContaining({ code: 'frequency_cap', until: NOW + 4 * HOUR })]);
  });

  it('the cap does not apply to replies inside the window', () => {
    expect(
      codes(text, { window: windowOpen, recentBusinessInitiated: [NOW - HOUR, NOW - 2 * HOUR, NOW - 3 * HOUR] }),
    ).toEqual([]);
  });

  it("refuses business-initiated templates during quiet hours in the contact's zone, until they end", () => {
    const lateNight = Date.UTC(2026, 10, 26, 2, 0); // 23:00 in São Paulo
    const verdict = decide(orderUpdate, policyState({ template: template() }), fixedClock(lateNight));
    expect(verdict.reasons).toEqual([
      expect.objectContaining({ code: 'quiet_hours', until: Date.UTC(2026, 10, 26, 11, 0) }),
    ]);
  });

  it('answers a customer who writes at night', () => {
    const lateNight = Date.UTC(2026, 10, 26, 2, 0);
    const window = { lastInboundAt: lateNight - 5 * MINUTE };
    expect(decide(text, policyState({ window }), fixedClock(lateNight)).allowed).toBe(true);
  });
});

describe('every reason at once', () => {
  it('lists all reasons, each with a sentence in English, Portuguese and Spanish', () => {
    const contact = { key: US_PHONE, phone: US_PHONE, timeZone: 'America/New_York' };
    const verdict = decide(
      promo,
      policyState({
        template: { ...promoTemplate, status: 'PAUSED' },
        contact,
        events: [],
        number: healthyNumber({ healthStatus: 'BLOCKED' }),
        lastEcosystemCapAt: NOW - HOUR,
      }),
      clock,
    );
    expect(verdict.reasons.map((reason) => reason.code).sort()).toEqual(
      ['ecosystem_cooldown', 'no_opt_in', 'number_blocked', 'template_paused', 'us_marketing'].sort(),
    );
    for (const reason of verdict.reasons) {
      expect(reason.message.en).not.toBe(reason.message.pt);
      expect(reason.message.es.length).toBeGreaterThan(10);
    }
  });

  it('the per-category verdict of the contact card needs no template', () => {
    expect(
      decide({ kind: 'category', category: 'marketing' }, policyState({ events: [] }), clock).reasons.map(
        (r) => r.code,
      ),
    ).toEqual(['no_opt_in']);
    expect(decide({ kind: 'category', category: 'utility' }, policyState(), clock).allowed).toBe(true);
  });
});

it('uses the contact key when the contact has only a BSUID', () => {
  const contact = { key: 'BR.1502576394655843' };
  expect(codes(text, { contact, window: windowOpen })).toEqual([]);
  expect(BR_PHONE).toBeTruthy();
});

describe('what the send costs (spec §11.7)', () => {
  it('a marketing template in an open window is billed; a utility one is free before 2026-10-01', () => {
    const window = { lastInboundAt: NOW - HOUR };
    expect(decide(promo, policyState({ template: promoTemplate, window }), clock).charge).toMatchObject({
      billable: true,
      category: 'marketing',
    });
    expect(
      decide(orderUpdate, policyState({ template: template(), window }), fixedClock(Date.UTC(2026, 8, 1))).charge,
    ).toMatchObject({
      billable: false,
      type: 'free_customer_service',
    });
  });
});
