import { describe, expect, it } from 'vitest';
import { chargeFor } from './pricing.ts';

const BEFORE = Date.UTC(2026, 8, 30, 23, 59, 59); // 2026-09-30, the last day of free service replies
const AFTER = Date.UTC(2026, 9, 1); // 2026-10-01

describe('what a send costs (spec §1, §11.7)', () => {
  it.each([
    [
      'a marketing template inside an open window is still charged',
      { category: 'marketing', windowOpen: true, freeEntryPointOpen: false },
      BEFORE,
      true,
      'regular',
    ],
    [
      'an authentication template inside an open window is still charged',
      { category: 'authentication', windowOpen: true, freeEntryPointOpen: false },
      BEFORE,
      true,
      'regular',
    ],
    [
      'a utility template inside an open window was free until 2026-09-30',
      { category: 'utility', windowOpen: true, freeEntryPointOpen: false },
      BEFORE,
      false,
      'free_customer_service',
    ],
    [
      'a utility template inside an open window is charged from 2026-10-01',
      { category: 'utility', windowOpen: true, freeEntryPointOpen: false },
      AFTER,
      true,
      'regular',
    ],
    [
      'a utility template outside the window is charged',
      { category: 'utility', windowOpen: false, freeEntryPointOpen: false },
      BEFORE,
      true,
      'regular',
    ],
    [
      'a free-form reply was free until 2026-09-30',
      { windowOpen: true, freeEntryPointOpen: false },
      BEFORE,
      false,
      'free_customer_service',
    ],
    [
      'a free-form reply is charged from 2026-10-01',
      { windowOpen: true, freeEntryPointOpen: false },
      AFTER,
      true,
      'regular',
    ],
    [
      'a marketing template inside a free entry point is free',
      { category: 'marketing', windowOpen: false, freeEntryPointOpen: true },
      AFTER,
      false,
      'free_entry_point',
    ],
  ] as const)('%s', (_label, send, at, billable, type) => {
    expect(chargeFor(send, at)).toMatchObject({ billable, type });
  });
});
