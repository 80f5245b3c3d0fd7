import 'reflect-metadata';
import { loadConfigOrExit, postgresUrl } from '@qinshang/config';
import { Scheduler } from './scheduler';

/**
 * One scheduler run from the command line, for operations and tests:
 *   node services/issues/dist/scheduler/run.js [--as-of ISO-TIME] [--district ID]
 * Connects as the application role (APP_DATABASE_URL) and prints what it did as JSON.
 */
async function main() {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const { APP_DATABASE_URL: url } = loadConfigOrExit('scheduler', { APP_DATABASE_URL: postgresUrl });
  const asOfText = option('as-of');
  const asOf = asOfText ? new Date(asOfText) : undefined;
  if (asOf && Number.isNaN(asOf.getTime())) throw new Error(`--as-of ${asOfText} is not a time`);
  const scheduler = new Scheduler({ url });
  try {
    const result = await scheduler.runOnce({ asOf, districtId: option('district') });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await scheduler.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`scheduler: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
