/**
 * Pairing: the companion prints a 6-digit code; the extension trades it for a bearer token. Codes live 5 minutes and
 * die after 5 wrong tries, so guessing one (1 in 10^6 per try) is hopeless; only the newest code works.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { hashSecret } from '../store/auth-repo.ts';
import type { Store } from '../store/store.ts';

export const PAIRING_CODE_TTL_MS = 5 * 60 * 1000;
export const PAIRING_MAX_FAILURES = 5;

export function createPairing(store: Store, now: () => number, extraToken?: string) {
  const isExtraToken = (token: string) =>
    !!extraToken && token.length === extraToken.length && timingSafeEqual(Buffer.from(token), Buffer.from(extraToken));
  return {
    newCode(): { code: string; expiresAt: number } {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const expiresAt = now() + PAIRING_CODE_TTL_MS;
      store.auth.newCode(code, expiresAt);
      return { code, expiresAt };
    },

    /** The token for a right code; undefined for a wrong, expired or locked one (the caller cannot tell which). */
    redeem(code: string): string | undefined {
      const live = store.auth.liveCode(now());
      if (!live || live.failures >= PAIRING_MAX_FAILURES) return undefined;
      const given = Buffer.from(hashSecret(code), 'hex');
      const expected = Buffer.from(live.codeHash, 'hex');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        store.auth.recordFailure(live.codeHash);
        return undefined;
      }
      store.auth.consumeCode(live.codeHash);
      const token = randomBytes(32).toString('base64url');
      store.auth.addToken(token, 'extension', now());
      return token;
    },

    /** The token from the configuration (QBM_API_TOKEN), which is not stored in the database. */
    isConfiguredToken: isExtraToken,
    /** A read only: the extension's token, or the configured one. */
    knowsToken(token: string): boolean {
      return isExtraToken(token) || store.auth.knowsToken(token);
    },
    noteTokenUse(token: string): void {
      if (!isExtraToken(token)) store.auth.noteUse(token, now());
    },
    isValidToken(token: string): boolean {
      return isExtraToken(token) || store.auth.hasToken(token, now());
    },
  };
}

export type Pairing = ReturnType<typeof createPairing>;
