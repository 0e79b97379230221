import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds } from './json-depth.ts';

describe('JSON nesting guard', () => {
  it('lets real payloads through and stops pathological nesting', () => {
    expect(jsonDepthExceeds('{"entry":[{"changes":[{"value":{"messages":[{"text":{"body":"[[[["}}]}}]}]}')).toBe(false);
    expect(jsonDepthExceeds(`${'['.repeat(65)}${']'.repeat(65)}`)).toBe(true);
    expect(jsonDepthExceeds(`{"a":"${'{'.repeat(500)}"}`)).toBe(false); // brackets inside strings do not count
    expect(jsonDepthExceeds(`{"a":"\\"${'['.repeat(100)}"}`)).toBe(false); // nor after an escaped quote
  });
});
