import { describe, expect, it } from 'vitest';
import {
  parseGraphTemplate,
  parseGraphTemplateList,
  type Template,
  templateParameters,
} from '../../shared/templates/index.ts';
import { SEED_TEMPLATES } from './seed-templates.ts';

const AT = Date.UTC(2026, 2, 1);

function parsed(name: string, language: string): Template {
  const raw = SEED_TEMPLATES.find((t) => t.name === name && t.language === language);
  const read = parseGraphTemplate(raw, AT);
  if (!read.ok) throw new Error(`${name}/${language}: ${read.error.message}`);
  return read.value;
}

describe('seeded templates are Meta Graph items the shared parser reads', () => {
  it.each(SEED_TEMPLATES.map((t) => [`${t.name} ${t.language}`, t] as const))('%s parses', (_, raw) => {
    expect(parseGraphTemplate(raw, AT)).toMatchObject({ ok: true });
  });

  it('parse as one page without a single item error', () => {
    const page = parseGraphTemplateList({ data: SEED_TEMPLATES, paging: { cursors: { before: 'a', after: 'b' } } }, AT);
    expect(page.ok && page.value.errors).toEqual([]);
  });

  it('give each translation its own id and each name one translation per language', () => {
    expect(new Set(SEED_TEMPLATES.map((t) => t.id)).size).toBe(SEED_TEMPLATES.length);
    expect(new Set(SEED_TEMPLATES.map((t) => `${t.name}:${t.language}`)).size).toBe(SEED_TEMPLATES.length);
  });

  it('cover the languages the demo contacts speak', () => {
    const languages = (name: string) => SEED_TEMPLATES.filter((t) => t.name === name).map((t) => t.language);
    for (const name of ['order_update', 'payment_reminder', 'appointment_reminder', 'cart_recovery', 'login_code']) {
      expect(languages(name).sort()).toEqual(['en_US', 'es', 'pt_BR']);
    }
    expect(languages('back_in_stock').sort()).toEqual(['en_US', 'pt_BR']);
    expect(languages('weekly_offers')).toEqual(['pt_BR']);
    expect(languages('spring_sale')).toEqual(['en_US']);
  });
});

describe('seeded templates carry the cases the copilot must handle', () => {
  it('payment_reminder takes three positional values: name, invoice, due date', () => {
    const t = parsed('payment_reminder', 'pt_BR');
    expect(t.category).toBe('UTILITY');
    expect(templateParameters(t).map((p) => `${p.component}:${p.name}`)).toEqual(['body:1', 'body:2', 'body:3']);
  });

  it('cart_recovery is marketing with named variables', () => {
    const t = parsed('cart_recovery', 'es');
    expect(t).toMatchObject({ category: 'MARKETING', parameterFormat: 'named' });
    expect(templateParameters(t).map((p) => p.name)).toEqual(['first_name', 'cart_items']);
  });

  it('weekly_offers is paused and spring_sale is approved but RED', () => {
    expect(parsed('weekly_offers', 'pt_BR')).toMatchObject({ status: 'PAUSED', category: 'MARKETING' });
    expect(parsed('spring_sale', 'en_US')).toMatchObject({ status: 'APPROVED', quality: 'RED' });
  });

  it('login_code is authentication with a copy-code OTP button that takes the code', () => {
    const t = parsed('login_code', 'en_US');
    expect(t.category).toBe('AUTHENTICATION');
    expect(t.components.find((c) => c.type === 'BUTTONS')).toEqual({
      type: 'BUTTONS',
      buttons: [{ type: 'OTP', otpType: 'COPY_CODE', text: 'Copy code' }],
    });
    expect(templateParameters(t).map((p) => `${p.component}:${p.name}`)).toEqual(['body:1', 'button:code']);
  });

  it('delivery_tracking has a URL button whose suffix is a send-time value', () => {
    const params = templateParameters(parsed('delivery_tracking', 'es'));
    expect(params.at(-1)).toEqual({ component: 'button', buttonIndex: 0, name: '1' });
  });

  it('back_in_stock has an image header to fill at send time', () => {
    expect(templateParameters(parsed('back_in_stock', 'en_US'))[0]).toEqual({
      component: 'header',
      name: 'header_media',
    });
  });
});
