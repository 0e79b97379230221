/**
 * Checks of single settings, the same whether the value came from a flag, the environment or the config file. Each
 * check says where the bad value came from (`--port`, `QBM_PORT`, `"port" in …/config.json`) and how to fix it.
 */
import { err, ok, type Result } from '../../shared/result.ts';
import { type ConfigError, configError } from './config-error.ts';

/** A value and where it was read, for error messages. */
export interface Sourced<T = string> {
  value: T;
  from: string;
}

export const DEFAULT_PORT = 7717;
export const DEFAULT_GRAPH_VERSION = 'v24.0';
export const DEFAULT_GRAPH_BASE_URL = 'https://graph.facebook.com';
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** Long enough that a local process cannot guess it; `openssl rand -hex 24` gives 48. */
export const MIN_API_TOKEN_LENGTH = 16;

const MIN_GRAPH_MAJOR = 24;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function parsePort(port: Sourced<string | number>): Result<number, ConfigError> {
  const text = String(port.value).trim();
  const number = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isInteger(number) && number >= 1 && number <= 65535) return ok(number);
  return err(
    configError(
      'port',
      `${port.from} is "${text}", which is not a TCP port.`,
      `use a whole number from 1 to 65535 (default ${DEFAULT_PORT})`,
    ),
  );
}

/** `vMAJOR.MINOR`, at least v24.0. */
export function parseGraphVersion(version: Sourced): Result<string, ConfigError> {
  const match = /^v(\d+)\.(\d+)$/.exec(version.value);
  const fix = `set ${version.from} to a Graph API version such as "${DEFAULT_GRAPH_VERSION}" (or remove it to use ${DEFAULT_GRAPH_VERSION})`;
  if (!match)
    return err(
      configError('whatsapp.graphVersion', `${version.from} is "${version.value}", not a version like "v24.0".`, fix),
    );
  if (Number(match[1]) < MIN_GRAPH_MAJOR) {
    return err(
      configError(
        'whatsapp.graphVersion',
        `${version.from} is "${version.value}", but QBM Copilot needs Graph API v24.0 or newer: the messaging limit is read from whatsapp_business_manager_messaging_limit, which replaced messaging_limit_tier in v24.0.`,
        fix,
      ),
    );
  }
  return ok(version.value);
}

/**
 * An http(s) URL without query; plain http only to this machine (the sandbox or a local fake), since every request
 * carries the access token. Trailing slashes are dropped: the client appends `/{version}/…`.
 */
export function parseGraphBaseUrl(url: Sourced): Result<string, ConfigError> {
  const fix = `set ${url.from} to ${DEFAULT_GRAPH_BASE_URL} (or remove it), or to an http://127.0.0.1:port address for a local test server`;
  let parsed: URL;
  try {
    parsed = new URL(url.value);
  } catch {
    return err(configError('whatsapp.graphBaseUrl', `${url.from} is "${url.value}", which is not a URL.`, fix));
  }
  const secure = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname));
  if (!secure || parsed.search !== '' || parsed.hash !== '' || parsed.username !== '' || parsed.password !== '') {
    return err(
      configError(
        'whatsapp.graphBaseUrl',
        `${url.from} is "${url.value}": it must be https (http only to 127.0.0.1/localhost), without query, fragment or credentials, because every request carries the access token.`,
        fix,
      ),
    );
  }
  return ok(parsed.href.replace(/\/+$/, ''));
}

/** Graph object ids are digits. The classic mistake is the phone number itself in place of its id. */
export function parseGraphId(setting: string, id: Sourced): Result<string, ConfigError> {
  if (/^\d{1,30}$/.test(id.value)) return ok(id.value);
  const hint =
    setting === 'whatsapp.phoneNumberId'
      ? 'use the "Phone number ID" shown in WhatsApp Manager or the app dashboard (WhatsApp > API Setup), not the phone number itself'
      : `use the numeric id from Meta Business Suite (Business settings) for ${setting}`;
  return err(configError(setting, `${id.from} is "${id.value}", but Graph ids are digits only.`, hint));
}

export function parseLogLevel(level: Sourced): Result<LogLevel, ConfigError> {
  const lower = level.value.toLowerCase();
  const found = LOG_LEVELS.find((known) => known === lower);
  if (found) return ok(found);
  return err(
    configError(
      'logLevel',
      `${level.from} is "${level.value}", not a log level.`,
      `use one of ${LOG_LEVELS.join(', ')} (default info)`,
    ),
  );
}

export function parseApiToken(token: Sourced): Result<string, ConfigError> {
  if (token.value.length >= MIN_API_TOKEN_LENGTH && !/\s/.test(token.value)) return ok(token.value);
  return err(
    configError(
      'apiToken',
      `${token.from} must be at least ${MIN_API_TOKEN_LENGTH} characters without spaces: any local program could guess a shorter one and send messages.`,
      `generate one with: openssl rand -hex 24`,
    ),
  );
}
