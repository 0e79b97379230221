/** Temporary data directories and live-mode environments for the config tests. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Result } from '../../shared/result.ts';
import type { ConfigError } from './config-error.ts';

export const LIVE_ENV = {
  WHATSAPP_ACCESS_TOKEN: 'EAAGlivetoken',
  WHATSAPP_PHONE_NUMBER_ID: '109876543210',
  WHATSAPP_WABA_ID: '209876543210',
  WHATSAPP_BUSINESS_ID: '309876543210',
  WHATSAPP_APP_SECRET: 'f00dfeedf00dfeedf00dfeedf00dfeed',
  WHATSAPP_VERIFY_TOKEN: 'verify-me',
} as const;

const made: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qbm-config-'));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes a config file as a person would, with the given mode. */
export function writeRawConfig(dir: string, content: unknown, mode = 0o600): string {
  const path = join(dir, 'config.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  chmodSync(path, mode);
  return path;
}

/** The result is an error about `setting`, with a message and a fix a person can act on; returns the error. */
export function expectConfigError<T>(result: Result<T, ConfigError>, setting: string | RegExp): ConfigError {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a config error');
  expect(result.error.setting).toMatch(setting);
  expect(result.error.message.length).toBeGreaterThan(10);
  expect(result.error.fix.length).toBeGreaterThan(10);
  return result.error;
}
