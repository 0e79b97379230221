import { describe, expect, it } from 'vitest';
import { deriveConsent } from '../../../shared/consent/state.ts';
import { clickToChatAllowed, clickToChatUrl } from './click-to-chat.ts';
import { MARINA, optIn } from './fixtures.test-helpers.ts';
import type { ContactVerdicts } from './verdicts.ts';

const verdicts = (freeForm: boolean) => ({ freeForm: { allowed: freeForm } }) as unknown as ContactVerdicts;

describe('click-to-chat while the companion cannot send', () => {
  it('is offered while free-form would be allowed', () => {
    expect(clickToChatAllowed(verdicts(true), deriveConsent([]))).toBe(true);
  });

  it('is offered outside the window only with an opt-in and no opt-out', () => {
    expect(clickToChatAllowed(verdicts(false), deriveConsent([]))).toBe(false);
    expect(clickToChatAllowed(verdicts(false), deriveConsent([optIn(MARINA)]))).toBe(true);
    const optedOut = optIn(MARINA, { action: 'opt_out', categories: ['marketing'], at: Date.UTC(2026, 3, 1) });
    expect(clickToChatAllowed(verdicts(false), deriveConsent([optIn(MARINA), optedOut]))).toBe(false);
  });

  it('links to the digits of the number with the draft as text', () => {
    expect(clickToChatUrl(MARINA, 'Olá & oi')).toBe('https://wa.me/5511987654321?text=Ol%C3%A1%20%26%20oi');
  });
});
