import { describe, expect, it } from 'vitest';
import { named, positional } from './fixtures.test-helpers.ts';
import type { TemplateComponent } from './model.ts';
import { optionalParameterKeys, parameterKey, templateParameters } from './parameters.ts';
import { fillVariables, variablesIn } from './variables.ts';

describe('variables in template text (spec §6)', () => {
  it.each([
    [
      'positional, sorted by number as Meta matches them by position',
      'A {{2}} B {{1}} C {{10}}',
      'positional',
      ['1', '2', '10'],
    ],
    ['positional, each once even when repeated', '{{1}} and {{1}}', 'positional', ['1']],
    [
      'named, in order of first appearance',
      '{{last_name}}, {{first_name}} {{last_name}}',
      'named',
      ['last_name', 'first_name'],
    ],
    ['named tokens are plain text in a positional template', 'Hi {{first_name}} {{1}}', 'positional', ['1']],
    ['positional tokens are plain text in a named template', 'Hi {{first_name}} {{1}}', 'named', ['first_name']],
    ['named variables are lower-case: {{First}} is not one', 'Hi {{First}} {{ok_2}}', 'named', ['ok_2']],
    ['spaces inside braces make no variable', 'Hi {{ 1 }}', 'positional', []],
  ] as const)('%s', (_, text, format, expected) => {
    expect(variablesIn(text, format)).toEqual(expected);
  });

  it('leaves a variable without value visible as {{name}}', () => {
    expect(fillVariables('Hi {{1}}, order {{2}}', 'positional', (n) => (n === '1' ? 'Jess' : undefined))).toBe(
      'Hi Jess, order {{2}}',
    );
  });
});

describe('templateParameters: what a send needs, in the order Meta expects (spec §5)', () => {
  it('lists header, then body, then button parameters of a positional template', () => {
    expect(templateParameters(positional())).toEqual([
      { component: 'header', name: '1' },
      { component: 'body', name: '1' },
      { component: 'body', name: '2' },
      { component: 'button', buttonIndex: 0, name: '1' },
    ]);
  });

  it('lists named variables once per component and the copy-code coupon at its button position', () => {
    expect(templateParameters(named())).toEqual([
      { component: 'header', name: 'sale_name' },
      { component: 'body', name: 'first_name' },
      { component: 'body', name: 'discount' },
      { component: 'button', buttonIndex: 1, name: 'coupon_code' },
    ]);
  });

  it('orders by component kind even if Graph lists buttons before the body', () => {
    const t = positional({
      components: [
        { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Go', url: 'https://x.test/{{1}}' }] },
        { type: 'BODY', text: '{{1}}' },
      ],
    });
    expect(templateParameters(t).map((p) => p.component)).toEqual(['body', 'button']);
  });

  it.each<[string, TemplateComponent, string[]]>([
    ['an image header needs its media', { type: 'HEADER', format: 'IMAGE' }, ['header_media']],
    ['a document header needs its media', { type: 'HEADER', format: 'DOCUMENT' }, ['header_media']],
    [
      'a location header needs its coordinates, chosen at send time',
      { type: 'HEADER', format: 'LOCATION' },
      ['header_location'],
    ],
    ['a text header without variables needs nothing', { type: 'HEADER', format: 'TEXT', text: 'Hello' }, []],
    [
      'an OTP button repeats the one-time code',
      { type: 'BUTTONS', buttons: [{ type: 'OTP', otpType: 'COPY_CODE' }] },
      ['button_0'],
    ],
    [
      'a URL button without variable, a phone button and an unknown one need nothing',
      {
        type: 'BUTTONS',
        buttons: [
          { type: 'URL', text: 'Site', url: 'https://x.test' },
          { type: 'PHONE_NUMBER', text: 'Call', phoneNumber: '+5511987654321' },
          { type: 'OTHER', rawType: 'FLOW', text: 'Book' },
        ],
      },
      [],
    ],
  ])('%s', (_, component, keys) => {
    const t = positional({ components: [component, { type: 'BODY', text: 'Hello' }] });
    expect(templateParameters(t).map(parameterKey)).toEqual(keys);
  });
});

describe('parameterKey: the values record convention', () => {
  it.each([
    [{ component: 'body', name: '1' }, '1'],
    [{ component: 'body', name: 'first_name' }, 'first_name'],
    [{ component: 'header', name: '1' }, 'header_1'],
    [{ component: 'header', name: 'sale_name' }, 'sale_name'],
    [{ component: 'header', name: 'header_media' }, 'header_media'],
    [{ component: 'button', buttonIndex: 2, name: '1' }, 'button_2'],
  ] as const)('%j → %s (positional header and body {{1}} are different values)', (parameter, key) => {
    expect(parameterKey(parameter)).toBe(key);
  });

  it('accepts quick-reply payloads as optional button keys', () => {
    expect(optionalParameterKeys(positional())).toEqual(['button_1']);
    expect(optionalParameterKeys(named())).toEqual(['button_0']);
  });
});
