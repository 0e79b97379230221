/**
 * The companion's command line: `npm run companion -- <command>`.
 *   start          run the daemon (sandbox mode when no Cloud API credentials are configured)
 *   pair           print a new pairing code for the extension
 *   status         number health and messaging-limit use
 *   doctor         check configuration, token, webhook subscription, clock and data directory
 *   export-consent write the consent ledger as CSV or JSON
 * Options: --port, --data-dir, --config, and for export-consent --format csv|json, --out <file>.
 */
import { parseArgs } from 'node:util';
import { runDoctor } from './cli/doctor.ts';
import { runExportConsent } from './cli/export-consent.ts';
import { runPair } from './cli/pair.ts';
import { runStart } from './cli/start.ts';
import { runStatus } from './cli/status.ts';
import { formatConfigError, loadConfig } from './config/config.ts';

const COMMANDS = ['start', 'pair', 'status', 'doctor', 'export-consent'] as const;
type Command = (typeof COMMANDS)[number];

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = (positionals[0] ?? 'start') as Command;
  if (values.help || !COMMANDS.includes(command)) {
    process.stdout.write(
      `Usage: npm run companion -- <${COMMANDS.join('|')}> [--port N] [--data-dir DIR] [--config FILE]\n`,
    );
    return values.help ? 0 : 64;
  }
  const config = loadConfig({
    env: process.env,
    args: {
      ...(values.port ? { port: values.port } : {}),
      ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
      ...(values.config ? { configFile: values.config } : {}),
    },
  });
  if (!config.ok) {
    process.stderr.write(`${formatConfigError(config.error)}\n`);
    return 78; // EX_CONFIG
  }
  switch (command) {
    case 'start':
      return runStart(config.value);
    case 'pair':
      return runPair(config.value);
    case 'status':
      return runStatus(config.value);
    case 'doctor':
      return runDoctor(config.value);
    case 'export-consent':
      return runExportConsent(config.value, {
        format: values.format ?? 'csv',
        ...(values.out ? { out: values.out } : {}),
      });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
