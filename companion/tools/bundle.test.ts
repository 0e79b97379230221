import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPANION_BUNDLE, COMPANION_NODE_FLAGS } from './bundle.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the companion bundle', () => {
  it('is what `npm run companion` runs, with the flags the tests spawn it with', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.companion).toBe(
      `npm run -s build:companion && node ${COMPANION_NODE_FLAGS.join(' ')} ${relative(root, COMPANION_BUNDLE)}`,
    );
  });

  it('sits two levels below the repository root, as cli/start.ts assumes when it finds dist/', () => {
    expect(relative(root, COMPANION_BUNDLE).split(/[\\/]/)).toHaveLength(3);
  });
});
