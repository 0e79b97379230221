/**
 * Sandbox mode: the simulated WhatsApp platform on its own loopback port (the companion's real Graph client talks to
 * it over HTTP; it signs and sends real webhooks back), the demo CRM, and a first-run seed of the demo contacts'
 * consent so the flow shows every verdict colour at once.
 */
import type { Hono } from 'hono';
import type { Clock } from '../../shared/time/clock.ts';
import type { CompanionConfig } from '../config/config.ts';
import type { Logger } from '../log/logger.ts';
import { createDemoCrm } from '../sandbox/demo-crm.ts';
import { withFaults } from '../sandbox/faults.ts';
import { createSandboxPlatform } from '../sandbox/platform.ts';
import { seedContacts } from '../sandbox/seed-contacts.ts';
import { startLoopback } from '../sandbox/serve.ts';
import type { Store } from '../store/store.ts';
import { sandboxRoutes } from './sandbox-routes.ts';
import { seedDemoConsent } from './seed-demo.ts';

export interface SandboxOptions {
  config: CompanionConfig;
  clock: Clock;
  newId: () => string;
  log: Logger;
  webhookUrl: () => string;
  deliveryDelays?: { sent: number; delivered: number; read: number };
}

export async function startSandbox(options: SandboxOptions) {
  const { config, clock } = options;
  // Built on first use (the demo CRM's first request, or the seed after the server listens), not before listening:
  // formatting the demo phones with libphonenumber was ~10 % of the companion's start.
  let built: ReturnType<typeof seedContacts> | undefined;
  const contacts = () => {
    built ??= seedContacts(clock.now());
    return built;
  };
  const platform = withFaults(
    createSandboxPlatform({
      appSecret: config.whatsapp.appSecret,
      accessToken: config.whatsapp.accessToken,
      phoneNumberId: config.whatsapp.phoneNumberId,
      displayPhoneNumber: '+1 555-010-4477',
      wabaId: config.whatsapp.wabaId,
      businessId: config.whatsapp.businessId,
      webhookUrl: options.webhookUrl,
      clock,
      nextId: options.newId,
      ...(options.deliveryDelays ? { deliveryDelays: options.deliveryDelays } : {}),
      // Unref'd timers: a webhook retry still pending must not keep the process alive after shutdown.
      schedule: (fn, ms) => void setTimeout(fn, ms).unref(),
      onError: (error) => options.log.warn({ error: String(error) }, 'sandbox platform'),
    }),
  );
  const server = await startLoopback(platform.app, 0);
  return {
    platform,
    graphBaseUrl: server.url,
    platformUrl: server.url,
    routes(afterStateChange: () => Promise<void>): { routes: Hono; demo: Hono } {
      return { routes: sandboxRoutes(platform, afterStateChange), demo: createDemoCrm({ contacts }) };
    },
    seed(store: Store, now: number): void {
      seedDemoConsent(store, contacts(), now);
    },
    async close(): Promise<void> {
      // A request held by a `timeout` fault would otherwise keep server.close() waiting.
      platform.faults.releaseHeld();
      await server.close();
    },
  };
}
