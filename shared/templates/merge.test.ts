import { describe, expect, it } from 'vitest';
import { HOUR } from '../time/clock.ts';
import { AT, positional } from './fixtures.test-helpers.ts';
import { mergeTemplateSnapshot } from './merge.ts';
import { applyTemplateQualityUpdate, applyTemplateStatusUpdate } from './status.ts';

const read = (at: number, overrides = {}) =>
  positional({ updatedAt: at, watermarks: { status: at, quality: at, category: at }, ...overrides });

describe('mergeTemplateSnapshot: a Graph refresh meets webhook state', () => {
  it('keeps the pause history only webhooks know, and a status newer than the read', () => {
    const stored = applyTemplateStatusUpdate(read(AT), {
      event: 'PAUSED',
      otherInfoTitle: 'FIRST_PAUSE',
      at: AT + 2 * HOUR,
    });
    const fresh = read(AT + HOUR, { quality: 'RED', components: [{ type: 'BODY', text: 'Edited {{1}}' }] });
    const merged = mergeTemplateSnapshot(stored, fresh);
    expect(merged.status).toBe('PAUSED');
    expect(merged.quality).toBe('RED');
    expect(merged.components).toEqual([{ type: 'BODY', text: 'Edited {{1}}' }]);
    expect(merged.pauses).toEqual([{ kind: 'FIRST_PAUSE', at: AT + 2 * HOUR }]);
    expect(merged.watermarks).toEqual({ status: AT + 2 * HOUR, quality: AT + HOUR, category: AT + HOUR });
  });

  it('takes the read for every field it is newer for', () => {
    const stored = applyTemplateQualityUpdate(read(AT, { status: 'PAUSED', rejectedReason: 'X' }), {
      newQualityScore: 'RED',
      at: AT,
    });
    const merged = mergeTemplateSnapshot(
      stored,
      read(AT + HOUR, { pendingCategory: { category: 'MARKETING', at: AT + HOUR } }),
    );
    expect(merged.status).toBe('APPROVED');
    expect(merged.rejectedReason).toBeUndefined();
    expect(merged.quality).toBe('GREEN');
    expect(merged.pendingCategory).toEqual({ category: 'MARKETING', at: AT + HOUR });
  });
});
