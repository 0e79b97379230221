import { describe, expect, it } from 'vitest';
import { AT } from './fixtures.test-helpers.ts';
import { parseGraphTemplate, parseGraphTemplateList } from './from-graph.ts';
import { FLOW_BUTTON, LEGACY, ORDER_UPDATE, PAGE, PROMO } from './graph-payloads.test-helpers.ts';
import { buildSendComponents } from './render.ts';

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
