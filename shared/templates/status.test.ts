import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../time/clock.ts';
import { AT, POSITIONAL_VALUES, positional } from './fixtures.test-helpers.ts';
import type { Template } from './model.ts';
import { applyTemplateCategoryUpdate, applyTemplateQualityUpdate, applyTemplateStatusUpdate } from './status.ts';
import { validateTemplateSend } from './validate.ts';

const T1 = AT;
const T2 = AT + 3 * HOUR;
const T3 = AT + 4 * HOUR;

describe('applyTemplateStatusUpdate: message_template_status_update events (spec §4)', () => {
  it.each([
    ['APPROVED', 'APPROVED'],
    ['REINSTATED', 'APPROVED'],
    ['UNARCHIVED', 'APPROVED'],
    ['REJECTED', 'REJECTED'],
    ['PENDING', 'PENDING'],
    ['PAUSED', 'PAUSED'],
    ['DISABLED', 'DISABLED'],
    ['IN_APPEAL', 'IN_APPEAL'],
    ['LIMIT_EXCEEDED', 'LIMIT_EXCEEDED'],
    ['LOCKED', 'LOCKED'],
    ['PENDING_DELETION', 'PENDING_DELETION'],
    ['DELETED', 'DELETED'],
    ['ARCHIVED', 'ARCHIVED'],
    ['paused', 'PAUSED'],
  ] as const)('%s sets the status to %s', (event, status) => {
    const start = positional({ status: event === 'APPROVED' || event === 'REINSTATED' ? 'PAUSED' : 'APPROVED' });
    const next = applyTemplateStatusUpdate(start, { event, at: T1 });
    expect(next.status).toBe(status);
    expect(next.updatedAt).toBe(T1);
  });

  it('leaves the template unchanged for an event it does not know', () => {
    const t = positional();
    expect(applyTemplateStatusUpdate(t, { event: 'SOMETHING_NEW', otherInfoTitle: 'FIRST_PAUSE', at: T1 })).toBe(t);
  });

  it('records pauses from other_info: 3 h, 6 h, then disabled (spec §6)', () => {
    let t = positional();
    t = applyTemplateStatusUpdate(t, { event: 'PAUSED', reason: 'NONE', otherInfoTitle: 'FIRST_PAUSE', at: T1 });
    t = applyTemplateStatusUpdate(t, { event: 'APPROVED', otherInfoTitle: 'UNPAUSE', at: T1 + 3 * HOUR });
    t = applyTemplateStatusUpdate(t, { event: 'PAUSED', otherInfoTitle: 'SECOND_PAUSE', at: T1 + 5 * HOUR });
    t = applyTemplateStatusUpdate(t, { event: 'DISABLED', at: T1 + 12 * HOUR });
    expect(t.status).toBe('DISABLED');
    expect(t.pauses.map((p) => p.kind)).toEqual(['FIRST_PAUSE', 'UNPAUSE', 'SECOND_PAUSE', 'DISABLED']);
    expect(validateTemplateSend(t, { language: t.language, values: POSITIONAL_VALUES }).map((p) => p.code)).toEqual([
      'disabled',
    ]);
  });

  it('keeps a late pause webhook in the history but not in the status (webhooks arrive out of order)', () => {
    const unpaused = applyTemplateStatusUpdate(positional({ status: 'PAUSED' }), {
      event: 'APPROVED',
      otherInfoTitle: 'UNPAUSE',
      at: T2,
    });
    const late = applyTemplateStatusUpdate(unpaused, { event: 'PAUSED', otherInfoTitle: 'FIRST_PAUSE', at: T1 });
    expect(late.status).toBe('APPROVED');
    expect(late.updatedAt).toBe(T2);
    expect(late.pauses).toEqual([
      { kind: 'FIRST_PAUSE', at: T1 },
      { kind: 'UNPAUSE', at: T2 },
    ]);
  });

  it('records a retried webhook once', () => {
    const update = { event: 'PAUSED', otherInfoTitle: 'FIRST_PAUSE', at: T1 };
    const twice = applyTemplateStatusUpdate(applyTemplateStatusUpdate(positional(), update), update);
    expect(twice.pauses).toEqual([{ kind: 'FIRST_PAUSE', at: T1 }]);
  });

  it('guards status with its own watermark: a newer quality update does not make an older status update stale', () => {
    const rated = applyTemplateQualityUpdate(positional({ updatedAt: AT - HOUR }), { newQualityScore: 'RED', at: T3 });
    const paused = applyTemplateStatusUpdate(rated, { event: 'PAUSED', otherInfoTitle: 'FIRST_PAUSE', at: T2 });
    expect(paused.status).toBe('PAUSED');
    expect(paused.quality).toBe('RED');
    expect(paused.updatedAt).toBe(T3);
  });

  it('without watermarks, updatedAt guards every field', () => {
    const t = positional({ updatedAt: T2 });
    expect(applyTemplateStatusUpdate(t, { event: 'PAUSED', at: T1 }).status).toBe('APPROVED');
    expect(applyTemplateStatusUpdate(t, { event: 'PAUSED', at: T2 }).status).toBe('PAUSED');
  });

  it.each<[string, Partial<Template>, { event: string; reason?: string | null }, string | undefined]>([
    ['keeps the rejection reason', {}, { event: 'REJECTED', reason: 'INVALID_FORMAT' }, 'INVALID_FORMAT'],
    ['drops reason NONE', {}, { event: 'REJECTED', reason: 'NONE' }, undefined],
    ['drops a null reason', {}, { event: 'REJECTED', reason: null }, undefined],
    ['keeps the reason through an appeal', { rejectedReason: 'PROMOTIONAL' }, { event: 'IN_APPEAL' }, 'PROMOTIONAL'],
    ['clears the reason once approved', { rejectedReason: 'PROMOTIONAL' }, { event: 'APPROVED' }, undefined],
  ])('%s', (_, start, update, reason) => {
    expect(applyTemplateStatusUpdate(positional(start), { ...update, at: T1 }).rejectedReason).toBe(reason);
  });
});

describe('[LEGACY] FLAGGED: recorded, never a refusal by itself (spec §10.2)', () => {
  it('keeps an approved template approved and sendable, noting when it was flagged', () => {
    const flagged = applyTemplateStatusUpdate(positional(), { event: 'FLAGGED', at: T1 });
    expect(flagged.status).toBe('APPROVED');
    expect(flagged.flaggedAt).toBe(T1);
    expect(validateTemplateSend(flagged, { language: 'en_US', values: POSITIONAL_VALUES })).toEqual([]);
  });

  it('is cleared when Meta reinstates the template, and a late FLAGGED does not come back', () => {
    const flagged = applyTemplateStatusUpdate(positional(), { event: 'FLAGGED', at: T1 });
    const reinstated = applyTemplateStatusUpdate(flagged, { event: 'REINSTATED', at: T2 });
    expect(reinstated.flaggedAt).toBeUndefined();
    expect(applyTemplateStatusUpdate(reinstated, { event: 'FLAGGED', at: T1 + MINUTE }).flaggedAt).toBeUndefined();
  });

  it('survives a pause that follows it', () => {
    const flagged = applyTemplateStatusUpdate(positional(), { event: 'FLAGGED', at: T1 });
    expect(applyTemplateStatusUpdate(flagged, { event: 'PAUSED', at: T2 }).flaggedAt).toBe(T1);
  });
});

describe('applyTemplateQualityUpdate (message_template_quality_update)', () => {
  it.each([
    ['RED', 'RED'],
    ['YELLOW', 'YELLOW'],
    ['green', 'GREEN'],
    ['UNKNOWN', 'UNKNOWN'],
  ] as const)('sets %s as %s', (score, quality) => {
    expect(
      applyTemplateQualityUpdate(positional({ quality: 'RED' === quality ? 'GREEN' : 'RED' }), {
        newQualityScore: score,
        at: T1,
      }).quality,
    ).toBe(quality);
  });

  it('ignores an unrecognised score rather than turning RED into UNKNOWN and unblocking the template', () => {
    const red = positional({ quality: 'RED' });
    expect(applyTemplateQualityUpdate(red, { newQualityScore: 'PURPLE', at: T1 })).toBe(red);
  });

  it('does not let an older score overwrite a newer one', () => {
    const red = applyTemplateQualityUpdate(positional(), { newQualityScore: 'RED', at: T2 });
    expect(applyTemplateQualityUpdate(red, { newQualityScore: 'GREEN', at: T1 }).quality).toBe('RED');
  });
});

describe('applyTemplateCategoryUpdate (template_category_update, spec §6)', () => {
  it('records an impending change with the instant it takes effect', () => {
    const t = applyTemplateCategoryUpdate(positional(), {
      correctCategory: 'MARKETING',
      categoryUpdateTimestamp: T3,
      at: T1,
    });
    expect(t.category).toBe('UTILITY');
    expect(t.pendingCategory).toEqual({ category: 'MARKETING', at: T3 });
  });

  it('falls back to the webhook instant when Meta gives no effective time', () => {
    expect(applyTemplateCategoryUpdate(positional(), { correctCategory: 'marketing', at: T1 }).pendingCategory).toEqual(
      {
        category: 'MARKETING',
        at: T1,
      },
    );
  });

  it('changes the category once done (the charge is the category at time of send) and clears the pending one', () => {
    const pending = applyTemplateCategoryUpdate(positional(), { correctCategory: 'MARKETING', at: T1 });
    const done = applyTemplateCategoryUpdate(pending, { newCategory: 'MARKETING', at: T2 });
    expect(done.category).toBe('MARKETING');
    expect(done.pendingCategory).toBeUndefined();
  });

  it('folds a legacy category name', () => {
    expect(
      applyTemplateCategoryUpdate(positional({ category: 'MARKETING' }), { newCategory: 'TRANSACTIONAL', at: T1 })
        .category,
    ).toBe('UTILITY');
  });

  it('ignores a late impending notice after the change is done', () => {
    const done = applyTemplateCategoryUpdate(positional(), { newCategory: 'MARKETING', at: T2 });
    expect(applyTemplateCategoryUpdate(done, { correctCategory: 'AUTHENTICATION', at: T1 })).toBe(done);
  });

  it('clears a pending change that Meta now says matches the current category, and ignores an empty update', () => {
    const pending = positional({ pendingCategory: { category: 'MARKETING', at: T1 } });
    expect(
      applyTemplateCategoryUpdate(pending, { correctCategory: 'UTILITY', at: T2 }).pendingCategory,
    ).toBeUndefined();
    expect(applyTemplateCategoryUpdate(pending, { at: T2 })).toBe(pending);
  });
});
