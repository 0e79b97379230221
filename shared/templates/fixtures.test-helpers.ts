/** Templates for the template tests: a positional one with every kind of variable, and a named one. */
import { HOUR } from '../time/clock.ts';
import type { Template } from './model.ts';

/** 2026-09-01 12:00 UTC. */
export const AT = Date.UTC(2026, 8, 1, 12);

/** Header `{{1}}`, body `{{1}}` `{{2}}`, a URL button with a variable at index 0 and a quick reply at index 1. */
export function positional(overrides: Partial<Template> = {}): Template {
  return {
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
    updatedAt: AT - 24 * HOUR,
    ...overrides,
  };
}

/** Header `{{sale_name}}`, body `{{first_name}}` `{{discount}}` and `{{first_name}}` again, a copy-code button at 1. */
export function named(overrides: Partial<Template> = {}): Template {
  return {
    ...positional(),
    id: '2002',
    name: 'seasonal_promo',
    language: 'pt_BR',
    category: 'MARKETING',
    parameterFormat: 'named',
    components: [
      { type: 'HEADER', format: 'TEXT', text: '{{sale_name}} chegou!' },
      { type: 'BODY', text: 'Oi {{first_name}}, use o cupom para {{discount}} de desconto. Até logo, {{first_name}}!' },
      {
        type: 'BUTTONS',
        buttons: [
          { type: 'QUICK_REPLY', text: 'Parar promoções' },
          { type: 'COPY_CODE', example: 'SAVE20' },
        ],
      },
    ],
    ...overrides,
  };
}

export const POSITIONAL_VALUES = { header_1: 'SKB-42', '1': 'Jess', '2': 'SKB-42', button_0: 'skb-42' } as const;
export const NAMED_VALUES = {
  sale_name: 'Black Friday',
  first_name: 'Ana',
  discount: '20%',
  button_1: 'BF20',
} as const;
