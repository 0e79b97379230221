import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_SETTINGS } from '../../shared/policy/settings.ts';
import type { GateScope } from '../gate/policy-state.ts';
import { openDatabase } from '../store/database.ts';
import { createStore, type Store } from '../store/store.ts';
import { createContactLookup } from './contact-lookup.ts';
import type { LookupReader, ReaderReply } from './lookup-reader.ts';

const TOKEN = 'a'.repeat(43);

function plainLookup(): IncomingMessage {
  return {
    method: 'GET',
    url: '/v1/contacts/%2B5521998765432',
    headers: { host: '127.0.0.1:7717', authorization: `Bearer ${TOKEN}` },
    rawHeaders: ['Host', '127.0.0.1:7717', 'Authorization', `Bearer ${TOKEN}`],
  } as unknown as IncomingMessage;
}

describe('the direct lookup path', () => {
  it('hands the request to Hono, untouched, when the store fails, instead of throwing out of the server', () => {
    const written: unknown[] = [];
    const response = {
      writeHead: (...args: unknown[]) => written.push(args),
      end: (...args: unknown[]) => written.push(args),
    } as unknown as ServerResponse;
    const busy = () => {
      throw new Error('database is locked');
    };
    const lookup = createContactLookup({
      // Already inside a transaction: the lookup's read transaction runs its work as is, and the token check throws.
      store: { db: { isTransaction: true } } as unknown as Store,
      clock: { now: () => 0 },
      scope: () => ({}) as GateScope,
      port: () => 7717,
      knowsToken: busy,
      noteTokenUse: () => {},
    });
    expect(lookup(plainLookup(), response, () => {})).toBe(false);
    expect(written).toEqual([]);
  });
});

describe('the direct lookup path with a reader thread', () => {
  const scope: GateScope = {
    phoneNumberId: '106540352242922',
    portfolioId: 'portfolio-1',
    settings: { ...DEFAULT_POLICY_SETTINGS, quietHours: null },
  };

  /** A reader whose replies the test releases, and the response the route writes. */
  function setUp() {
    const store = createStore(openDatabase(':memory:'));
    store.auth.addToken(TOKEN, 'extension', 1);
    const asked: ((reply: ReaderReply) => void)[] = [];
    const reader: LookupReader = {
      lookup: () => new Promise<ReaderReply>((resolve) => asked.push(resolve)),
      close: async () => {},
    };
    let configured = false;
    const lookup = createContactLookup({
      store,
      clock: { now: () => Date.UTC(2026, 11, 7, 15) },
      scope: () => scope,
      port: () => 7717,
      knowsToken: store.auth.knowsToken,
      noteTokenUse: (token) => store.auth.noteUse(token, 1),
      reader: () => reader,
      tokenForMainThread: () => configured,
    });
    const written: string[] = [];
    let response = {} as ServerResponse;
    const ended = new Promise<void>((resolve) => {
      response = {
        writeHead: () => {},
        end: (text: string) => {
          written.push(text);
          resolve();
        },
        destroy: () => resolve(),
      } as unknown as ServerResponse;
    });
    return { store, asked, lookup, written, ended, response, configure: () => (configured = true) };
  }

  it("writes the thread's answer when the ledger did not change meanwhile", async () => {
    const { asked, lookup, written, ended, response } = setUp();
    expect(lookup(plainLookup(), response, () => {})).toBe(true);
    asked[0]?.({ kind: 'answer', status: 200, text: '{"from":"thread"}' });
    await ended;
    expect(written).toEqual(['{"from":"thread"}']);
  });

  it('answers on the main thread, at one instant, when the ledger changed between the request and the reply', async () => {
    const { store, asked, lookup, written, ended, response } = setUp();
    expect(lookup(plainLookup(), response, () => {})).toBe(true);
    store.ledger.reserve('m1', scope.portfolioId, '+5511900000001', Date.UTC(2026, 11, 7, 14));
    asked[0]?.({ kind: 'answer', status: 200, text: '{"from":"thread"}' });
    await ended;
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0] ?? '{}')).toMatchObject({ contact: { key: '+5521998765432' } });
  });

  it('never sends the configured token to the thread, which cannot check it', () => {
    const { asked, lookup, response, configure } = setUp();
    configure();
    lookup(plainLookup(), response, () => {});
    expect(asked).toHaveLength(0);
  });
});
