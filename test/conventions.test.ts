/**
 * House rules that a linter cannot express, checked over the source tree (refined-github's convention tests).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

const sharedSources = sourceFiles(join(root, 'shared')).filter((file) => !file.includes('.test.'));

describe('shared/ is the pure domain', () => {
  it('never reads the wall clock: time is passed in as a Clock', () => {
    const offenders = sharedSources.filter((file) =>
      /Date\.now\(\)|new Date\(\)|performance\.now\(\)/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it('never draws random numbers: ids and jitter come from the caller', () => {
    const offenders = sharedSources.filter((file) =>
      /Math\.random\(|crypto\.randomUUID\(/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it('has a test file beside every domain module', () => {
    const modules = sharedSources.filter((file) => !/(index|result|types)\.ts$/.test(file));
    const folders = new Set(modules.map((file) => join(file, '..')));
    const untested = [...folders].filter((folder) => !readdirSync(folder).some((name) => name.endsWith('.test.ts')));
    expect(untested.map((folder) => relative(root, folder))).toEqual([]);
  });
});
