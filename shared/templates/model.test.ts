import { describe, expect, it } from 'vitest';
import { AT, positional } from './fixtures.test-helpers.ts';
import { parseTemplateStatus, templateKey, watermarksOf } from './model.ts';

describe('template model', () => {
  it('keys a template by name and language: each translation is approved on its own (spec §5)', () => {
    expect(templateKey({ name: 'order_update', language: 'pt_BR' })).toBe('order_update:pt_BR');
    expect(templateKey({ name: 'order_update', language: 'en' })).not.toBe(
      templateKey({ name: 'order_update', language: 'en_US' }),
    );
  });

  it.each([
    ['APPROVED', 'APPROVED'],
    ['paused', 'PAUSED'],
    [' PENDING_DELETION ', 'PENDING_DELETION'],
    ['FLAGGED', 'FLAGGED'],
    ['ENABLED', 'UNKNOWN'],
    [undefined, 'UNKNOWN'],
    [42, 'UNKNOWN'],
  ])('reads status %j as %s (unknown values are never sendable)', (raw, status) => {
    expect(parseTemplateStatus(raw)).toBe(status);
  });

  it('uses updatedAt for every field of a template without watermarks', () => {
    expect(watermarksOf(positional({ updatedAt: AT }))).toEqual({ status: AT, quality: AT, category: AT });
  });
});
