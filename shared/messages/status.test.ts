import { describe, expect, it } from 'vitest';
import { statusFromWebhook, statusRank } from './status.ts';

describe('message status order (spec §4: duplicated, out of order, read without delivered)', () => {
  it('ranks a later status above an earlier one, and failed above all', () => {
    expect(statusRank('read')).toBeGreaterThan(statusRank('delivered'));
    expect(statusRank('delivered')).toBeGreaterThan(statusRank('sent'));
    expect(statusRank('sent')).toBeGreaterThan(statusRank('accepted'));
    expect(statusRank('failed')).toBeGreaterThan(statusRank('read'));
    expect(statusRank('unknown')).toBeLessThan(statusRank('accepted'));
  });

  it('reads webhook statuses, and not "deleted" or unknown words', () => {
    expect(statusFromWebhook('delivered')).toBe('delivered');
    expect(statusFromWebhook('deleted')).toBeUndefined();
    expect(statusFromWebhook('teleported')).toBeUndefined();
  });
});
