import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from './config.test-helpers.ts';
import { defaultDataDir, ensureDataDir } from './data-dir.ts';

afterEach(removeTempDirs);

describe('data directory', () => {
  it('is named after the product, without the env-paths "-nodejs" suffix', () => {
    expect(defaultDataDir()).toMatch(/qbm-copilot(\/|\\Data)?$/);
    expect(defaultDataDir()).not.toContain('nodejs');
  });

  it.skipIf(process.platform === 'win32')('is created with its parents, readable by its owner only', () => {
    const dir = join(tempDir(), 'a', 'b');
    expect(ensureDataDir(dir)).toBe(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(ensureDataDir(dir)).toBe(dir); // a second start finds it there
  });
});
