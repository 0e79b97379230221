/**
 * The companion against attackers: forged and replayed webhook signatures, DNS rebinding and foreign Origins, local
 * processes that never paired, pairing-code brute force, and secrets or phone numbers leaking through responses, files
 * or the log. Runs the real companion (its log going to `${dataDir}/companion.log`, at debug level) in a temp dir.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, SANDBOX_ACCESS_TOKEN, SANDBOX_IDS } from '../../companion/config/config.ts';
import { createPairing } from '../../companion/http/pairing.ts';
import { type RunningCompanion, startCompanion } from '../../companion/server/start.ts';
import { openDatabase } from '../../companion/store/database.ts';
import { createStore } from '../../companion/store/store.ts';
import { inboundTextWebhook } from '../../shared/contracts/webhook-builders.ts';

const APP_SECRET = 'attackers-app-secret-0123456789abcdef';
const VERIFY_TOKEN = 'attackers-verify-token-5f3a';
const business = {
  wabaId: SANDBOX_IDS.wabaId,
  phoneNumberId: SANDBOX_IDS.phoneNumberId,
  displayPhoneNumber: '15550104477',
};
/** Every phone this file uses; none may appear in full in the log. */
const PHONES = ['5521999990031', '5521999990032', '5521999990033'];

let running: RunningCompanion;
let dataDir: string;
let token: string;

interface Answer {
  status: number;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: the tests read JSON bodies of many shapes
  json: any;
}

/** A raw HTTP/1.1 request to the companion: node:http lets us set Host, Origin and the exact body bytes. */
function send(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer; auth?: boolean } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { host: `127.0.0.1:${running.port}`, ...options.headers };
  if (options.auth !== false && token && headers.authorization === undefined) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: running.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {}
        resolve({ status: res.statusCode ?? 0, text, json });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const hmac = (body: string, key: string) => createHmac('sha256', key).update(body).digest('hex');
const webhook = (body: string, signature: string | undefined) =>
  send('POST', '/webhook', {
    auth: false,
    body,
    headers: signature === undefined ? {} : { 'x-hub-signature-256': signature },
  });
const inbound = (waId: string, id: string, text = 'Oi') =>
  JSON.stringify(
    inboundTextWebhook({ business, user: { waId, name: 'Ana' }, messageId: id, text, at: Date.now() - 60_000 }),
  );

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'qbm-attack-'));
  const config = loadConfig({
    env: { WHATSAPP_APP_SECRET: APP_SECRET, WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN, QBM_LOG_LEVEL: 'debug' },
    args: { dataDir },
  });
  if (!config.ok) throw new Error(config.error.message);
  running = await startCompanion(
    { ...config.value, port: 0, policy: { ...config.value.policy, quietHours: null } },
    { deliveryDelays: { sent: 5, delivered: 15, read: 40 } },
  );
  const paired = await send('POST', '/v1/pair', { body: JSON.stringify({ code: running.pairingCode }) });
  expect(paired.status).toBe(200);
  token = paired.json.token;
});

afterAll(async () => {
  await running?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('webhook signatures (Meta: X-Hub-Signature-256 = "sha256=" + lowercase hex HMAC-SHA256 of the raw body)', () => {
  it('accepts the right signature over the exact body', async () => {
    const body = inbound(PHONES[0] as string, 'wamid.att1');
    expect((await webhook(body, `sha256=${hmac(body, APP_SECRET)}`)).status).toBe(200);
  });

  it('refuses a replayed signature on a different body with 401', async () => {
    const signed = inbound(PHONES[0] as string, 'wamid.att2');
    const other = inbound(PHONES[0] as string, 'wamid.att3');
    const answer = await webhook(other, `sha256=${hmac(signed, APP_SECRET)}`);
    expect([answer.status, answer.json.error.code]).toEqual([401, 'invalid_signature']);
  });

  it('refuses signatures keyed with the verify token or the access token', async () => {
    const body = inbound(PHONES[0] as string, 'wamid.att4');
    expect((await webhook(body, `sha256=${hmac(body, VERIFY_TOKEN)}`)).status).toBe(401);
    expect((await webhook(body, `sha256=${hmac(body, SANDBOX_ACCESS_TOKEN)}`)).status).toBe(401);
  });

  it('refuses a signature without its sha256= prefix, with another algorithm, or missing', async () => {
    const body = inbound(PHONES[0] as string, 'wamid.att5');
    const hex = hmac(body, APP_SECRET);
    for (const signature of [hex, `sha1=${hex}`, `sha256:${hex}`, `sha256= ${hex}`, `sha256=${hex}00`, 'sha256=', '']) {
      expect((await webhook(body, signature)).status).toBe(401);
    }
    expect((await webhook(body, undefined)).status).toBe(401);
  });

  it('compares the digest bytes, so uppercase hex of the right digest is accepted and of a wrong one refused', async () => {
    // Meta sends lowercase hex; hex is case-insensitive, and the companion compares the decoded 32 bytes in constant
    // time, so the same digest in uppercase is the same signature. Decision documented here: accepted.
    const body = inbound(PHONES[0] as string, 'wamid.att6');
    expect((await webhook(body, `sha256=${hmac(body, APP_SECRET).toUpperCase()}`)).status).toBe(200);
    const forged = inbound(PHONES[0] as string, 'wamid.att7');
    expect((await webhook(forged, `sha256=${hmac(body, APP_SECRET).toUpperCase()}`)).status).toBe(401);
  });
});

const V1_ROUTES: [string, string, string?][] = [
  ['GET', '/v1/number'],
  ['GET', `/v1/contacts/%2B${PHONES[0]}`],
  ['POST', '/v1/consent', '{}'],
  ['GET', '/v1/consent/export?format=csv'],
  ['GET', '/v1/consent/export?format=json'],
  ['GET', '/v1/templates'],
  ['POST', '/v1/messages', '{}'],
  ['GET', '/v1/messages/01JX0000000000000000000000'],
  ['GET', '/v1/events'],
  ['POST', '/v1/events', '{"events":[]}'],
  ['GET', '/v1/does-not-exist'],
];

describe('Host and Origin (DNS rebinding, web pages)', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['a DNS-rebinding Host', { host: 'evil.example:7717' }, 'forbidden_host'],
    ['a Host on another port', { host: '127.0.0.1:1' }, 'forbidden_host'],
    ['Origin: null', { origin: 'null' }, 'forbidden_origin'],
    ['Origin: https://evil.example', { origin: 'https://evil.example' }, 'forbidden_origin'],
    ['the companion itself as Origin', { origin: 'self' }, 'forbidden_origin'],
    ['a look-alike extension Origin', { origin: 'chrome-extension://abc.evil.example' }, 'forbidden_origin'],
  ];
  for (const [what, headers, code] of cases) {
    it(`refuses ${what} with 403 ${code} on every /v1 route, with or without the token`, async () => {
      const resolved = { ...headers };
      if (resolved.origin === 'self') resolved.origin = `http://127.0.0.1:${running.port}`;
      for (const [method, path, body] of [
        ...V1_ROUTES,
        ['POST', '/v1/pair', '{"code":"000000"}'] as [string, string, string],
      ]) {
        for (const auth of [true, false]) {
          const answer = await send(method, path, { headers: resolved, auth, ...(body ? { body } : {}) });
          expect([method, path, auth, answer.status, answer.json?.error?.code]).toEqual([
            method,
            path,
            auth,
            403,
            code,
          ]);
        }
      }
    });
  }

  it('refuses a foreign Origin on the sandbox controls too', async () => {
    const answer = await send('POST', '/sandbox/state', {
      headers: { origin: 'https://evil.example' },
      body: '{"quality":"RED"}',
    });
    expect(answer.status).toBe(403);
  });

  it('lets the paired extension in from its own origin', async () => {
    const answer = await send('GET', '/v1/number', { headers: { origin: 'chrome-extension://abcdefghijklmnop' } });
    expect(answer.status).toBe(200);
  });
});

describe('a local process that never paired', () => {
  it('gets 401 unauthorized on every /v1 route, without a token or with a forged one', async () => {
    for (const authorization of [undefined, 'Bearer ', `Bearer ${'A'.repeat(43)}`, `Basic ${token}`, token]) {
      for (const [method, path, body] of V1_ROUTES) {
        const answer = await send(method, path, {
          auth: false,
          headers: authorization === undefined ? {} : { authorization },
          ...(body ? { body } : {}),
        });
        expect([method, path, answer.status, answer.json?.error?.code]).toEqual([method, path, 401, 'unauthorized']);
      }
    }
  });
});

describe('pairing brute force', () => {
  function freshCode(): string {
    const db = openDatabase(join(dataDir, 'companion.db'));
    try {
      return createPairing(createStore(db), Date.now).newCode().code;
    } finally {
      db.close();
    }
  }
  const pair = (code: string) => send('POST', '/v1/pair', { auth: false, body: JSON.stringify({ code }) });
  const wrong = (code: string, n: number) => String((Number(code) + 1 + n) % 1_000_000).padStart(6, '0');

  it('a fresh code pairs when given first', async () => {
    const code = freshCode();
    const answer = await pair(code);
    expect(answer.status).toBe(200);
    expect(answer.json.token).toEqual(expect.any(String));
  });

  it('after 5 wrong codes the right code no longer works', async () => {
    const code = freshCode();
    for (let n = 0; n < 5; n++) {
      const answer = await pair(wrong(code, n));
      expect([answer.status, answer.json.error.code]).toEqual([401, 'pairing_failed']);
    }
    const right = await pair(code);
    expect([right.status, right.json.error.code]).toEqual([401, 'pairing_failed']);
  });

  it('a used code cannot be used twice', async () => {
    const code = freshCode();
    expect((await pair(code)).status).toBe(200);
    expect((await pair(code)).status).toBe(401);
  });
});

describe('secrets and phone numbers never leave the companion', () => {
  const secrets = [APP_SECRET, VERIFY_TOKEN, SANDBOX_ACCESS_TOKEN];

  it('no response body of a full session contains a secret', async () => {
    const [first, second, third] = PHONES as [string, string, string];
    const bodies: string[] = [];
    const keep = async (answer: Promise<Answer>) => {
      const got = await answer;
      bodies.push(got.text);
      return got;
    };
    await keep(send('GET', '/health'));
    await keep(webhook(inbound(second, 'wamid.sess1'), `sha256=${hmac(inbound(second, 'wamid.sess1'), APP_SECRET)}`));
    await keep(
      send('POST', '/sandbox/inbound', { body: JSON.stringify({ from: `+${third}`, text: 'Oi, tudo bem?' }) }),
    );
    await keep(send('GET', '/v1/number'));
    for (const phone of PHONES) await keep(send('GET', `/v1/contacts/%2B${phone}`));
    await keep(send('GET', '/v1/templates'));
    await keep(send('GET', '/v1/templates?refresh=1'));
    await keep(
      send('POST', '/v1/consent', {
        body: JSON.stringify({
          contact: `+${second}`,
          action: 'opt_in',
          categories: ['marketing'],
          source: 'in_thread',
          wording: 'Sim, quero ofertas',
          agent: 'marina@acme.com',
        }),
      }),
    );
    const sent = await keep(
      send('POST', '/v1/messages', {
        body: JSON.stringify({ to: `+${second}`, idempotencyKey: 'att-session-0001', text: 'Olá!' }),
      }),
    );
    expect(sent.status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await keep(send('GET', `/v1/messages/${sent.json.id}`));
    await keep(
      send('POST', '/v1/messages', {
        body: JSON.stringify({ to: `+${first}`, idempotencyKey: 'att-session-0002', text: '' }),
      }),
    );
    let after = '';
    for (let page = 0; page < 500; page++) {
      const feed = await keep(send('GET', `/v1/events?limit=7${after ? `&after=${encodeURIComponent(after)}` : ''}`));
      expect(feed.status).toBe(200);
      if (!feed.json.hasMore) break;
      after = feed.json.cursor;
    }
    await keep(send('GET', '/v1/consent/export?format=csv'));
    await keep(send('GET', '/v1/consent/export?format=json'));
    await keep(send('GET', '/v1/contacts/not-a-phone'));
    await keep(send('GET', '/v1/messages/nope'));
    await keep(send('GET', '/v1/number', { auth: false }));
    await keep(send('POST', '/v1/consent', { body: 'not json' }));
    await keep(send('GET', `/webhook?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1`));
    await keep(webhook('{"object":"page","entry":[]}', `sha256=${hmac('{"object":"page","entry":[]}', APP_SECRET)}`));
    await keep(webhook('{}', `sha256=${hmac('{}', VERIFY_TOKEN)}`));
    expect(bodies.length).toBeGreaterThan(20);
    for (const secret of secrets) {
      expect(bodies.filter((body) => body.includes(secret))).toEqual([]);
    }
  });

  it('writes its database and every other file in the data dir readable by the user alone (0600)', () => {
    const files = readdirSync(dataDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.map((entry) => entry.name)).toContain('companion.db');
    const modes = files.map((entry) => [
      entry.name,
      (statSync(join(entry.parentPath, entry.name)).mode & 0o777).toString(8),
    ]);
    expect(modes).toEqual(files.map((entry) => [entry.name, '600']));
    expect(statSync(dataDir).mode & 0o077).toBe(0);
  });

  it('logs neither the secrets nor any full phone number it was given', async () => {
    await new Promise<void>((resolve) => running.log.flush(() => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const log = readFileSync(join(dataDir, 'companion.log'), 'utf8');
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [...secrets, token]) expect(log.includes(secret)).toBe(false);
    for (const phone of PHONES) expect(log.includes(phone)).toBe(false);
  });
});
