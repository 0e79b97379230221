import { describe, expect, it } from 'vitest';
import { AT } from './fixtures.test-helpers.ts';
import { parseGraphTemplate, parseGraphTemplateList } from './from-graph.ts';
import { buildSendComponents } from './render.ts';

/** One page of `GET /{waba-id}/message_templates?fields=…` as Meta returns it (spec §6). */
const ORDER_UPDATE = {
  name: 'order_update',
  parameter_format: 'POSITIONAL',
  components: [
    { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}', example: { header_text: ['SKB-42'] } },
    { type: 'BODY', text: 'Hi {{1}}, your order {{2}} has shipped.', example: { body_text: [['Jess', 'SKB-42']] } },
    { type: 'FOOTER', text: 'Reply STOP to opt out' },
    {
      type: 'BUTTONS',
      buttons: [
        {
          type: 'URL',
          text: 'Track order',
          url: 'https://shop.test/track/{{1}}',
          example: ['https://shop.test/track/skb-42'],
        },
        { type: 'QUICK_REPLY', text: 'Talk to us' },
      ],
    },
  ],
  language: 'en_US',
  status: 'APPROVED',
  category: 'UTILITY',
  id: '1001',
  quality_score: { score: 'GREEN', date: 1756700000 },
  rejected_reason: 'NONE',
  sub_category: 'ORDER_DETAILS',
};

const PROMO = {
  name: 'seasonal_promo',
  parameter_format: 'named',
  components: [
    {
      type: 'BODY',
      text: 'Oi {{first_name}}, use o cupom para {{discount}} de desconto.',
      example: {
        body_text_named_params: [
          { param_name: 'first_name', example: 'Ana' },
          { param_name: 'discount', example: '20%' },
        ],
      },
    },
    {
      type: 'BUTTONS',
      buttons: [
        { type: 'QUICK_REPLY', text: 'Parar promoções' },
        { type: 'COPY_CODE', example: ['SAVE20'] },
      ],
    },
  ],
  language: 'pt_BR',
  status: 'APPROVED',
  category: 'MARKETING',
  id: '2002',
  quality_score: { score: 'YELLOW' },
};

const LEGACY = {
  name: 'shipping_notice',
  components: [{ type: 'BODY', text: 'Your package {{1}} is on its way.' }],
  language: 'en',
  status: 'PAUSED',
  category: 'TRANSACTIONAL',
  id: 3003,
  quality_score: { score: 'RED' },
};

const FLOW_BUTTON = {
  name: 'book_visit',
  components: [
    { type: 'BODY', text: 'Book your visit.' },
    {
      type: 'BUTTONS',
      buttons: [
        { type: 'FLOW', text: 'Book now', flow_id: '123', flow_action: 'NAVIGATE', navigate_screen: 'WELCOME' },
        { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+15550001111' },
      ],
    },
  ],
  language: 'es',
  status: 'APPROVED',
  category: 'MARKETING',
  id: '4004',
};

const CAROUSEL = {
  name: 'spring_carousel',
  components: [
    { type: 'BODY', text: 'New arrivals' },
    { type: 'CAROUSEL', cards: [{ components: [{ type: 'HEADER', format: 'IMAGE' }] }] },
  ],
  language: 'en_US',
  status: 'APPROVED',
  category: 'MARKETING',
  id: '5005',
};

const PAGE = {
  data: [ORDER_UPDATE, PROMO, LEGACY, FLOW_BUTTON, CAROUSEL, { id: '6006', language: 'en', components: [] }],
  paging: {
    cursors: { before: 'QVFIUmJ', after: 'QVFIUnZ' },
    next: 'https://graph.facebook.com/v24.0/102290129340398/message_templates?limit=100&after=QVFIUnZ',
  },
};

describe('parseGraphTemplateList: one bad template never loses the others', () => {
  const result = parseGraphTemplateList(PAGE, AT);

  it('reads the good templates and reports each bad one with its position and identity', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.templates.map((t) => t.name)).toEqual([
      'order_update',
      'seasonal_promo',
      'shipping_notice',
      'book_visit',
    ]);
    expect(result.value.errors.map(({ index, id, name, code }) => ({ index, id, name, code }))).toEqual([
      { index: 4, id: '5005', name: 'spring_carousel', code: 'invalid_template' },
      { index: 5, id: '6006', name: undefined, code: 'invalid_template' },
    ]);
    expect(result.value.errors[0]?.message).toContain('unsupported component "CAROUSEL"');
    expect(result.value.errors[1]?.message).toContain('name');
  });

  it('gives the after cursor while Meta says there is a next page', () => {
    expect(result.ok && result.value.nextCursor).toBe('QVFIUnZ');
    const last = parseGraphTemplateList({ data: [], paging: { cursors: { before: 'a', after: 'b' } } }, AT);
    expect(last).toEqual({ ok: true, value: { templates: [], errors: [] } });
  });

  it.each([null, 'oops', {}, { data: {} }])('refuses %j as a page', (raw) => {
    expect(parseGraphTemplateList(raw, AT)).toMatchObject({ ok: false, error: { code: 'invalid_page' } });
  });
});

describe('parseGraphTemplate: a real-looking template', () => {
  it('reads every field, stamping the snapshot with the read instant', () => {
    expect(parseGraphTemplate(ORDER_UPDATE, AT)).toEqual({
      ok: true,
      value: {
        id: '1001',
        name: 'order_update',
        language: 'en_US',
        category: 'UTILITY',
        status: 'APPROVED',
        quality: 'GREEN',
        parameterFormat: 'positional',
        components: [
          { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}' },
          { type: 'BODY', text: 'Hi {{1}}, your order {{2}} has shipped.' },
          { type: 'FOOTER', text: 'Reply STOP to opt out' },
          {
            type: 'BUTTONS',
            buttons: [
              { type: 'URL', text: 'Track order', url: 'https://shop.test/track/{{1}}' },
              { type: 'QUICK_REPLY', text: 'Talk to us' },
            ],
          },
        ],
        pauses: [],
        watermarks: { status: AT, quality: AT, category: AT },
        updatedAt: AT,
      },
    });
  });

  it('reads a named template with a copy-code example given as an array', () => {
    const read = parseGraphTemplate(PROMO, AT);
    expect(read.ok && read.value.parameterFormat).toBe('named');
    expect(read.ok && read.value.quality).toBe('YELLOW');
    expect(read.ok && read.value.components[1]).toEqual({
      type: 'BUTTONS',
      buttons: [
        { type: 'QUICK_REPLY', text: 'Parar promoções' },
        { type: 'COPY_CODE', example: 'SAVE20' },
      ],
    });
  });

  it('folds a legacy category, reads a numeric id and keeps a paused, red status', () => {
    const read = parseGraphTemplate(LEGACY, AT);
    expect(read.ok && [read.value.category, read.value.id, read.value.status, read.value.quality]).toEqual([
      'UTILITY',
      '3003',
      'PAUSED',
      'RED',
    ]);
  });

  it('keeps an unknown button type as OTHER so the next button keeps its index', () => {
    const read = parseGraphTemplate(FLOW_BUTTON, AT);
    expect(read.ok && read.value.components[1]).toEqual({
      type: 'BUTTONS',
      buttons: [
        { type: 'OTHER', rawType: 'FLOW', text: 'Book now' },
        { type: 'PHONE_NUMBER', text: 'Call us', phoneNumber: '+15550001111' },
      ],
    });
  });

  it('reads the authentication copy-code button Graph returns as a URL, and builds its send payload', () => {
    const read = parseGraphTemplate(
      {
        id: '7007',
        name: 'login_code',
        language: 'en_US',
        status: 'APPROVED',
        category: 'AUTHENTICATION',
        components: [
          { type: 'BODY', text: '*{{1}}* is your verification code. For your security, do not share this code.' },
          { type: 'FOOTER', text: 'This code expires in 10 minutes.' },
          {
            type: 'BUTTONS',
            buttons: [
              {
                type: 'URL',
                text: 'Copy code',
                url: 'https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}',
              },
            ],
          },
        ],
      },
      AT,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const built = buildSendComponents(read.value, { '1': '482913', button_0: '482913' });
    expect(built.ok && built.value.map((c) => c.type)).toEqual(['body', 'button']);
  });
});

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
