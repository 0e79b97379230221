/** `pair`: a new pairing code, written where the running daemon reads it (only the newest code works). */
import type { CompanionConfig } from '../config/config.ts';
import { createPairing } from '../http/pairing.ts';
import { openStore } from './open-store.ts';

export function runPair(config: CompanionConfig): number {
  const store = openStore(config);
  if (!store) return 1;
  const code = createPairing(store, () => Date.now()).newCode();
  store.db.close();
  process.stdout.write(`Pairing code: ${code.code} (valid until ${new Date(code.expiresAt).toLocaleTimeString()})\n`);
  process.stdout.write('Enter it in the extension: Options → Pair with the companion.\n');
  return 0;
}
