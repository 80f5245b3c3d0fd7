import { loadConfigOrExit, postgresUrl } from '@qinshang/config';
import { createLogger } from '@qinshang/logging';
import { notifierShape } from '../config';
import { SystemDb } from '../system-db';
import { ConfirmationReminder } from './confirmation-reminder';

/**
 * One round of the notifier's time-driven reminders from the command line, for operations and
 * tests, judged at a given time like the ledger's scheduler:
 *   node services/notifications/dist/routing/remind.js [--as-of ISO-TIME] [--district ID]
 * Connects as the application role (APP_DATABASE_URL) and prints what it sent as JSON.
 */
async function main() {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const asOfText = option('as-of');
  const asOf = asOfText ? new Date(asOfText) : new Date();
  if (Number.isNaN(asOf.getTime())) throw new Error(`--as-of ${asOfText} is not a time`);
  const config = loadConfigOrExit('reminders', {
    APP_DATABASE_URL: postgresUrl,
    CONSOLE_URL: notifierShape.CONSOLE_URL,
    SMTP_URL: notifierShape.SMTP_URL,
    SMTP_FROM: notifierShape.SMTP_FROM,
    DELIVERY_RETRY_FOR_MS: notifierShape.DELIVERY_RETRY_FOR_MS,
  });
  const db = new SystemDb(config.APP_DATABASE_URL, 1, 'qinshang-reminders-cli');
  try {
    const reminder = new ConfirmationReminder({
      db,
      logger: createLogger('reminders'),
      settings: { consoleUrl: config.CONSOLE_URL, email: Boolean(config.SMTP_URL), smtpFrom: config.SMTP_FROM, retryForMs: config.DELIVERY_RETRY_FOR_MS },
    });
    const confirmations = await reminder.runOnce(asOf, option('district') ?? null);
    // null: the router held its lock (it writes the inbox in order); run again.
    process.stdout.write(`${JSON.stringify({ asOf: asOf.toISOString(), busy: confirmations === null, confirmations: confirmations ?? 0 })}\n`);
  } finally {
    await db.end();
  }
}

main().catch((error) => {
  process.stderr.write(`reminders: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
