/** The Firefox build passes Mozilla's add-on linter with no errors (issue 4), checked on every test run. */
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import webExt from 'web-ext';

it('web-ext lint reports no errors on dist-firefox', async () => {
  const result = (await webExt.cmd.lint(
    { sourceDir: resolve(import.meta.dirname, '..', '..', 'dist-firefox'), output: 'json', boring: true },
    { shouldExitProgram: false },
  )) as { errors: { code: string; message: string; file?: string }[]; summary: { errors: number } };
  expect(result.errors).toEqual([]);
  expect(result.summary.errors).toBe(0);
});
