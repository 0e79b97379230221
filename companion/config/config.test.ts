import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_SETTINGS } from '../../shared/policy/settings.ts';
import { expectConfigError, LIVE_ENV, removeTempDirs, tempDir, writeRawConfig } from './config.test-helpers.ts';
import { formatConfigError, loadConfig, SANDBOX_IDS } from './config.ts';

afterEach(removeTempDirs);

const load = (env: Record<string, string | undefined>, args: Record<string, string> = {}) =>
  loadConfig({ env, args: { dataDir: args.dataDir ?? tempDir(), ...args } });

describe('sandbox mode', () => {
  it('runs the sandbox with fixed ids and defaults when no access token is configured', () => {
    const dataDir = tempDir();
    const result = loadConfig({ env: {}, args: { dataDir } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      mode: 'sandbox',
      host: '127.0.0.1',
      port: 7717,
      dataDir,
      configFile: join(dataDir, 'config.json'),
      logLevel: 'info',
      policy: DEFAULT_POLICY_SETTINGS,
      whatsapp: { ...SANDBOX_IDS, graphVersion: 'v24.0', graphBaseUrl: 'http://127.0.0.1:7717/sandbox/graph' },
    });
    expect(result.value.apiToken).toBeUndefined();
  });

  it('keeps the generated app secret and verify token across restarts, in a 0600 file', () => {
    const dataDir = tempDir();
    const first = loadConfig({ env: {}, args: { dataDir } });
    const second = loadConfig({ env: {}, args: { dataDir } });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.value.whatsapp.appSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(second.value.whatsapp.appSecret).toBe(first.value.whatsapp.appSecret);
    expect(second.value.whatsapp.verifyToken).toBe(first.value.whatsapp.verifyToken);
    expect(statSync(join(dataDir, 'sandbox-secrets.json')).mode & 0o777).toBe(0o600);
    expect(loadConfig({ env: {}, args: { dataDir: tempDir() } })).not.toMatchObject({
      value: { whatsapp: { appSecret: first.value.whatsapp.appSecret } },
    });
  });

  it('takes the secrets from the environment so outside tools can sign webhooks, writing no secrets file', () => {
    const dataDir = tempDir();
    const result = loadConfig({
      env: { WHATSAPP_APP_SECRET: 's3cret', WHATSAPP_VERIFY_TOKEN: 'v3rify' },
      args: { dataDir },
    });
    expect(result).toMatchObject({
      ok: true,
      value: { mode: 'sandbox', whatsapp: { appSecret: 's3cret', verifyToken: 'v3rify' } },
    });
    expect(existsSync(join(dataDir, 'sandbox-secrets.json'))).toBe(false);
  });

  it('refuses a live id without an access token instead of silently running the sandbox', () => {
    const error = expectConfigError(load({ WHATSAPP_PHONE_NUMBER_ID: '123' }), 'whatsapp.accessToken');
    expect(error.message).toContain('WHATSAPP_PHONE_NUMBER_ID');
    expect(error.fix).toContain('WHATSAPP_ACCESS_TOKEN');
  });
});

describe('live mode', () => {
  it('runs live with every setting from the environment', () => {
    const result = load({ ...LIVE_ENV });
    expect(result).toMatchObject({
      ok: true,
      value: {
        mode: 'live',
        whatsapp: {
          accessToken: LIVE_ENV.WHATSAPP_ACCESS_TOKEN,
          phoneNumberId: LIVE_ENV.WHATSAPP_PHONE_NUMBER_ID,
          graphBaseUrl: 'https://graph.facebook.com',
          graphVersion: 'v24.0',
        },
      },
    });
  });

  it('names every missing setting with its env var and config key', () => {
    const error = expectConfigError(load({ WHATSAPP_ACCESS_TOKEN: 'EAAG' }), /whatsapp\.phoneNumberId/);
    for (const [key, env] of [
      ['phoneNumberId', 'WHATSAPP_PHONE_NUMBER_ID'],
      ['wabaId', 'WHATSAPP_WABA_ID'],
      ['businessId', 'WHATSAPP_BUSINESS_ID'],
      ['appSecret', 'WHATSAPP_APP_SECRET'],
      ['verifyToken', 'WHATSAPP_VERIFY_TOKEN'],
    ]) {
      expect(error.setting).toContain(`whatsapp.${key}`);
      expect(error.fix).toContain(env);
      expect(error.fix).toContain(`"whatsapp.${key}"`);
    }
  });

  it('names only the settings that are missing', () => {
    const { WHATSAPP_APP_SECRET: _, ...env } = LIVE_ENV;
    const error = expectConfigError(load(env), 'whatsapp.appSecret');
    expect(error.setting).toBe('whatsapp.appSecret');
  });

  it('refuses a phone number where the phone number id belongs', () => {
    const error = expectConfigError(
      load({ ...LIVE_ENV, WHATSAPP_PHONE_NUMBER_ID: '+5511987654321' }),
      'whatsapp.phoneNumberId',
    );
    expect(error.fix).toContain('Phone number ID');
  });

  it.each(['v23.0', 'v19.0'])('refuses Graph version %s and says why', (version) => {
    const error = expectConfigError(load({ ...LIVE_ENV, WHATSAPP_GRAPH_VERSION: version }), 'whatsapp.graphVersion');
    expect(error.message).toContain('whatsapp_business_manager_messaging_limit');
  });

  it.each(['24.0', 'v24', 'latest'])('refuses the malformed Graph version %s', (version) => {
    expectConfigError(load({ ...LIVE_ENV, WHATSAPP_GRAPH_VERSION: version }), 'whatsapp.graphVersion');
  });

  it('accepts a newer Graph version', () => {
    expect(load({ ...LIVE_ENV, WHATSAPP_GRAPH_VERSION: 'v25.0' })).toMatchObject({
      value: { whatsapp: { graphVersion: 'v25.0' } },
    });
  });

  it('refuses to send the token over plain http to another host', () => {
    const result = load({ ...LIVE_ENV, WHATSAPP_GRAPH_BASE_URL: 'http://graph.example.com' });
    expectConfigError(result, 'whatsapp.graphBaseUrl');
    const local = load({ ...LIVE_ENV, WHATSAPP_GRAPH_BASE_URL: 'http://127.0.0.1:9999/' });
    expect(local).toMatchObject({ value: { whatsapp: { graphBaseUrl: 'http://127.0.0.1:9999' } } });
  });
});

describe('sources and precedence', () => {
  it('lets the environment beat the file, and --port beat both', () => {
    const dataDir = tempDir();
    writeRawConfig(dataDir, { port: 8000, logLevel: 'warn', whatsapp: { ...fileWhatsApp(), graphVersion: 'v25.0' } });
    const env = { QBM_PORT: '9000', QBM_LOG_LEVEL: 'debug', WHATSAPP_GRAPH_VERSION: 'v26.0' };
    expect(loadConfig({ env, args: { dataDir } })).toMatchObject({
      value: { mode: 'live', port: 9000, logLevel: 'debug', whatsapp: { graphVersion: 'v26.0', wabaId: '2' } },
    });
    expect(loadConfig({ env, args: { dataDir, port: '9100' } })).toMatchObject({ value: { port: 9100 } });
  });

  it('reads a config file given with --config', () => {
    const path = writeRawConfig(tempDir(), { whatsapp: fileWhatsApp() });
    expect(load({}, { configFile: path })).toMatchObject({ value: { mode: 'live', configFile: path } });
  });

  it('refuses a --config file that does not exist', () => {
    expectConfigError(load({}, { configFile: join(tempDir(), 'nope.json') }), 'config file');
  });

  it('picks up QBM_API_TOKEN and refuses one too short to be safe', () => {
    expect(load({ QBM_API_TOKEN: 'a'.repeat(32) })).toMatchObject({ value: { apiToken: 'a'.repeat(32) } });
    expectConfigError(load({ QBM_API_TOKEN: 'short' }), 'apiToken');
  });

  it('takes the data directory from QBM_DATA_DIR', () => {
    const dataDir = tempDir();
    expect(loadConfig({ env: { QBM_DATA_DIR: dataDir }, args: {} })).toMatchObject({ value: { dataDir } });
  });

  it.each(['0', '65536', '80.5', 'http'])('refuses the port %s', (port) => {
    expectConfigError(load({ QBM_PORT: port }), 'port');
  });

  it('merges policy overrides onto the defaults and validates them', () => {
    const dataDir = tempDir();
    writeRawConfig(dataDir, { policy: { frequencyCap: { max: 5 }, quietHours: null } });
    expect(loadConfig({ env: {}, args: { dataDir } })).toMatchObject({
      value: {
        policy: {
          ...DEFAULT_POLICY_SETTINGS,
          frequencyCap: { ...DEFAULT_POLICY_SETTINGS.frequencyCap, max: 5 },
          quietHours: null,
        },
      },
    });
    writeRawConfig(dataDir, { policy: { defaultTimeZone: 'Mars/Olympus' } });
    expectConfigError(loadConfig({ env: {}, args: { dataDir } }), 'policy.defaultTimeZone');
  });
});

describe('formatConfigError', () => {
  it('gives one paragraph with the setting, the problem and the fix', () => {
    const text = formatConfigError({ setting: 'port', message: 'QBM_PORT is "x"', fix: 'use a number' });
    expect(text).toBe(
      'QBM Copilot cannot start, its configuration is wrong (port): QBM_PORT is "x". To fix it: use a number.',
    );
    expect(text).not.toContain('\n');
  });
});

function fileWhatsApp() {
  return {
    accessToken: 'EAAGfile',
    phoneNumberId: '1',
    wabaId: '2',
    businessId: '3',
    appSecret: 'sec',
    verifyToken: 'ver',
  };
}
