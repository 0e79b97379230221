import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locale.ts';
import { AT, NAMED_VALUES, named, POSITIONAL_VALUES, positional } from './fixtures.test-helpers.ts';
import { TEMPLATE_STATUSES, type Template } from './model.ts';
import { isBlocking, type TemplateProblem, validateTemplateSend } from './validate.ts';

const codes = (problems: TemplateProblem[]) => problems.map((p) => p.code);
const send = (t: Template, values: Record<string, string>, language = t.language) =>
  validateTemplateSend(t, { language, values });

describe('validateTemplateSend: sendable templates (spec §6, §11.10)', () => {
  it.each([
    ['positional', positional(), POSITIONAL_VALUES],
    ['named', named(), NAMED_VALUES],
  ] as const)('returns no problem for an approved, green %s template with every value', (_, t, values) => {
    expect(send(t, values)).toEqual([]);
  });

  it.each(['YELLOW', 'UNKNOWN'] as const)('lets a %s-quality template go out', (quality) => {
    expect(send(positional({ quality }), POSITIONAL_VALUES)).toEqual([]);
  });
});

describe('status: only APPROVED is sendable (spec §6)', () => {
  it.each(TEMPLATE_STATUSES.filter((s) => s !== 'APPROVED'))('%s is refused', (status) => {
    const problems = send(positional({ status }), POSITIONAL_VALUES);
    const expected = status === 'PAUSED' ? 'paused' : status === 'DISABLED' ? 'disabled' : 'not_approved';
    expect(codes(problems)).toEqual([expected]);
    if (expected === 'not_approved') expect(problems[0]?.message.en).toContain(status);
  });

  it('refuses a RED template even while approved: it gets paused, and more sends make it worse', () => {
    expect(codes(send(positional({ quality: 'RED' }), POSITIONAL_VALUES))).toEqual(['quality_red']);
  });

  it('reports every problem at once: paused, red, wrong language', () => {
    expect(codes(send(positional({ status: 'PAUSED', quality: 'RED' }), POSITIONAL_VALUES, 'en'))).toEqual([
      'paused',
      'quality_red',
      'language_mismatch',
    ]);
  });
});

describe('language: the approved translation, exactly (spec §5)', () => {
  it.each(['en', 'en_us', 'en-US', 'pt_BR', ' en_US'])('en_US template asked as %j is a mismatch', (language) => {
    const problems = send(positional(), POSITIONAL_VALUES, language);
    expect(codes(problems)).toEqual(['language_mismatch']);
    expect(problems[0]?.message.en).toBe(`This template is approved in en_US, not in ${language}.`);
  });
});

describe('parameters (spec §5 errors 132000, 132005, 132012; §6 limits)', () => {
  it.each<[string, Record<string, string>, [string, string][]]>([
    ['a missing body value', { header_1: 'A', '1': 'Jess', button_0: 'b' }, [['missing_parameter', '2']]],
    [
      'a missing header value, although the body {{1}} is given',
      { '1': 'Jess', '2': 'B', button_0: 'b' },
      [['missing_parameter', 'header_1']],
    ],
    ['a missing URL button suffix', { header_1: 'A', '1': 'Jess', '2': 'B' }, [['missing_parameter', 'button_0']]],
    ['an empty value', { ...POSITIONAL_VALUES, '2': '' }, [['empty_parameter', '2']]],
    ['a value of spaces only', { ...POSITIONAL_VALUES, '1': '   ' }, [['empty_parameter', '1']]],
    ['a newline in a body value', { ...POSITIONAL_VALUES, '1': 'Jess\nSmith' }, [['parameter_format', '1']]],
    ['a carriage return in a body value', { ...POSITIONAL_VALUES, '1': 'Jess\r' }, [['parameter_format', '1']]],
    ['a tab in a body value', { ...POSITIONAL_VALUES, '2': 'SKB\t42' }, [['parameter_format', '2']]],
    ['five spaces in a row', { ...POSITIONAL_VALUES, '2': 'SKB     42' }, [['parameter_format', '2']]],
    ['a newline in the header value', { ...POSITIONAL_VALUES, header_1: 'A\nB' }, [['parameter_format', 'header_1']]],
    [
      'a value for a variable the template does not have',
      { ...POSITIONAL_VALUES, '3': 'x' },
      [['unknown_parameter', '3']],
    ],
    [
      'a named key on a positional template',
      { ...POSITIONAL_VALUES, first_name: 'x' },
      [['unknown_parameter', 'first_name']],
    ],
    [
      'a value for a URL button without variable',
      { ...POSITIONAL_VALUES, button_5: 'x' },
      [['unknown_parameter', 'button_5']],
    ],
  ])('refuses %s', (_, values, expected) => {
    expect(send(positional(), values).map((p) => [p.code, p.parameter])).toEqual(expected);
  });

  it('accepts four spaces in a row and a quick-reply payload', () => {
    expect(send(positional(), { ...POSITIONAL_VALUES, '2': 'SKB    42', button_1: 'TALK' })).toEqual([]);
  });

  it('reads only own values: a variable named like an Object method is still missing', () => {
    const t = named({ components: [{ type: 'BODY', text: 'Hi {{constructor}} {{to_string}}' }] });
    expect(send(t, {}).map((p) => p.parameter)).toEqual(['constructor', 'to_string']);
    const inherited: Record<string, string> = Object.create({ constructor: 'Ana', to_string: 'Bia' });
    expect(send(t, inherited).map((p) => p.code)).toEqual(['missing_parameter', 'missing_parameter']);
  });

  it('asks once for a named variable that appears in header and body', () => {
    const t = named({
      components: [
        { type: 'HEADER', format: 'TEXT', text: 'Hi {{first_name}}' },
        { type: 'BODY', text: 'Bye {{first_name}}' },
      ],
    });
    expect(send(t, {}).map((p) => p.parameter)).toEqual(['first_name']);
  });

  it.each([
    [54, []],
    [55, [['parameter_too_long', 'header_1']]],
  ] as const)('header "Order " + %i chars: limit 60 after filling', (length, expected) => {
    const problems = send(positional(), { ...POSITIONAL_VALUES, header_1: 'x'.repeat(length) });
    expect(problems.map((p) => [p.code, p.parameter])).toEqual(expected);
  });

  it.each([
    [1024, []],
    [1025, [['parameter_too_long', '2']]],
  ] as const)('a rendered body of %i chars against the 1,024 limit names the longest value', (total, expected) => {
    const fixed = 'Hi , your order  has shipped.'.length + 'Jess'.length;
    const problems = send(positional(), { ...POSITIONAL_VALUES, '2': 'x'.repeat(total - fixed) });
    expect(problems.map((p) => [p.code, p.parameter])).toEqual(expected);
    if (expected.length) expect(problems[0]?.message.en).toContain(`${total} characters; WhatsApp allows 1024`);
  });

  it.each([
    ['ABCDEFGHIJKLMNO', []],
    ['ABCDEFGHIJKLMNOP', [['parameter_too_long', 'button_1']]],
  ] as const)('coupon %s against the 15-character limit', (coupon, expected) => {
    expect(send(named(), { ...NAMED_VALUES, button_1: coupon }).map((p) => [p.code, p.parameter])).toEqual(expected);
  });

  it.each([
    ['IMAGE', 'header_media', 'https://cdn.test/a.png', true],
    ['IMAGE', 'header_media', '4567890123', true],
    ['IMAGE', 'header_media', 'a.png', false],
    ['VIDEO', 'header_media', 'ftp://cdn.test/a.mp4', false],
    ['LOCATION', 'header_location', '-23.55,-46.63', true],
    ['LOCATION', 'header_location', '-23.55, -46.63|Store|Street 1', true],
    ['LOCATION', 'header_location', '95,10', false],
    ['LOCATION', 'header_location', 'Av. Paulista', false],
  ] as const)('%s header value %s=%j is well-formed: %s', (format, key, value, good) => {
    const t = positional({
      components: [
        { type: 'HEADER', format },
        { type: 'BODY', text: 'Hello' },
      ],
    });
    expect(codes(send(t, { [key]: value }))).toEqual(good ? [] : ['parameter_format']);
  });
});

describe('pending re-categorisation: a warning, not a refusal (spec §6)', () => {
  it('warns that the price changes when Meta moves a utility template to marketing', () => {
    const t = positional({ pendingCategory: { category: 'MARKETING', at: AT } });
    const problems = send(t, POSITIONAL_VALUES);
    expect(codes(problems)).toEqual(['category_changing']);
    expect(problems.every(isBlocking)).toBe(false);
    expect(problems[0]?.message.pt).toContain('marketing');
  });

  it('says nothing when the pending category is the current one', () => {
    expect(send(positional({ pendingCategory: { category: 'UTILITY', at: AT } }), POSITIONAL_VALUES)).toEqual([]);
  });

  it('treats every other problem as blocking', () => {
    expect(send(positional({ quality: 'RED' }), {}).every(isBlocking)).toBe(true);
  });
});

describe('messages an agent reads', () => {
  it('gives every problem a distinct sentence in each locale, naming the parameter', () => {
    const problems = send(
      positional({ status: 'PENDING', quality: 'RED', pendingCategory: { category: 'MARKETING', at: AT } }),
      {
        '1': '',
        '2': 'a\tb',
        nope: 'x',
      },
      'pt_BR',
    );
    expect(problems.length).toBeGreaterThan(5);
    for (const problem of problems) {
      const sentences = LOCALES.map((locale) => problem.message[locale]);
      expect(new Set(sentences).size).toBe(LOCALES.length);
      for (const sentence of sentences) expect(sentence).toMatch(/^[A-Z{"].+\.$/u);
    }
    const empty = problems.find((p) => p.code === 'empty_parameter');
    expect(empty?.message).toEqual({
      en: '{{1}} in the message is blank.',
      pt: '{{1}} na mensagem está em branco.',
      es: '{{1}} en el mensaje no tiene valor.',
    });
    expect(problems.find((p) => p.parameter === 'button_0')?.message.en).toBe('Fill in the link of button 1.');
  });
});
