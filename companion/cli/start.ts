/** `start`: runs the daemon until SIGINT/SIGTERM and prints what a newcomer needs: addresses, pairing code, extension. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CompanionConfig } from '../config/config.ts';
import { startCompanion } from '../server/start.ts';

// Two levels up from companion/cli/start.ts and from the bundle build/companion/main.js alike.
const ROOT = resolve(import.meta.dirname, '..', '..');

export async function runStart(config: CompanionConfig): Promise<number> {
  let running: Awaited<ReturnType<typeof startCompanion>>;
  try {
    running = await startCompanion(config);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      process.stderr.write(
        `Port ${config.port} is in use: is the companion already running? Use --port to pick another.\n`,
      );
      return 69;
    }
    throw error;
  }
  const chrome = join(ROOT, 'dist');
  const firefox = join(ROOT, 'dist-firefox');
  const lines = [
    '',
    `QBM Copilot companion ${running.mode === 'sandbox' ? '(SANDBOX: simulated WhatsApp, no real messages)' : '(LIVE)'}`,
    `  API            ${running.url}`,
    ...(running.demoUrl ? [`  Demo CRM       ${running.demoUrl}`, `  Sandbox Graph  ${running.platformUrl}`] : []),
    `  Pairing code   ${running.pairingCode}  (valid 5 minutes; new one: npm run companion -- pair)`,
    `  Data           ${running.dataDir}`,
    `  Log            ${running.logFile}`,
    `  Extension      ${existsSync(chrome) ? chrome : `${chrome} (not built yet: npm run build)`}`,
    `                 Chrome: chrome://extensions → Developer mode → Load unpacked → that folder`,
    ...(existsSync(firefox)
      ? [`                 Firefox: about:debugging → Load Temporary Add-on → ${join(firefox, 'manifest.json')}`]
      : []),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  return 0;
}
