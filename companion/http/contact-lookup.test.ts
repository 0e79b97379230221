import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { GateScope } from '../gate/policy-state.ts';
import type { Store } from '../store/store.ts';
import { createContactLookup } from './contact-lookup.ts';

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
