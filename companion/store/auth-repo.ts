/**
 * Pairing codes and API tokens. Both are stored only as SHA-256 hashes: a copy of the database does not let anyone
 * pair or call the API.
 */
import { createHash } from 'node:crypto';
import type { Database } from './database.ts';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function createAuthRepo(db: Database) {
  const insertCode = db.prepare('INSERT INTO pairing_codes (code_hash, expires_at) VALUES (?, ?)');
  const clearCodes = db.prepare('DELETE FROM pairing_codes');
  const liveCode = db.prepare('SELECT code_hash, expires_at, failures FROM pairing_codes WHERE expires_at > ? LIMIT 1');
  const fail = db.prepare('UPDATE pairing_codes SET failures = failures + 1 WHERE code_hash = ?');
  const removeCode = db.prepare('DELETE FROM pairing_codes WHERE code_hash = ?');
  const insertToken = db.prepare('INSERT INTO api_tokens (token_hash, label, created_at) VALUES (?, ?, ?)');
  const findToken = db.prepare('SELECT 1 FROM api_tokens WHERE token_hash = ?');
  const touchToken = db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?');
  // Recording "last used" is a write (an fsync): at most once a minute per token, not on every API call.
  const touchedAt = new Map<string, number>();

  /** Whether the token is a live one: a read only, so it can run inside a read transaction (the direct lookup's). */
  function knowsToken(token: string): boolean {
    return findToken.get(hashSecret(token)) !== undefined;
  }
  /** Records that a token was used; the write happens at most once a minute per token. */
  function noteUse(token: string, at: number): void {
    const hash = hashSecret(token);
    if (at - (touchedAt.get(hash) ?? Number.NEGATIVE_INFINITY) < 60_000) return;
    touchToken.run(at, hash);
    touchedAt.set(hash, at);
  }

  return {
    /** Replaces any earlier code: only the newest code can pair. */
    newCode(code: string, expiresAt: number): void {
      clearCodes.run();
      insertCode.run(hashSecret(code), expiresAt);
    },
    liveCode(now: number): { codeHash: string; failures: number } | undefined {
      const row = liveCode.get(now) as { code_hash: string; failures: number } | undefined;
      return row ? { codeHash: row.code_hash, failures: row.failures } : undefined;
    },
    recordFailure(codeHash: string): void {
      fail.run(codeHash);
    },
    consumeCode(codeHash: string): void {
      removeCode.run(codeHash);
    },
    addToken(token: string, label: string, at: number): void {
      insertToken.run(hashSecret(token), label, at);
    },
    knowsToken,
    noteUse,
    hasToken(token: string, at: number): boolean {
      if (!knowsToken(token)) return false;
      noteUse(token, at);
      return true;
    },
  };
}

export type AuthRepo = ReturnType<typeof createAuthRepo>;
