/**
 * Loads the companion's configuration: finds the data directory and config file, reads the file (0600 or refused),
 * gets the sandbox secrets when needed, then hands everything to the pure resolveConfig. Precedence: flags, then
 * environment, then config file, then defaults.
 */
import { join, resolve } from 'node:path';
import { err, type Result } from '../../shared/result.ts';
import type { ConfigError } from './config-error.ts';
import { readConfigFile } from './config-file.ts';
import { type CompanionConfig, needsSandboxSecrets, resolveConfig } from './config-resolve.ts';
import { COMPANION_ENV } from './config-schema.ts';
import { defaultDataDir } from './data-dir.ts';
import { loadOrCreateSandboxSecrets } from './sandbox-secrets.ts';

export { type ConfigError, formatConfigError } from './config-error.ts';
export { readConfigFile, writeConfigFile } from './config-file.ts';
export type { CompanionConfig, WhatsAppSettings } from './config-resolve.ts';
export type { ConfigFile } from './config-schema.ts';
export { DEFAULT_GRAPH_BASE_URL, DEFAULT_GRAPH_VERSION, DEFAULT_PORT, type LogLevel } from './config-values.ts';
export { defaultDataDir, ensureDataDir } from './data-dir.ts';
export { SANDBOX_ACCESS_TOKEN, SANDBOX_GRAPH_PATH, SANDBOX_IDS } from './sandbox-defaults.ts';

export interface ConfigInput {
  env: Record<string, string | undefined>;
  args: { port?: string; dataDir?: string; configFile?: string };
}

export const CONFIG_FILE_NAME = 'config.json';

export function loadConfig(input: ConfigInput): Result<CompanionConfig, ConfigError> {
  const { env, args } = input;
  const dataDir = resolve(args.dataDir ?? (env[COMPANION_ENV.dataDir]?.trim() || defaultDataDir()));
  const configPath = resolve(args.configFile ?? join(dataDir, CONFIG_FILE_NAME));
  // An explicit --config that does not exist is a typo, not "no config": refuse it rather than start the sandbox.
  const file = readConfigFile(configPath, args.configFile !== undefined);
  if (!file.ok) return file;
  const sources = { env, args: { port: args.port }, file: file.value, configPath, dataDir };
  if (!needsSandboxSecrets(sources)) return resolveConfig(sources);
  const secrets = loadOrCreateSandboxSecrets(dataDir);
  if (!secrets.ok) return err(secrets.error);
  return resolveConfig({ ...sources, sandboxSecrets: secrets.value });
}
