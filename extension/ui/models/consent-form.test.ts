import { describe, expect, it } from 'vitest';
import { AGENT_SOURCES, type ConsentDraft, checkConsentDraft } from './consent-form.ts';
import { MARINA } from './fixtures.test-helpers.ts';

const draft = (extra: Partial<ConsentDraft>): ConsentDraft => ({
  action: 'opt_in',
  categories: ['marketing'],
  source: 'web_form',
  wording: 'Yes, send me offers from Loja Azul.',
  evidence: '',
  ...extra,
});

describe('the consent form’s rules', () => {
  it('require a source, the wording, a category and the agent', () => {
    const check = checkConsentDraft(draft({ source: '', wording: '  ', categories: [] }), MARINA, '');
    expect(check).toEqual({
      ok: false,
      errors: {
        categories: 'consentErrorCategories',
        source: 'consentErrorSource',
        wording: 'consentErrorWording',
        agent: 'consentErrorAgent',
      },
    });
  });

  it('build the request with trimmed text and the evidence only when given', () => {
    expect(checkConsentDraft(draft({ evidence: ' https://x.example/f/1 ' }), MARINA, ' ana@x.example ')).toEqual({
      ok: true,
      request: {
        contact: MARINA,
        action: 'opt_in',
        categories: ['marketing'],
        source: 'web_form',
        wording: 'Yes, send me offers from Loja Azul.',
        evidence: 'https://x.example/f/1',
        agent: 'ana@x.example',
      },
    });
  });

  it('never offer the sources only WhatsApp reports', () => {
    expect(AGENT_SOURCES).not.toContain('user_preferences');
    expect(AGENT_SOURCES).not.toContain('meta_error');
  });
});
