/**
 * The config file (`<dataDir>/config.json`) and the environment variables that set the same things. The file schema
 * only checks JSON types and refuses unknown keys (a misspelt "acessToken" silently ignored would start the sandbox
 * instead of the live number); the values themselves are checked in config-resolve.ts, the same way for env and file.
 */
import * as v from 'valibot';

const Text = v.string();

export const WhatsAppFileSchema = v.strictObject({
  accessToken: v.optional(Text),
  phoneNumberId: v.optional(Text),
  wabaId: v.optional(Text),
  businessId: v.optional(Text),
  appSecret: v.optional(Text),
  verifyToken: v.optional(Text),
  graphVersion: v.optional(Text),
  graphBaseUrl: v.optional(Text),
});

/** Any part of the policy may be given; the rest keeps DEFAULT_POLICY_SETTINGS. `quietHours: null` turns them off. */
export const PolicyFileSchema = v.strictObject({
  frequencyCap: v.optional(v.strictObject({ max: v.optional(v.number()), periodMs: v.optional(v.number()) })),
  quietHours: v.optional(v.nullable(v.strictObject({ start: Text, end: Text }))),
  defaultTimeZone: v.optional(Text),
});

export const ConfigFileSchema = v.strictObject({
  port: v.optional(v.number()),
  apiToken: v.optional(Text),
  logLevel: v.optional(Text),
  whatsapp: v.optional(WhatsAppFileSchema),
  policy: v.optional(PolicyFileSchema),
});

export type ConfigFile = v.InferOutput<typeof ConfigFileSchema>;
export type WhatsAppFile = NonNullable<ConfigFile['whatsapp']>;

/** The environment variable for each `whatsapp.*` key, for reading and for telling people what to set. */
export const WHATSAPP_ENV: Readonly<Record<keyof WhatsAppFile, string>> = {
  accessToken: 'WHATSAPP_ACCESS_TOKEN',
  phoneNumberId: 'WHATSAPP_PHONE_NUMBER_ID',
  wabaId: 'WHATSAPP_WABA_ID',
  businessId: 'WHATSAPP_BUSINESS_ID',
  appSecret: 'WHATSAPP_APP_SECRET',
  verifyToken: 'WHATSAPP_VERIFY_TOKEN',
  graphVersion: 'WHATSAPP_GRAPH_VERSION',
  graphBaseUrl: 'WHATSAPP_GRAPH_BASE_URL',
};

export const COMPANION_ENV = {
  port: 'QBM_PORT',
  dataDir: 'QBM_DATA_DIR',
  apiToken: 'QBM_API_TOKEN',
  logLevel: 'QBM_LOG_LEVEL',
} as const;

/** The keys allowed at a place in the file, to list them when an unknown one is refused. */
export function knownKeysAt(path: readonly string[]): string[] {
  let schema: v.GenericSchema = ConfigFileSchema;
  for (const key of path) {
    const inner = unwrap(schema);
    const entries = 'entries' in inner ? (inner.entries as Record<string, v.GenericSchema>) : undefined;
    const next = entries?.[key];
    if (!next) return [];
    schema = next;
  }
  const inner = unwrap(schema);
  return 'entries' in inner ? Object.keys(inner.entries as object) : [];
}

/** Looks through optional/nullable wrappers to the object schema. */
function unwrap(schema: v.GenericSchema): v.GenericSchema {
  let current: v.GenericSchema = schema;
  while ('wrapped' in current) current = current.wrapped as v.GenericSchema;
  return current;
}
