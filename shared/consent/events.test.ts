import { describe, expect, it } from 'vitest';
import {
  CONSENT_SOURCES,
  type ConsentValidationIssue,
  validateConsentEvent,
  validateStoredConsentEvent,
  WORDLESS_OPT_OUT_SOURCES,
} from './events.ts';

const valid = {
  id: '01J9Z8X7W6V5T4S3R2Q1P0N9M8',
  contact: '+55 11 98765-4321',
  action: 'opt_in',
  categories: ['marketing'],
  source: 'web_form',
  wording: 'Yes, I want offers from ACME Motors on WhatsApp.',
  at: 1_767_225_600_000,
  recordedBy: 'ana@acme.example',
  evidence: 'https://acme.example/forms/123',
};

function issuesOf(input: unknown): ConsentValidationIssue[] {
  const result = validateConsentEvent(input);
  if (result.ok) throw new Error(`expected a validation error for ${JSON.stringify(input)}`);
  expect(result.error.code).toBe('invalid_consent_event');
  return result.error.issues;
}

function pathsOf(input: unknown): string[] {
  return issuesOf(input).map((issue) => issue.path);
}

describe('validateConsentEvent: what a stored proof needs (spec §7: source, wording, timestamp, category scope)', () => {
  it('accepts a complete opt-in and stores the contact in E.164 so all its events share one key (spec §5, §11.9)', () => {
    const result = validateConsentEvent(valid);
    expect(result).toEqual({ ok: true, value: { ...valid, contact: '+5511987654321' } });
  });

  it('accepts a BSUID as the contact, kept exactly as received (spec §9)', () => {
    const result = validateConsentEvent({ ...valid, contact: 'US.13491208655302741918' });
    expect(result.ok && result.value.contact).toBe('US.13491208655302741918');
  });

  it.each([null, undefined, ''])('treats an evidence of %j as absent', (evidence) => {
    const result = validateConsentEvent({ ...valid, evidence });
    expect(result.ok && 'evidence' in result.value).toBe(false);
  });

  it('drops keys it does not know and a null evidence, so only the documented shape reaches the append-only log', () => {
    const result = validateConsentEvent({ ...valid, evidence: null, note: 'x', status: 'opted_in' });
    expect(result.ok && Object.keys(result.value).sort()).toEqual(
      ['action', 'at', 'categories', 'contact', 'id', 'recordedBy', 'source', 'wording'].sort(),
    );
  });

  it('folds a repeated category instead of storing duplicates (categories are a set)', () => {
    const result = validateConsentEvent({ ...valid, categories: ['utility', 'marketing', 'utility'] });
    expect(result.ok && result.value.categories).toEqual(['utility', 'marketing']);
  });

  it.each(CONSENT_SOURCES)('accepts the source %s', (source) => {
    expect(validateConsentEvent({ ...valid, source }).ok).toBe(true);
  });

  it.each([
    ['id', 'x'.repeat(128)],
    ['recordedBy', 'x'.repeat(200)],
    ['wording', 'x'.repeat(2000)],
    ['evidence', 'x'.repeat(2000)],
    ['at', 0],
    ['at', Number.MAX_SAFE_INTEGER],
  ] as const)('accepts %s at its limit (%#)', (field, value) => {
    expect(validateConsentEvent({ ...valid, [field]: value }).ok).toBe(true);
  });

  it.each([
    ['id', ''],
    ['id', '   '],
    ['id', 'x'.repeat(129)],
    ['id', 42],
    ['contact', '98765-4321'],
    ['contact', 'ana@acme.example'],
    ['contact', undefined],
    ['action', 'subscribe'],
    ['categories', []],
    ['categories', 'marketing'],
    ['categories.1', ['marketing', 'promotional']],
    ['categories.0', ['MARKETING']],
    ['source', 'whatsapp'],
    ['wording', 'x'.repeat(2001)],
    ['wording', undefined],
    ['at', -1],
    ['at', 1.5],
    ['at', Number.MAX_SAFE_INTEGER + 1],
    ['at', '1767225600000'],
    ['at', Number.NaN],
    ['recordedBy', ''],
    ['recordedBy', 'x'.repeat(201)],
    ['evidence', 'x'.repeat(2001)],
  ] as const)('refuses a bad %s (%#) and names that path', (path, value) => {
    const field = path.split('.')[0] as string;
    expect(pathsOf({ ...valid, [field]: value })).toEqual([path]);
  });

  it('an opt-in without wording is refused: the wording is the proof of consent (spec §7)', () => {
    const [issue] = issuesOf({ ...valid, wording: '' });
    expect(issue?.path).toBe('wording');
    expect(issue?.message).toMatch(/proof/);
  });

  it('an opt-in whose wording is only blanks is refused too (spec §7)', () => {
    expect(pathsOf({ ...valid, wording: ' \n\t ' })).toEqual(['wording']);
  });

  it.each(WORDLESS_OPT_OUT_SOURCES)(
    'an opt-out reported by Meta through %s may have no wording: the user typed nothing (spec §5 131050, §7)',
    (source) => {
      expect(validateConsentEvent({ ...valid, action: 'opt_out', source, wording: '' }).ok).toBe(true);
    },
  );

  it.each(CONSENT_SOURCES.filter((source) => !WORDLESS_OPT_OUT_SOURCES.includes(source)))(
    'an opt-out from %s needs wording: what the user said or chose is the record of the request (spec §7)',
    (source) => {
      const [issue] = issuesOf({ ...valid, action: 'opt_out', source, wording: '' });
      expect(issue?.path).toBe('wording');
      expect(issue?.message).toMatch(/user_preferences, meta_error/);
    },
  );

  it('reports every problem at once, each under its own path', () => {
    const paths = pathsOf({ ...valid, id: '', contact: 'nope', categories: ['sms'], wording: '', at: -5 });
    expect(paths.sort()).toEqual(['at', 'categories.0', 'contact', 'id', 'wording']);
  });

  it('reports each missing field under its own path with that field’s advice', () => {
    const issues = issuesOf({});
    expect(issues.map((issue) => issue.path).sort()).toEqual(
      ['action', 'at', 'categories', 'contact', 'id', 'recordedBy', 'source', 'wording'].sort(),
    );
    expect(issues.find((issue) => issue.path === 'at')?.message).toMatch(/epoch milliseconds/);
  });

  it.each([null, 'opt_in', 42, [valid]])('refuses %j as a whole, under the empty path', (input) => {
    expect(pathsOf(input)).toEqual(['']);
  });

  it('explains a refused contact with the phone parser’s reason, so a person can fix it', () => {
    const [issue] = issuesOf({ ...valid, contact: '98765-4321' });
    expect(issue?.message).toMatch(/country code/);
  });

  it('writes every message as a sentence a person can act on', () => {
    const issues = issuesOf({
      id: '',
      contact: 'x',
      action: 'x',
      categories: ['x'],
      source: 'x',
      wording: 1,
      at: 'x',
      recordedBy: '',
      evidence: 'x'.repeat(2001),
    });
    expect(issues).toHaveLength(9);
    for (const { message } of issues) expect(message).toMatch(/^[A-Z].{20,}\.$/);
  });
});

describe('validateStoredConsentEvent: events from the companion log, whose keys are canonical already', () => {
  it('applies the same rules and takes an E.164 or BSUID key as it is', () => {
    const stored = { ...valid, contact: '+5511987654321' };
    expect(validateStoredConsentEvent(stored)).toEqual(validateConsentEvent(stored));
    expect(validateStoredConsentEvent({ ...valid, contact: 'US.13491208655302741918' })).toMatchObject({
      ok: true,
      value: { contact: 'US.13491208655302741918' },
    });
    expect(validateStoredConsentEvent({ ...stored, wording: '' })).toMatchObject({ ok: false });
  });

  it('refuses a key in any other form rather than guessing (no phone metadata in the extension)', () => {
    for (const contact of ['+55 11 98765-4321', '5511987654321', 'ana@acme.example']) {
      const result = validateStoredConsentEvent({ ...valid, contact });
      expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toEqual(['contact']);
    }
  });
});
