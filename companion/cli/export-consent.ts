/** `export-consent`: the consent ledger for a compliance officer, as CSV (default) or JSON, to stdout or --out. */
import { writeFileSync } from 'node:fs';
import type { CompanionConfig } from '../config/config.ts';
import { consentCsv } from '../consent/export.ts';
import { openStore } from './open-store.ts';

export function runExportConsent(config: CompanionConfig, options: { format: string; out?: string }): number {
  if (options.format !== 'csv' && options.format !== 'json') {
    process.stderr.write('Use --format csv or --format json.\n');
    return 64;
  }
  const store = openStore(config);
  if (!store) return 1;
  const events = [...store.consent.exportAll()];
  store.db.close();
  const text = options.format === 'csv' ? consentCsv(events) : `${JSON.stringify({ events }, null, 2)}\n`;
  if (options.out) {
    writeFileSync(options.out, text, { mode: 0o600 });
    process.stderr.write(`${events.length} consent events written to ${options.out}\n`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}
