/**
 * createApp(deps): the companion's HTTP surface, with no listen() — tests drive it with app.request(), main.ts serves
 * it on 127.0.0.1. Routes: /health (open), /webhook (signed by Meta), /v1 (loopback Host, extension Origin, bearer
 * token; /v1/pair trades a pairing code for the token), and in sandbox mode /sandbox and /demo.
 */
import { Hono } from 'hono';
import { PairRequestSchema } from '../shared/contracts/api.ts';
import type { Clock } from '../shared/time/clock.ts';
import type { GateScope } from './gate/policy-state.ts';
import type { SendGate } from './gate/send-gate.ts';
import { badRequest, readJson } from './http/body.ts';
import { bearerAuth, hostAndOriginGuard } from './http/guard.ts';
import type { Pairing } from './http/pairing.ts';
import { apiRoutes } from './http/routes-api.ts';
import { snapshotRoutes } from './http/routes-snapshot.ts';
import { webhookRoutes } from './http/routes-webhook.ts';
import { createWebhookReceiver, type WebhookReceiver } from './http/webhook-receiver.ts';
import type { Store } from './store/store.ts';

export interface AppDeps {
  mode: 'sandbox' | 'live';
  version: string;
  store: Store;
  clock: Clock;
  gate: SendGate;
  pairing: Pairing;
  newId: () => string;
  /** The port the companion listens on (for the Host check); a function because tests bind port 0. */
  port: () => number;
  scope: () => GateScope;
  appSecret: () => string;
  verifyToken: () => string;
  refreshTemplates?: () => Promise<void>;
  /** Sandbox-only routes (/sandbox/*, /demo/*), mounted behind the same Host/Origin guard. */
  sandbox?: { routes: Hono; demo: Hono };
  onIngested?: (counts: { applied: number; duplicates: number; ignored: number }) => void;
  /**
   * The webhook receiver, when the server also answers POST /webhook outside Hono (server/listen.ts): both paths must
   * share one receiver, so one ingest queue groups every body into the same commits. Built here when not given.
   */
  webhook?: WebhookReceiver;
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.onError((error, c) => c.json(badRequest('internal_error', `The companion failed: ${error.message}`), 500));
  app.notFound((c) => c.json(badRequest('not_found', `No route ${c.req.method} ${c.req.path}.`), 404));

  app.get('/health', (c) => c.json({ status: 'ok' as const, mode: deps.mode, version: deps.version }));
  app.route(
    '/webhook',
    webhookRoutes({
      verifyToken: deps.verifyToken,
      receive:
        deps.webhook ??
        createWebhookReceiver({
          store: deps.store,
          clock: deps.clock,
          appSecret: deps.appSecret,
          phoneNumberId: () => deps.scope().phoneNumberId,
          ...(deps.onIngested ? { onIngested: deps.onIngested } : {}),
        }),
    }),
  );

  const guard = hostAndOriginGuard(deps.port);
  app.use('/v1/*', guard);
  app.post('/v1/pair', async (c) => {
    const body = await readJson(c, PairRequestSchema);
    if (!body.ok) return c.json(body.error, 400);
    const token = deps.pairing.redeem(body.value.code);
    if (!token) {
      return c.json(
        badRequest('pairing_failed', 'Wrong or expired pairing code. Run `npm run companion -- pair` for a new one.'),
        401,
      );
    }
    return c.json({ token });
  });
  app.use(
    '/v1/*',
    bearerAuth((token) => deps.pairing.isValidToken(token)),
  );
  app.route('/v1/snapshot', snapshotRoutes({ store: deps.store, clock: deps.clock }));
  app.route(
    '/v1',
    apiRoutes({
      store: deps.store,
      clock: deps.clock,
      gate: deps.gate,
      scope: deps.scope,
      newId: deps.newId,
      ...(deps.refreshTemplates ? { refreshTemplates: deps.refreshTemplates } : {}),
    }),
  );

  if (deps.sandbox) {
    app.use('/sandbox/*', guard);
    const demoGuard = hostAndOriginGuard(deps.port, { allowSelf: true });
    app.use('/demo', demoGuard);
    app.use('/demo/*', demoGuard);
    app.route('/sandbox', deps.sandbox.routes);
    app.route('/', deps.sandbox.demo); // its routes already start with /demo
  }
  return app;
}
