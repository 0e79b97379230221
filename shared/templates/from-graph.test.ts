import { describe, expect, it } from 'vitest';
import { AT } from './fixtures.test-helpers.ts';
import { parseGraphTemplate } from './from-graph.ts';

describe('parseGraphTemplate: field by field', () => {
  const base = {
    id: '1',
    name: 'x',
    language: 'en',
    status: 'APPROVED',
    category: 'UTILITY',
    components: [{ type: 'BODY', text: 'Hi {{1}}' }],
  };

  it.each([
    [{ parameter_format: 'NAMED', components: [{ type: 'BODY', text: 'Hi {{name}}' }] }, 'named'],
    [{ parameter_format: 'Positional' }, 'positional'],
    [{}, 'positional'],
    [{ parameter_format: null }, 'positional'],
    [{ components: [{ type: 'BODY', text: 'Hi {{first_name}}' }] }, 'named'],
  ])('parameter format of %j is %s (any case; inferred when absent)', (fields, format) => {
    const read = parseGraphTemplate({ ...base, ...fields }, AT);
    expect(read.ok && read.value.parameterFormat).toBe(format);
  });

  it.each([
    [{ score: 'RED', date: 1 }, 'RED'],
    ['YELLOW', 'YELLOW'],
    [{ date: 1 }, 'UNKNOWN'],
    [null, 'UNKNOWN'],
    [undefined, 'UNKNOWN'],
  ])('quality_score %j is %s', (quality_score, quality) => {
    const read = parseGraphTemplate({ ...base, quality_score }, AT);
    expect(read.ok && read.value.quality).toBe(quality);
  });

  it.each([
    [{ status: 'limit_exceeded' }, 'status', 'LIMIT_EXCEEDED'],
    [{ status: 'SOMETHING_NEW' }, 'status', 'UNKNOWN'],
    [{ status: undefined }, 'status', 'UNKNOWN'],
    [{ category: 'ACCOUNT_UPDATE' }, 'category', 'UTILITY'],
    [{ category: 'OTP' }, 'category', 'AUTHENTICATION'],
    [{ rejected_reason: 'PROMOTIONAL' }, 'rejectedReason', 'PROMOTIONAL'],
    [{ rejected_reason: 'NONE' }, 'rejectedReason', undefined],
    [{ correct_category: 'MARKETING' }, 'pendingCategory', { category: 'MARKETING', at: AT }],
    [{ correct_category: 'UTILITY', previous_category: 'MARKETING' }, 'pendingCategory', undefined],
    [
      { components: [{ type: 'body', text: 'lower-case type' }] },
      'components',
      [{ type: 'BODY', text: 'lower-case type' }],
    ],
    [{ components: [{ type: 'BODY', text: 'Hi' }, { type: 'FOOTER' }] }, 'components', [{ type: 'BODY', text: 'Hi' }]],
    [
      {
        components: [
          { type: 'HEADER', format: 'image', example: { header_handle: ['4::aW'] } },
          { type: 'BODY', text: 'Hi' },
        ],
      },
      'components',
      [
        { type: 'HEADER', format: 'IMAGE' },
        { type: 'BODY', text: 'Hi' },
      ],
    ],
  ])('%j gives %s = %j', (fields, key, expected) => {
    const read = parseGraphTemplate({ ...base, ...fields }, AT);
    expect(read.ok).toBe(true);
    expect(read.ok && read.value[key as keyof typeof read.value]).toEqual(expected);
  });

  it.each([
    ['no name', { name: undefined }, 'name'],
    ['an empty language', { language: '' }, 'language'],
    ['no category', { category: undefined }, 'category'],
    ['components that are not a list', { components: 'BODY' }, 'components'],
    ['no BODY', { components: [{ type: 'FOOTER', text: 'Hi' }] }, 'no BODY component'],
    [
      'two BODY components',
      {
        components: [
          { type: 'BODY', text: 'a' },
          { type: 'BODY', text: 'b' },
        ],
      },
      'more than one BODY',
    ],
    [
      'a PRODUCT header',
      {
        components: [
          { type: 'HEADER', format: 'PRODUCT' },
          { type: 'BODY', text: 'a' },
        ],
      },
      'header format "PRODUCT"',
    ],
    [
      'a URL button without url',
      {
        components: [
          { type: 'BODY', text: 'a' },
          { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Go' }] },
        ],
      },
      'button 0 (URL) has no url',
    ],
    [
      'a LIMITED_TIME_OFFER component',
      {
        components: [
          { type: 'BODY', text: 'a' },
          { type: 'LIMITED_TIME_OFFER', limited_time_offer: {} },
        ],
      },
      'LIMITED_TIME_OFFER',
    ],
    ['an unknown parameter format', { parameter_format: 'MIXED' }, 'parameter_format'],
    ['a string', 'order_update', 'template'],
  ])('refuses a template with %s', (_, fields, mention) => {
    const read = parseGraphTemplate(typeof fields === 'string' ? fields : { ...base, ...fields }, AT);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.code).toBe('invalid_template');
    expect(!read.ok && read.error.message).toContain(mention);
  });
});
