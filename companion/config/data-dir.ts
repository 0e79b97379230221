/**
 * Where the companion keeps its database, config file and sandbox secrets: the platform's per-user data directory
 * (~/.local/share/qbm-copilot, ~/Library/Application Support/qbm-copilot, %LOCALAPPDATA%\qbm-copilot\Data).
 */
import { mkdirSync } from 'node:fs';
import envPaths from 'env-paths';

export function defaultDataDir(): string {
  // No "-nodejs" suffix: the folder is named after the product, which people look for when backing it up.
  return envPaths('qbm-copilot', { suffix: '' }).data;
}

/**
 * Creates the directory (and missing parents) 0700: it holds customer phone numbers, consent proofs and the Cloud API
 * credentials. An existing directory keeps its mode: it may be one the user chose (--data-dir) and shares on purpose;
 * the secret files inside are 0600 on their own.
 */
export function ensureDataDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}
