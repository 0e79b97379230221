import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { healthyNumber } from '../../shared/policy/fixtures.test-helpers.ts';
import { openDatabase } from './database.ts';
import { createStore } from './store.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function twoConnections() {
  const dir = mkdtempSync(join(tmpdir(), 'qbm-numbers-'));
  dirs.push(dir);
  const file = join(dir, 'companion.db');
  // The daemon's connection, and another process's (a CLI command) on the same file.
  return { daemon: createStore(openDatabase(file)), other: createStore(openDatabase(file)) };
}

describe("the number's stored health", () => {
  it('is read back as written, and a change written by another connection is seen at once', () => {
    const { daemon, other } = twoConnections();
    const green = healthyNumber({ qualityRating: 'GREEN', updatedAt: 1 });
    daemon.numbers.put(green);
    expect(daemon.numbers.get(green.phoneNumberId)).toEqual(green);
    expect(daemon.numbers.get(green.phoneNumberId)).toEqual(green);

    const red = healthyNumber({ qualityRating: 'RED', updatedAt: 2 });
    other.numbers.put(red);
    expect(daemon.numbers.get(red.phoneNumberId)?.qualityRating).toBe('RED');
    expect(daemon.numbers.get('no-such-number')).toBeUndefined();
    daemon.db.close();
    other.db.close();
  });

  it('cannot be changed through the object a reader was given (readers share it)', () => {
    const { daemon, other } = twoConnections();
    const health = healthyNumber();
    daemon.numbers.put(health);
    const read = daemon.numbers.get(health.phoneNumberId);
    expect(() => {
      (read as { qualityRating: string }).qualityRating = 'RED';
    }).toThrow(TypeError);
    expect(() => (read?.healthEntities as unknown[] | undefined)?.push({})).toThrow(TypeError);
    expect(daemon.numbers.get(health.phoneNumberId)).toEqual(health);
    daemon.db.close();
    other.db.close();
  });
});
