/**
 * Pure assembly of the companion's configuration from flags, environment and the parsed config file (in that order of
 * precedence), without any I/O: config.ts reads the files and passes them in. Live mode iff an access token is set;
 * otherwise the sandbox, with fixed ids and per-data-dir secrets.
 */
import type { PolicySettings } from '../../shared/policy/settings.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import { type ConfigError, configError } from './config-error.ts';
import { resolvePolicy } from './config-policy.ts';
import { COMPANION_ENV, type ConfigFile, WHATSAPP_ENV, type WhatsAppFile } from './config-schema.ts';
import {
  DEFAULT_GRAPH_BASE_URL,
  DEFAULT_GRAPH_VERSION,
  DEFAULT_PORT,
  type LogLevel,
  parseApiToken,
  parseGraphBaseUrl,
  parseGraphId,
  parseGraphVersion,
  parseLogLevel,
  parsePort,
  type Sourced,
} from './config-values.ts';
import { SANDBOX_ACCESS_TOKEN, SANDBOX_IDS, sandboxGraphBaseUrl } from './sandbox-defaults.ts';
import type { SandboxSecrets } from './sandbox-secrets.ts';

export interface WhatsAppSettings {
  accessToken: string;
  phoneNumberId: string;
  wabaId: string;
  businessId: string;
  appSecret: string;
  verifyToken: string;
  graphVersion: string;
  graphBaseUrl: string;
}

export interface CompanionConfig {
  mode: 'sandbox' | 'live';
  host: '127.0.0.1';
  port: number;
  dataDir: string;
  /** The config file that was looked for (it may not exist). */
  configFile: string;
  apiToken?: string;
  whatsapp: WhatsAppSettings;
  policy: PolicySettings;
  logLevel: LogLevel;
}

export interface ConfigSources {
  env: Record<string, string | undefined>;
  args: { port?: string };
  file: ConfigFile | undefined;
  configPath: string;
  dataDir: string;
  /** Needed in sandbox mode when the app secret or verify token is not configured (see needsSandboxSecrets). */
  sandboxSecrets?: SandboxSecrets;
}

/** Ids that only mean something with a live token: set without one, the user most likely forgot the token. */
const LIVE_ONLY: readonly (keyof WhatsAppFile)[] = ['phoneNumberId', 'wabaId', 'businessId'];
const LIVE_REQUIRED: readonly (keyof WhatsAppFile)[] = [...LIVE_ONLY, 'appSecret', 'verifyToken'];

export function isLive(sources: Pick<ConfigSources, 'env' | 'file' | 'configPath'>): boolean {
  return pick(sources, 'accessToken') !== undefined;
}

export function needsSandboxSecrets(sources: Pick<ConfigSources, 'env' | 'file' | 'configPath'>): boolean {
  return !isLive(sources) && (pick(sources, 'appSecret') === undefined || pick(sources, 'verifyToken') === undefined);
}

export function resolveConfig(sources: ConfigSources): Result<CompanionConfig, ConfigError> {
  const { env, args, file, configPath } = sources;
  const portSource: Sourced<string | number> | undefined =
    args.port !== undefined
      ? { value: args.port, from: '--port' }
      : (fromEnv(env, COMPANION_ENV.port) ?? fromFile(file?.port, 'port', configPath));
  const port = portSource ? parsePort(portSource) : ok(DEFAULT_PORT);
  if (!port.ok) return port;
  const levelSource = fromEnv(env, COMPANION_ENV.logLevel) ?? fromFile(file?.logLevel, 'logLevel', configPath);
  const logLevel = levelSource ? parseLogLevel(levelSource) : ok<LogLevel>('info');
  if (!logLevel.ok) return logLevel;
  const apiTokenSource = fromEnv(env, COMPANION_ENV.apiToken) ?? fromFile(file?.apiToken, 'apiToken', configPath);
  const apiToken = apiTokenSource ? parseApiToken(apiTokenSource) : ok(undefined);
  if (!apiToken.ok) return apiToken;
  const whatsapp = isLive(sources) ? liveWhatsApp(sources) : sandboxWhatsApp(sources, port.value);
  if (!whatsapp.ok) return whatsapp;
  const policy = resolvePolicy(file?.policy, configPath);
  if (!policy.ok) return policy;
  const config: CompanionConfig = {
    mode: isLive(sources) ? 'live' : 'sandbox',
    host: '127.0.0.1',
    port: port.value,
    dataDir: sources.dataDir,
    configFile: configPath,
    whatsapp: whatsapp.value,
    policy: policy.value,
    logLevel: logLevel.value,
  };
  if (apiToken.value !== undefined) config.apiToken = apiToken.value;
  return ok(config);
}

function liveWhatsApp(sources: ConfigSources): Result<WhatsAppSettings, ConfigError> {
  const missing = LIVE_REQUIRED.filter((key) => pick(sources, key) === undefined);
  if (missing.length > 0) {
    return err(
      configError(
        missing.map((key) => `whatsapp.${key}`).join(', '),
        `A WhatsApp access token is set, so the companion runs live, but ${missing.length === 1 ? 'this setting is' : 'these settings are'} missing: ${missing.join(', ')}.`,
        `${missing.map((key) => howToSet(key, sources.configPath)).join('; ')} — or remove the access token to run the sandbox`,
      ),
    );
  }
  const ids: Partial<Record<keyof WhatsAppFile, string>> = {};
  for (const key of LIVE_ONLY) {
    const id = parseGraphId(`whatsapp.${key}`, pick(sources, key)!);
    if (!id.ok) return id;
    ids[key] = id.value;
  }
  const common = graphSettings(sources, DEFAULT_GRAPH_BASE_URL);
  if (!common.ok) return common;
  return ok({
    accessToken: pick(sources, 'accessToken')!.value,
    phoneNumberId: ids.phoneNumberId!,
    wabaId: ids.wabaId!,
    businessId: ids.businessId!,
    appSecret: pick(sources, 'appSecret')!.value,
    verifyToken: pick(sources, 'verifyToken')!.value,
    ...common.value,
  });
}

function sandboxWhatsApp(sources: ConfigSources, port: number): Result<WhatsAppSettings, ConfigError> {
  const stray = LIVE_ONLY.map((key) => pick(sources, key)).find((value) => value !== undefined);
  if (stray) {
    return err(
      configError(
        'whatsapp.accessToken',
        `${stray.from} is set but no WhatsApp access token is, so the companion would run the sandbox and ignore it.`,
        `${howToSet('accessToken', sources.configPath)} to run live, or remove ${stray.from} to run the sandbox`,
      ),
    );
  }
  const appSecret = pick(sources, 'appSecret')?.value ?? sources.sandboxSecrets?.appSecret;
  const verifyToken = pick(sources, 'verifyToken')?.value ?? sources.sandboxSecrets?.verifyToken;
  if (appSecret === undefined || verifyToken === undefined) {
    throw new Error('resolveConfig needs sandboxSecrets in sandbox mode when the secrets are not configured.');
  }
  const common = graphSettings(sources, sandboxGraphBaseUrl(port));
  if (!common.ok) return common;
  return ok({ accessToken: SANDBOX_ACCESS_TOKEN, ...SANDBOX_IDS, appSecret, verifyToken, ...common.value });
}

function graphSettings(
  sources: ConfigSources,
  defaultBaseUrl: string,
): Result<Pick<WhatsAppSettings, 'graphVersion' | 'graphBaseUrl'>, ConfigError> {
  const versionSource = pick(sources, 'graphVersion');
  const graphVersion = versionSource ? parseGraphVersion(versionSource) : ok(DEFAULT_GRAPH_VERSION);
  if (!graphVersion.ok) return graphVersion;
  const baseSource = pick(sources, 'graphBaseUrl');
  const graphBaseUrl = baseSource ? parseGraphBaseUrl(baseSource) : ok(defaultBaseUrl);
  if (!graphBaseUrl.ok) return graphBaseUrl;
  return ok({ graphVersion: graphVersion.value, graphBaseUrl: graphBaseUrl.value });
}

function howToSet(key: keyof WhatsAppFile, configPath: string): string {
  return `set ${WHATSAPP_ENV[key]} or "whatsapp.${key}" in ${configPath}`;
}

/** A `whatsapp.*` value: the environment beats the file. Blank values count as unset (an empty `KEY=` in a .env). */
function pick(
  sources: Pick<ConfigSources, 'env' | 'file' | 'configPath'>,
  key: keyof WhatsAppFile,
): Sourced | undefined {
  return (
    fromEnv(sources.env, WHATSAPP_ENV[key]) ??
    fromFile(sources.file?.whatsapp?.[key], `whatsapp.${key}`, sources.configPath)
  );
}

function fromEnv(env: Record<string, string | undefined>, name: string): Sourced | undefined {
  const value = env[name]?.trim();
  return value ? { value, from: name } : undefined;
}

function fromFile<T extends string | number>(
  value: T | undefined,
  key: string,
  configPath: string,
): Sourced<T> | undefined {
  if (value === undefined) return undefined;
  const trimmed = typeof value === 'string' ? (value.trim() as T) : value;
  return trimmed === '' ? undefined : { value: trimmed, from: `"${key}" in ${configPath}` };
}
