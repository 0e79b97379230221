/**
 * The team's send policy: DEFAULT_POLICY_SETTINGS with whatever the config file overrides, validated as a whole with
 * the shared PolicySettingsSchema so the companion and the options page accept exactly the same values.
 */
import * as v from 'valibot';
import { DEFAULT_POLICY_SETTINGS, type PolicySettings, PolicySettingsSchema } from '../../shared/policy/settings.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import { type ConfigError, configError } from './config-error.ts';
import type { ConfigFile } from './config-schema.ts';

export function resolvePolicy(
  overrides: ConfigFile['policy'],
  configPath: string,
): Result<PolicySettings, ConfigError> {
  const merged = {
    frequencyCap: { ...DEFAULT_POLICY_SETTINGS.frequencyCap, ...overrides?.frequencyCap },
    // `null` is a real value here (quiet hours off), so only an absent key keeps the default.
    quietHours: overrides && 'quietHours' in overrides ? overrides.quietHours : DEFAULT_POLICY_SETTINGS.quietHours,
    defaultTimeZone: overrides?.defaultTimeZone ?? DEFAULT_POLICY_SETTINGS.defaultTimeZone,
  };
  const parsed = v.safeParse(PolicySettingsSchema, merged);
  if (parsed.success) return ok(parsed.output);
  const issue = parsed.issues[0]!;
  const setting = ['policy', ...(issue.path ?? []).map((item) => String(item.key))].join('.');
  return err(
    configError(
      setting,
      `"${setting}" in ${configPath}: ${issue.message}`,
      `correct "${setting}" in ${configPath}, or remove it to use the default`,
    ),
  );
}
