/**
 * Reading and writing `config.json`. It holds the Cloud API access token and the app secret, so it must be readable by
 * its owner only (0600): a group- or world-readable file is refused, not silently fixed, because the secrets in it may
 * already have been read and should be rotated.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as v from 'valibot';
import { err, ok, type Result } from '../../shared/result.ts';
import { type ConfigError, configError } from './config-error.ts';
import { type ConfigFile, ConfigFileSchema, knownKeysAt } from './config-schema.ts';

/** Windows has no POSIX modes: Node reports 0666 for every file, so the check would always fail there. */
const CHECK_MODE = process.platform !== 'win32';

/** The parsed file, or undefined when it does not exist and `required` is false. */
export function readConfigFile(path: string, required = false): Result<ConfigFile | undefined, ConfigError> {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (error) {
    if (errorCode(error) === 'ENOENT' && !required) return ok(undefined);
    return err(
      configError(
        'config file',
        `${path} cannot be read (${errorCode(error) ?? String(error)}).`,
        fixRead(path, error),
      ),
    );
  }
  if (CHECK_MODE && (mode & 0o077) !== 0) {
    const octal = (mode & 0o777).toString(8).padStart(3, '0');
    return err(
      configError(
        'config file',
        `${path} holds the WhatsApp access token and app secret but other users can read it (mode ${octal}).`,
        `run: chmod 600 ${path} — and if others may have read it, rotate the access token and app secret`,
      ),
    );
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return err(
      configError(
        'config file',
        `${path} cannot be read (${errorCode(error) ?? String(error)}).`,
        fixRead(path, error),
      ),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return err(
      configError(
        'config file',
        `${path} is not valid JSON: ${jsonProblem(error, text)}`,
        `correct the JSON in ${path}`,
      ),
    );
  }
  return parseConfigFile(json, path);
}

/** Checks the JSON types and refuses unknown keys, naming the first offending key. */
export function parseConfigFile(json: unknown, path: string): Result<ConfigFile, ConfigError> {
  // valibot accepts an array as an object (and then calls its indexes unknown keys): say what is really wrong.
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return err(
      configError(
        'config file',
        `${path} must hold a JSON object.`,
        `write the settings as { "key": value } in ${path}`,
      ),
    );
  }
  const parsed = v.safeParse(ConfigFileSchema, json);
  if (parsed.success) return ok(parsed.output);
  const issue = parsed.issues[0]!;
  const keys = (issue.path ?? []).map((item) => String(item.key));
  const setting = keys.join('.') || 'config file';
  if (issue.type === 'strict_object' && keys.length > 0) {
    const known = knownKeysAt(keys.slice(0, -1));
    return err(
      configError(
        setting,
        `${path} has an unknown setting "${setting}".`,
        `remove it or correct its spelling; allowed here: ${known.join(', ')}`,
      ),
    );
  }
  return err(
    configError(
      setting,
      `"${setting}" in ${path}: ${issue.message}.`,
      `give "${setting}" a value of type ${issue.expected ?? 'as documented'}`,
    ),
  );
}

/**
 * Writes the file 0600 (parent directory created 0700), replacing it atomically: a crash never leaves half a config
 * with the token in it. The content replaces the old one; read and merge first to change a single key.
 */
export function writeConfigFile(path: string, partial: ConfigFile): Result<void, ConfigError> {
  const parsed = parseConfigFile(partial, path);
  if (!parsed.ok) return parsed;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(parsed.value, null, 2)}\n`, { mode: 0o600, flag: 'w' });
    chmodSync(temporary, 0o600); // a stale temp file from a crash keeps its old mode with flag 'w'
    renameSync(temporary, path);
    return ok(undefined);
  } catch (error) {
    return err(
      configError(
        'config file',
        `${path} cannot be written (${errorCode(error) ?? String(error)}).`,
        fixRead(path, error),
      ),
    );
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function fixRead(path: string, error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return `create ${path}, or drop --config to use the default file in the data directory`;
    case 'EACCES':
    case 'EPERM':
      return `make ${path} readable and writable by the user running the companion (chown, then chmod 600)`;
    case 'EISDIR':
      return `point --config at a JSON file, not a directory`;
    default:
      return `check that ${path} is a regular file the companion can access`;
  }
}

/** V8's message gives "position N" and, on recent versions, "(line L column C)"; add line/column when it does not. */
function jsonProblem(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/line \d+/.test(message)) return message;
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `${message} (line ${line} column ${column})`;
}
