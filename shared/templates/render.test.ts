import { describe, expect, it } from 'vitest';
import { AT, NAMED_VALUES, named, POSITIONAL_VALUES, positional } from './fixtures.test-helpers.ts';
import type { Template } from './model.ts';
import { buildSendComponents, renderTemplate } from './render.ts';

describe('renderTemplate: the preview an agent reads', () => {
  it('fills header, body and the URL button; footer and quick reply as approved', () => {
    expect(renderTemplate(positional(), POSITIONAL_VALUES)).toEqual({
      header: 'Order SKB-42',
      body: 'Hi Jess, your order SKB-42 has shipped.',
      footer: 'Reply STOP to opt out',
      buttons: ['Track order (https://shop.test/track/skb-42)', 'Talk to us'],
      missing: [],
    });
  });

  it('keeps the header {{1}} and the body {{1}} apart in a positional template', () => {
    const preview = renderTemplate(positional(), { header_1: 'A-1', '1': 'Jess', '2': 'B-2', button_0: 'x' });
    expect(preview.header).toBe('Order A-1');
    expect(preview.body).toBe('Hi Jess, your order B-2 has shipped.');
  });

  it('leaves missing and blank variables visible as {{name}} and lists them', () => {
    const preview = renderTemplate(positional(), { '1': 'Jess', '2': '  ' });
    expect(preview.header).toBe('Order {{1}}');
    expect(preview.body).toBe('Hi Jess, your order {{2}} has shipped.');
    expect(preview.buttons[0]).toBe('Track order (https://shop.test/track/{{1}})');
    expect(preview.missing).toEqual([
      { component: 'header', name: '1' },
      { component: 'body', name: '2' },
      { component: 'button', buttonIndex: 0, name: '1' },
    ]);
  });

  it('fills a named variable used twice with one value, and shows the coupon', () => {
    const preview = renderTemplate(named(), NAMED_VALUES);
    expect(preview.header).toBe('Black Friday chegou!');
    expect(preview.body).toBe('Oi Ana, use o cupom para 20% de desconto. Até logo, Ana!');
    expect(preview.buttons).toEqual(['Parar promoções', 'BF20']);
  });

  it('has no text header for a media header, and lists the media as missing', () => {
    const t = positional({
      components: [
        { type: 'HEADER', format: 'IMAGE' },
        { type: 'BODY', text: 'Hello' },
      ],
    });
    expect(renderTemplate(t, {})).toEqual({
      body: 'Hello',
      buttons: [],
      missing: [{ component: 'header', name: 'header_media' }],
    });
  });
});

describe('buildSendComponents: the send payload of spec §5', () => {
  it('builds positional header, body and URL button parameters exactly as Meta reads them', () => {
    expect(buildSendComponents(positional(), POSITIONAL_VALUES)).toEqual({
      ok: true,
      value: [
        { type: 'header', parameters: [{ type: 'text', text: 'SKB-42' }] },
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'Jess' },
            { type: 'text', text: 'SKB-42' },
          ],
        },
        { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'skb-42' }] },
      ],
    });
  });

  it('orders positional body parameters by variable number, not by where they appear in the text', () => {
    const t = positional({ components: [{ type: 'BODY', text: 'Order {{2}} for {{1}}' }] });
    const built = buildSendComponents(t, { '1': 'Jess', '2': 'SKB-42' });
    expect(built.ok && built.value).toEqual([
      {
        type: 'body',
        parameters: [
          { type: 'text', text: 'Jess' },
          { type: 'text', text: 'SKB-42' },
        ],
      },
    ]);
  });

  it('adds parameter_name to every text parameter of a named template, and sends the coupon at its index', () => {
    expect(buildSendComponents(named(), NAMED_VALUES)).toEqual({
      ok: true,
      value: [
        { type: 'header', parameters: [{ type: 'text', parameter_name: 'sale_name', text: 'Black Friday' }] },
        {
          type: 'body',
          parameters: [
            { type: 'text', parameter_name: 'first_name', text: 'Ana' },
            { type: 'text', parameter_name: 'discount', text: '20%' },
          ],
        },
        {
          type: 'button',
          sub_type: 'copy_code',
          index: '1',
          parameters: [{ type: 'coupon_code', coupon_code: 'BF20' }],
        },
      ],
    });
  });

  it('sends a quick-reply payload only when one is given, at the button position', () => {
    const built = buildSendComponents(positional(), { ...POSITIONAL_VALUES, button_1: 'TALK' });
    expect(built.ok && built.value.at(-1)).toEqual({
      type: 'button',
      sub_type: 'quick_reply',
      index: '1',
      parameters: [{ type: 'payload', payload: 'TALK' }],
    });
    const without = buildSendComponents(positional(), POSITIONAL_VALUES);
    expect(without.ok && without.value.some((c) => c.type === 'button' && c.sub_type === 'quick_reply')).toBe(false);
  });

  it.each<[string, Template['components'][number], string, unknown]>([
    [
      'image by link',
      { type: 'HEADER', format: 'IMAGE' },
      'https://cdn.test/a.jpg',
      { type: 'image', image: { link: 'https://cdn.test/a.jpg' } },
    ],
    [
      'video by media id',
      { type: 'HEADER', format: 'VIDEO' },
      '1234567890',
      { type: 'video', video: { id: '1234567890' } },
    ],
    [
      'document by link',
      { type: 'HEADER', format: 'DOCUMENT' },
      'https://cdn.test/a.pdf',
      { type: 'document', document: { link: 'https://cdn.test/a.pdf' } },
    ],
    [
      'location with name and address',
      { type: 'HEADER', format: 'LOCATION' },
      '-23.5505,-46.6333|Loja Paulista|Av. Paulista, 1000',
      {
        type: 'location',
        location: { latitude: '-23.5505', longitude: '-46.6333', name: 'Loja Paulista', address: 'Av. Paulista, 1000' },
      },
    ],
  ])('sends a %s header parameter', (_, header, value, parameter) => {
    const t = positional({ components: [header, { type: 'BODY', text: 'Hello' }] });
    const key = header.type === 'HEADER' && header.format === 'LOCATION' ? 'header_location' : 'header_media';
    expect(buildSendComponents(t, { [key]: value })).toEqual({
      ok: true,
      value: [{ type: 'header', parameters: [parameter] }],
    });
  });

  it('sends the one-time code in the body and in the OTP button of an authentication template', () => {
    const t = positional({
      category: 'AUTHENTICATION',
      components: [
        { type: 'BODY', text: '{{1}} is your verification code.' },
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
    });
    const built = buildSendComponents(t, { '1': '482913', button_0: '482913' });
    expect(built.ok && built.value).toEqual([
      { type: 'body', parameters: [{ type: 'text', text: '482913' }] },
      { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: '482913' }] },
    ]);
  });

  it('sends no components for a template without variables', () => {
    expect(buildSendComponents(positional({ components: [{ type: 'BODY', text: 'Thanks!' }] }), {})).toEqual({
      ok: true,
      value: [],
    });
  });

  it('refuses with every parameter problem instead of building a payload Meta would reject (132000)', () => {
    const built = buildSendComponents(positional(), { '1': 'Jess', '2': 'line\nbreak', extra: 'x' });
    expect(built.ok).toBe(false);
    expect(!built.ok && built.error.map((p) => [p.code, p.parameter])).toEqual([
      ['missing_parameter', 'header_1'],
      ['parameter_format', '2'],
      ['missing_parameter', 'button_0'],
      ['unknown_parameter', 'extra'],
    ]);
  });

  it('does not judge status or language: that is the validator', () => {
    expect(
      buildSendComponents(positional({ status: 'PAUSED', quality: 'RED', updatedAt: AT }), POSITIONAL_VALUES).ok,
    ).toBe(true);
  });
});
