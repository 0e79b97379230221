/**
 * Starts the companion: database, Graph client, gate, poller and HTTP server on 127.0.0.1 — and in sandbox mode the
 * simulated WhatsApp platform on its own loopback port, which the same Graph client talks to over HTTP, plus the
 * demo CRM. Returns what `npm start` prints and a close() that stops everything in order.
 */
import { join } from 'node:path';
import pino from 'pino';
import { monotonicFactory } from 'ulid';
import type { Clock } from '../../shared/time/clock.ts';
import { createApp } from '../app.ts';
import type { CompanionConfig } from '../config/config.ts';
import { ensureDataDir } from '../config/data-dir.ts';
import { createSendGate } from '../gate/send-gate.ts';
import { reconcileInterrupted } from '../gate/settle.ts';
import { createContactLookup } from '../http/contact-lookup.ts';
import { startLookupReader } from '../http/lookup-reader.ts';
import { createPairing } from '../http/pairing.ts';
import { createWebhookReceiver } from '../http/webhook-receiver.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import type { LoopbackServer } from '../sandbox/serve.ts';
import { openDatabase } from '../store/database.ts';
import { createStore } from '../store/store.ts';
import { createPoller } from '../sync/poller.ts';
import { createGraphClient } from '../whatsapp/graph-client.ts';
import { listenCompanion } from './listen.ts';
import { startSandbox } from './sandbox.ts';
import { VERSION } from './version.ts';

export interface RunningCompanion {
  url: string;
  port: number;
  mode: 'sandbox' | 'live';
  dataDir: string;
  logFile: string;
  pairingCode: string;
  pairingExpiresAt: number;
  /** Sandbox only: the simulated platform and the demo CRM. */
  platformUrl?: string;
  demoUrl?: string;
  log: Logger;
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  logDestination?: Parameters<typeof createLogger>[0]['destination'];
  /** Sandbox delivery delays (ms) for sent/delivered/read; tests shorten them. */
  deliveryDelays?: { sent: number; delivered: number; read: number };
}

export async function startCompanion(config: CompanionConfig, options: StartOptions = {}): Promise<RunningCompanion> {
  process.umask(0o077); // the database, its WAL and every file we write are the user's alone
  const clock = options.clock ?? { now: () => Date.now() };
  const dataDir = ensureDataDir(config.dataDir);
  const logFile = join(dataDir, 'companion.log');
  const log = createLogger({
    level: config.logLevel,
    destination: options.logDestination ?? pino.destination({ dest: logFile, sync: false }),
  });
  const dbPath = join(dataDir, 'companion.db');
  const store = createStore(openDatabase(dbPath));
  const ulid = monotonicFactory();
  const newId = () => ulid(clock.now());
  const interrupted = reconcileInterrupted(store, clock.now());
  if (interrupted > 0)
    log.warn({ interrupted }, 'sends interrupted by a crash are marked unknown until their webhooks arrive');

  let port = config.port;
  const sandbox =
    config.mode === 'sandbox'
      ? await startSandbox({
          config,
          clock,
          newId,
          log,
          webhookUrl: () => `http://127.0.0.1:${port}/webhook`,
          ...(options.deliveryDelays ? { deliveryDelays: options.deliveryDelays } : {}),
        })
      : undefined;
  const graph = createGraphClient({
    baseUrl: sandbox ? sandbox.graphBaseUrl : config.whatsapp.graphBaseUrl,
    version: config.whatsapp.graphVersion,
    accessToken: config.whatsapp.accessToken,
    phoneNumberId: config.whatsapp.phoneNumberId,
    wabaId: config.whatsapp.wabaId,
    now: clock.now,
  });
  const scope = {
    phoneNumberId: config.whatsapp.phoneNumberId,
    portfolioId: config.whatsapp.businessId,
    settings: config.policy,
  };
  const gate = createSendGate({ store, graph, clock, newId, scope: () => scope });
  const pairing = createPairing(store, clock.now, config.apiToken);
  const poller = createPoller({
    store,
    graph,
    clock,
    phoneNumberId: config.whatsapp.phoneNumberId,
    onProblem: (what, detail) => log.warn({ what, detail }, 'Graph API poll failed'),
  });

  const webhook = createWebhookReceiver({
    store,
    clock,
    appSecret: () => config.whatsapp.appSecret,
    phoneNumberId: () => scope.phoneNumberId,
  });
  const app = createApp({
    webhook,
    mode: config.mode,
    version: VERSION,
    store,
    clock,
    gate,
    pairing,
    newId,
    port: () => port,
    scope: () => scope,
    appSecret: () => config.whatsapp.appSecret,
    verifyToken: () => config.whatsapp.verifyToken,
    refreshTemplates: async () => {
      await poller.refreshTemplates();
    },
    ...(sandbox ? { sandbox: sandbox.routes(async () => void (await poller.refreshNumber())) } : {}),
  });
  // Before listening: a `pair` command run once the daemon answers must supersede this code, not race it.
  const code = pairing.newCode();
  let server: LoopbackServer;
  // Plain contact lookups are read and decided on a thread of their own (http/lookup-worker.ts).
  const reader = startLookupReader(dbPath, (error) =>
    log.warn({ err: error.message }, 'lookup reader thread failed: contact lookups are answered on the main thread'),
  );
  try {
    const lookup = createContactLookup({
      store,
      clock,
      scope: () => scope,
      port: () => port,
      knowsToken: pairing.knowsToken,
      noteTokenUse: pairing.noteTokenUse,
      reader: () => reader,
      tokenForMainThread: pairing.isConfiguredToken,
    });
    server = await listenCompanion(app, webhook, config.port, [lookup]);
  } catch (error) {
    await reader.close();
    await sandbox?.close();
    store.db.close();
    throw error;
  }
  port = server.port;
  await Promise.all([poller.refreshNumber(), poller.refreshTemplates()]);
  if (sandbox) sandbox.seed(store, clock.now());
  poller.start();
  log.info({ port, mode: config.mode }, 'companion started');

  return {
    url: server.url,
    port,
    mode: config.mode,
    dataDir,
    logFile,
    pairingCode: code.code,
    pairingExpiresAt: code.expiresAt,
    ...(sandbox ? { platformUrl: sandbox.platformUrl, demoUrl: `${server.url}/demo/` } : {}),
    log,
    async close() {
      poller.stop();
      await server.close();
      await reader.close();
      await sandbox?.close();
      store.db.close();
    },
  };
}
