import { loadConfigOrExit, postgresUrl } from '@qinshang/config';
import { WorkReminders } from './work-reminders';

/**
 * One reminders round from the command line, for operations and tests, judged at a given time
 * like the ledger's scheduler:
 *   node services/districts/dist/reminders/run.js [--as-of ISO-TIME] [--district ID]
 * Connects as the application role (APP_DATABASE_URL) and prints whom it reminded as JSON
 * (`ran: false`: another replica's round held the lock; run again).
 */
async function main() {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const { APP_DATABASE_URL: url } = loadConfigOrExit('reminders', { APP_DATABASE_URL: postgresUrl });
  const asOfText = option('as-of');
  const asOf = asOfText ? new Date(asOfText) : undefined;
  if (asOf && Number.isNaN(asOf.getTime())) throw new Error(`--as-of ${asOfText} is not a time`);
  const reminders = new WorkReminders({ url });
  try {
    const result = await reminders.runOnce({ asOf, districtId: option('district') });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await reminders.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`reminders: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
