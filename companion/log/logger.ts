/**
 * The companion's logger (pino, JSON lines). Two layers keep credentials and contacts out of the logs: pino's
 * `redact` on the known paths (fast, and it also sees what serializers produce, e.g. an error's own fields), and a
 * formatter that walks every log object for secret keys at any depth and masks contacts' phone numbers.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import { CENSOR, PHONE_KEYS, scrubLogObject, scrubPhoneValue } from './log-scrub.ts';

export type { Logger } from 'pino';
export { maskPhone, maskPhonesIn } from './mask-phone.ts';

export type LoggerLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LoggerOptions {
  level: LoggerLevel;
  /** Where the JSON lines go; stdout by default. */
  destination?: DestinationStream;
}

const SECRET_NAMES = ['authorization', 'accessToken', 'access_token', 'appSecret', 'token', 'verifyToken', 'apiToken'];

export const REDACT_PATHS: readonly string[] = [
  ...SECRET_NAMES,
  ...SECRET_NAMES.map((name) => `*.${name}`),
  'headers.authorization',
  'headers.Authorization',
  '*.headers.authorization',
  'config.whatsapp.accessToken',
  'config.whatsapp.appSecret',
  'config.whatsapp.verifyToken',
  'config.apiToken',
];

export function createLogger(options: LoggerOptions): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level,
    redact: { paths: [...REDACT_PATHS], censor: CENSOR },
    formatters: { log: (object) => scrubLogObject(object) },
    // pino runs `formatters.log` on each call's object but not on child bindings (logger.child({ to })); serializers
    // and redact apply to both, so the phone keys also get a serializer. Masking is idempotent.
    serializers: Object.fromEntries([...PHONE_KEYS].map((key) => [key, scrubPhoneValue])),
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
