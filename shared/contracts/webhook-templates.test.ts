import { describe, expect, it } from 'vitest';
import { parseChange } from './webhook-envelope.ts';

const template = {
  message_template_id: 806312974732579,
  message_template_name: 'order_update',
  message_template_language: 'en_US',
};

describe('template webhooks (spec §4, §6)', () => {
  it('reads the numeric template id Meta sends as a decimal string', () => {
    const change = parseChange({
      field: 'message_template_status_update',
      value: { event: 'APPROVED', ...template, reason: 'NONE', message_template_category: 'UTILITY' },
    });
    expect(change.field === 'message_template_status_update' && change.value.message_template_id).toBe(
      '806312974732579',
    );
  });

  it.each([
    [
      'a first pause (3 h)',
      { event: 'PAUSED', reason: null, other_info: { title: 'FIRST_PAUSE', description: 'Paused for 3 hours' } },
    ],
    ['a disable', { event: 'DISABLED', reason: 'NONE', disable_info: { disable_date: '1718900000' } }],
    [
      'a rejection with its reason',
      { event: 'REJECTED', reason: 'INVALID_FORMAT', rejection_info: { reason: 'x', recommendation: 'y' } },
    ],
    ['a reason Meta adds later', { event: 'REJECTED', reason: 'SOMETHING_NEW' }],
    ['an archive without reason', { event: 'ARCHIVED' }],
  ])('reads %s', (_name, value) => {
    const change = parseChange({ field: 'message_template_status_update', value: { ...template, ...value } });
    expect(change.field).toBe('message_template_status_update');
  });

  it('reads a quality drop to RED (the road to a pause)', () => {
    const value = { previous_quality_score: 'GREEN', new_quality_score: 'RED', ...template };
    const change = parseChange({ field: 'message_template_quality_update', value });
    expect(change.field === 'message_template_quality_update' && change.value.new_quality_score).toBe('RED');
  });

  it.each([
    ['impending', { correct_category: 'MARKETING', new_category: 'UTILITY', category_update_timestamp: 1750030073 }],
    ['done', { previous_category: 'UTILITY', new_category: 'MARKETING' }],
  ])('reads an %s re-categorisation', (_name, value) => {
    const change = parseChange({ field: 'template_category_update', value: { ...template, ...value } });
    expect(change.field).toBe('template_category_update');
  });

  it('marks a status update without template name invalid at its path', () => {
    const { message_template_name: _name, ...noName } = template;
    const change = parseChange({ field: 'message_template_status_update', value: { event: 'APPROVED', ...noName } });
    expect(change.field === 'invalid' && change.issues[0]?.path).toBe('value.message_template_name');
  });
});
