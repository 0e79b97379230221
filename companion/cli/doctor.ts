/**
 * `doctor`: checks what most often breaks a live setup, each with the fix: the config, the data directory and
 * database, the access token (valid, right scopes, not expiring), the webhook subscription, the number, the clock
 * (webhook timestamps and windows are exact to the second), and whether the daemon answers on its port.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { CompanionConfig } from '../config/config.ts';
import { createGraphClient, describeGraphFailure } from '../whatsapp/graph-client.ts';
import { openStore } from './open-store.ts';

type Check = { ok: boolean | 'warn'; what: string; detail: string };

const MAX_CLOCK_SKEW_MS = 30_000;
const REQUIRED_SCOPES = ['whatsapp_business_messaging', 'whatsapp_business_management'];

export async function runDoctor(config: CompanionConfig): Promise<number> {
  const checks: Check[] = [{ ok: true, what: 'config', detail: `${config.mode} mode, ${config.configFile}` }];
  checks.push(...filesChecks(config));
  checks.push(await daemonCheck(config));
  if (config.mode === 'live') checks.push(...(await liveChecks(config)));
  else
    checks.push({
      ok: 'warn',
      what: 'credentials',
      detail: 'sandbox mode: no Cloud API credentials configured, nothing real is sent',
    });
  for (const check of checks) {
    const mark = check.ok === true ? 'ok  ' : check.ok === 'warn' ? 'warn' : 'FAIL';
    process.stdout.write(`${mark}  ${check.what.padEnd(14)} ${check.detail}\n`);
  }
  return checks.some((check) => check.ok === false) ? 1 : 0;
}

function filesChecks(config: CompanionConfig): Check[] {
  const checks: Check[] = [];
  try {
    const mode = statSync(config.dataDir).mode & 0o777;
    checks.push({
      ok: (mode & 0o077) === 0 ? true : 'warn',
      what: 'data dir',
      detail: `${config.dataDir} (mode ${mode.toString(8)}${mode & 0o077 ? '; run chmod 700 on it' : ''})`,
    });
  } catch {
    return [{ ok: 'warn', what: 'data dir', detail: `${config.dataDir} does not exist yet; npm start creates it` }];
  }
  const store = openStore(config);
  if (!store) return checks;
  const integrity = store.db.prepare('PRAGMA quick_check').get() as { quick_check: string };
  store.db.close();
  const dbMode = statSync(join(config.dataDir, 'companion.db')).mode & 0o777;
  checks.push({
    ok: integrity.quick_check === 'ok' && (dbMode & 0o077) === 0,
    what: 'database',
    detail: `integrity ${integrity.quick_check}, mode ${dbMode.toString(8)}`,
  });
  return checks;
}

async function daemonCheck(config: CompanionConfig): Promise<Check> {
  try {
    const response = await fetch(`http://127.0.0.1:${config.port}/health`, { signal: AbortSignal.timeout(2000) });
    const body = (await response.json()) as { mode?: string; version?: string };
    return {
      ok: true,
      what: 'daemon',
      detail: `answering on 127.0.0.1:${config.port} (${body.mode}, ${body.version})`,
    };
  } catch {
    return { ok: 'warn', what: 'daemon', detail: `not running on 127.0.0.1:${config.port}; start it with npm start` };
  }
}

async function liveChecks(config: CompanionConfig): Promise<Check[]> {
  const w = config.whatsapp;
  const graph = createGraphClient({
    baseUrl: w.graphBaseUrl,
    version: w.graphVersion,
    accessToken: w.accessToken,
    phoneNumberId: w.phoneNumberId,
    wabaId: w.wabaId,
  });
  const checks: Check[] = [];
  const token = await graph.debugToken();
  if (!token.ok)
    checks.push({
      ok: false,
      what: 'access token',
      detail: `${describeGraphFailure(token.failure)}; create a new system-user token`,
    });
  else {
    const missing = REQUIRED_SCOPES.filter((scope) => !token.value.scopes.includes(scope));
    const expiresSoon =
      token.value.expiresAt !== undefined &&
      token.value.expiresAt > 0 &&
      token.value.expiresAt - Date.now() < 7 * 86_400_000;
    checks.push({
      ok: token.value.isValid && missing.length === 0 ? (expiresSoon ? 'warn' : true) : false,
      what: 'access token',
      detail: !token.value.isValid
        ? 'invalid or revoked: create a new system-user token'
        : missing.length
          ? `missing scopes: ${missing.join(', ')}`
          : expiresSoon
            ? 'expires within 7 days'
            : 'valid',
    });
  }
  const subscription = await graph.subscribedApps();
  checks.push(
    subscription.ok
      ? {
          ok: subscription.value.subscribed,
          what: 'webhooks',
          detail: subscription.value.subscribed
            ? 'app subscribed to the WABA'
            : `no app subscribed: POST /${w.graphVersion}/${w.wabaId}/subscribed_apps`,
        }
      : { ok: false, what: 'webhooks', detail: describeGraphFailure(subscription.failure) },
  );
  const number = await graph.getPhoneNumber();
  checks.push(
    number.ok
      ? { ok: true, what: 'number', detail: `reachable (${w.phoneNumberId})` }
      : { ok: false, what: 'number', detail: describeGraphFailure(number.failure) },
  );
  checks.push(await clockCheck(w.graphBaseUrl));
  return checks;
}

/** Compares our clock with the Graph server's Date header: windows and limits are computed to the second. */
async function clockCheck(baseUrl: string): Promise<Check> {
  try {
    const before = Date.now();
    const response = await fetch(baseUrl, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    const server = Date.parse(response.headers.get('date') ?? '');
    if (Number.isNaN(server)) return { ok: 'warn', what: 'clock', detail: 'the Graph server sent no Date header' };
    const skew = server - (before + Date.now()) / 2;
    return {
      ok: Math.abs(skew) < MAX_CLOCK_SKEW_MS,
      what: 'clock',
      detail: `off by ${Math.round(skew / 1000)} s${Math.abs(skew) >= MAX_CLOCK_SKEW_MS ? ': enable NTP time sync' : ''}`,
    };
  } catch {
    return { ok: 'warn', what: 'clock', detail: 'could not reach the Graph server to compare clocks' };
  }
}
