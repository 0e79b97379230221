/**
 * Shapes of the two reads the `doctor` command makes that shared/contracts does not cover: the token check
 * (`GET /debug_token?input_token=…`) and the webhook subscription (`GET /{waba-id}/subscribed_apps`, spec §4).
 * Loose objects: Meta adds fields, and the doctor only needs a few.
 */
import * as v from 'valibot';

const GraphId = v.pipe(
  v.union([v.string(), v.number()]),
  v.transform((id) => String(id)),
);

export const DebugTokenSchema = v.looseObject({
  data: v.looseObject({
    is_valid: v.boolean(),
    app_id: v.optional(GraphId),
    type: v.optional(v.string()),
    /** Epoch seconds; 0 means the token never expires (system-user tokens). */
    expires_at: v.optional(v.number()),
    /** Absent on an invalid token. */
    scopes: v.optional(v.array(v.string()), []),
    granular_scopes: v.optional(
      v.array(v.looseObject({ scope: v.string(), target_ids: v.optional(v.array(GraphId), []) })),
      [],
    ),
  }),
});

const SubscribedAppSchema = v.looseObject({
  /** The current shape nests the app; older answers put id/name at the top level. */
  whatsapp_business_api_data: v.optional(v.looseObject({ id: v.optional(GraphId), name: v.optional(v.string()) })),
  id: v.optional(GraphId),
});

export const SubscribedAppsSchema = v.looseObject({ data: v.array(SubscribedAppSchema) });

export interface TokenInfo {
  isValid: boolean;
  scopes: string[];
  /** Epoch ms; absent when the token does not expire. */
  expiresAt?: number;
  /** The app the token belongs to: the one that must be subscribed to the WABA's webhooks. */
  appId?: string;
  /** e.g. SYSTEM_USER or USER. */
  type?: string;
  /** Which WABAs / businesses each scope reaches. */
  granularScopes: { scope: string; targetIds: string[] }[];
}

export interface Subscription {
  subscribed: boolean;
  /** Ids of the subscribed apps, to compare with TokenInfo.appId. */
  appIds: string[];
}

export function toTokenInfo(parsed: v.InferOutput<typeof DebugTokenSchema>): TokenInfo {
  const data = parsed.data;
  const info: TokenInfo = {
    isValid: data.is_valid,
    scopes: data.scopes,
    granularScopes: data.granular_scopes.map((g) => ({ scope: g.scope, targetIds: g.target_ids })),
  };
  if (data.expires_at !== undefined && data.expires_at > 0) info.expiresAt = data.expires_at * 1000;
  if (data.app_id !== undefined) info.appId = data.app_id;
  if (data.type !== undefined) info.type = data.type;
  return info;
}

export function toSubscription(parsed: v.InferOutput<typeof SubscribedAppsSchema>): Subscription {
  const appIds = parsed.data
    .map((app) => app.whatsapp_business_api_data?.id ?? app.id)
    .filter((id): id is string => id !== undefined);
  return { subscribed: parsed.data.length > 0, appIds };
}

/** valibot issues as one line for a `malformed` failure. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
    .join('; ');
}
