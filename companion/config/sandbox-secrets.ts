/**
 * The sandbox's app secret and verify token: random per data directory and kept in `sandbox-secrets.json` (0600), so
 * webhooks signed by the simulator (or by a tool given these values) still verify after a restart. They protect only
 * simulated data, so a file with a looser mode is tightened rather than refused.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { err, ok, type Result } from '../../shared/result.ts';
import { type ConfigError, configError } from './config-error.ts';
import { ensureDataDir } from './data-dir.ts';

export interface SandboxSecrets {
  appSecret: string;
  verifyToken: string;
}

const SandboxSecretsSchema = v.object({
  appSecret: v.pipe(v.string(), v.minLength(16)),
  verifyToken: v.pipe(v.string(), v.minLength(16)),
});

export function sandboxSecretsPath(dataDir: string): string {
  return join(dataDir, 'sandbox-secrets.json');
}

export function generateSandboxSecrets(): SandboxSecrets {
  // 32 bytes as hex, the same shape as a Meta app secret; the verify token only has to be unguessable.
  return { appSecret: randomBytes(32).toString('hex'), verifyToken: randomBytes(24).toString('base64url') };
}

export function loadOrCreateSandboxSecrets(dataDir: string): Result<SandboxSecrets, ConfigError> {
  const path = sandboxSecretsPath(dataDir);
  const existing = readSecrets(path);
  if (existing !== 'missing') return existing;
  const secrets = generateSandboxSecrets();
  try {
    ensureDataDir(dataDir);
    // 'wx': when two companions start together the second one fails here and reads the first one's secrets.
    writeFileSync(path, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return ok(secrets);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') {
      const raced = readSecrets(path);
      if (raced !== 'missing') return raced;
    }
    return err(
      configError(
        'data directory',
        `${path} cannot be written (${String(error)}).`,
        `make ${dataDir} writable, or choose another with --data-dir`,
      ),
    );
  }
}

function readSecrets(path: string): Result<SandboxSecrets, ConfigError> | 'missing' {
  let text: string;
  try {
    if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return 'missing';
    return err(
      configError(
        'sandbox secrets',
        `${path} cannot be read (${String(error)}).`,
        `make it readable, or delete it to get new secrets`,
      ),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = v.safeParse(SandboxSecretsSchema, json);
  if (parsed.success) return ok(parsed.output);
  return err(
    configError(
      'sandbox secrets',
      `${path} is damaged.`,
      `delete ${path}; the companion writes new sandbox secrets at the next start (tools that sign sandbox webhooks need the new app secret)`,
    ),
  );
}
