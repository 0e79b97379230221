/**
 * The sandbox's simulated WhatsApp platform: a Graph API the companion's real Graph client talks to over HTTP, and
 * signed webhooks it sends back to the companion, from a state of its own (windows, limits, opt-outs, templates,
 * quality, health). Test and demo controls drive the "other side": a customer writing (`customerWrites`) and Meta
 * changing the account (`setState`). Build with `createSandboxPlatform`, serve `app` with serve.ts.
 */
import type { Hono } from 'hono';
import type { BusinessNumber } from '../../shared/contracts/webhook-builders.ts';
import type { Clock } from '../../shared/time/clock.ts';
import { applySettings } from './account-webhooks.ts';
import { createGraphApp } from './graph-app.ts';
import { type CustomerMessage, customerWrites } from './inbound.ts';
import { DEFAULT_DELIVERY_DELAYS, type DeliveryDelays, type OutboundDeps } from './outbound.ts';
import { createPendingWork, realSchedule, type Schedule } from './pending-work.ts';
import { createPlatformState, type PlatformSettings, type SandboxPlatformState } from './platform-state.ts';
import { type GraphTemplateJson, SEED_TEMPLATES } from './seed-templates.ts';
import { createWebhookSender } from './webhook-sender.ts';

export interface SandboxPlatformOptions {
  /** Signs webhooks (X-Hub-Signature-256). */
  appSecret: string;
  /** The only token the Graph API accepts. */
  accessToken: string;
  phoneNumberId: string;
  /** As Graph shows it, e.g. "+1 555-010-4477"; webhooks carry its digits. */
  displayPhoneNumber: string;
  wabaId: string;
  businessId: string;
  /** The companion's webhook endpoint; undefined while it is not listening (deliveries are retried). */
  webhookUrl: () => string | undefined;
  clock: Clock;
  nextId: () => string;
  schedule?: Schedule;
  /** ms from the send to each status; defaults 50 / 150 / 1000. */
  deliveryDelays?: DeliveryDelays;
  fetch?: typeof fetch;
  /** Defaults: SEED_TEMPLATES; TIER_250, GREEN, AVAILABLE. */
  templates?: readonly GraphTemplateJson[];
  initialState?: Partial<PlatformSettings>;
  appId?: string;
  verifiedName?: string;
  /** ms before each webhook retry (webhook-sender.ts). */
  retryDelays?: readonly number[];
  /** Errors nobody awaits (a timer's) and webhooks dropped after the last retry. */
  onError?: (error: unknown) => void;
}

export interface SandboxPlatform {
  app: Hono;
  state: SandboxPlatformState;
  /** A customer writes to the business; resolves once the webhook(s) were delivered. */
  customerWrites(input: CustomerMessage): Promise<void>;
  /** Meta changes the tier, quality or health; resolves once the matching webhook (if any) was delivered. */
  setState(patch: Partial<PlatformSettings>): Promise<void>;
  /** Resolves when every queued webhook was delivered or given up on, including statuses still to come. */
  flush(): Promise<void>;
}

export function createSandboxPlatform(options: SandboxPlatformOptions): SandboxPlatform {
  const onError = options.onError ?? ((error: unknown) => console.error('[sandbox platform]', error));
  const work = createPendingWork(options.schedule ?? realSchedule, onError);
  const state = createPlatformState(options.templates ?? SEED_TEMPLATES, options.initialState);
  const business: BusinessNumber = {
    wabaId: options.wabaId,
    phoneNumberId: options.phoneNumberId,
    displayPhoneNumber: options.displayPhoneNumber.replace(/\D/g, ''),
  };
  const sender = createWebhookSender({
    appSecret: options.appSecret,
    url: options.webhookUrl,
    fetch: options.fetch ?? fetch,
    work,
    retryDelays: options.retryDelays,
    onDrop: (body, reason) => onError(new Error(`webhook dropped after retries (${reason}): ${JSON.stringify(body)}`)),
  });
  const { clock, nextId } = options;
  const outbound: OutboundDeps = {
    state,
    clock,
    nextId,
    business,
    work,
    sender,
    delays: options.deliveryDelays ?? DEFAULT_DELIVERY_DELAYS,
  };
  const app = createGraphApp({
    accessToken: options.accessToken,
    identity: {
      phoneNumberId: options.phoneNumberId,
      displayPhoneNumber: options.displayPhoneNumber,
      verifiedName: options.verifiedName ?? 'QBM Demo Store',
      wabaId: options.wabaId,
      businessId: options.businessId,
      appId: options.appId ?? '100000000000001',
    },
    state,
    clock,
    nextId,
    outbound,
  });
  return {
    app,
    state,
    customerWrites: (input) => work.track(customerWrites({ state, clock, nextId, business, sender }, input)),
    setState: (patch) => work.track(applySettings({ state, clock, business, sender }, patch)),
    flush: () => work.idle(),
  };
}
