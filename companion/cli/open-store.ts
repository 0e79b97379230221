/** Opens the companion's database for the one-shot commands (SQLite WAL lets them run beside the daemon). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CompanionConfig } from '../config/config.ts';
import { openDatabase } from '../store/database.ts';
import { createStore, type Store } from '../store/store.ts';

export function openStore(config: CompanionConfig): Store | undefined {
  const path = join(config.dataDir, 'companion.db');
  if (!existsSync(path)) {
    process.stderr.write(`No companion database in ${config.dataDir}. Start it once: npm start\n`);
    return undefined;
  }
  return createStore(openDatabase(path));
}
