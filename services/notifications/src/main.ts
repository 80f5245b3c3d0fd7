// First: OpenTelemetry (when OTEL_* is set) must patch http, graphql and pg before they load.
import '@qinshang/telemetry/register';
import 'reflect-metadata';
import { EventConsumer } from '@qinshang/eventlog';
import { runSubgraph } from '@qinshang/subgraph';
import { z } from '@qinshang/config';
import { notifierShape } from './config';
import { extendContext, setWebhookTools } from './context';
import { Mailer } from './delivery/senders';
import { DeliveryWorker } from './delivery/worker';
import { entities } from './entities';
import { InboxHub, setInboxHub } from './inbox/inbox.hub';
import { ConfirmationReminder } from './routing/confirmation-reminder';
import { ROUTED_TYPES, ROUTER_NAME, routeEvents, type RouterSettings } from './routing/router';
import { buildNotificationsSchema, SCHEMA_NAME } from './schema';
import { SystemDb } from './system-db';
import { SecretBox } from './webhooks/secret-box';
import { UrlGuard } from './webhooks/url-guard';

/*
 * The notifications subgraph, and in the same process: the router (an EventConsumer that derives
 * who is told what from the log; every replica runs one, the checkpoint lets exactly one apply
 * each batch), the delivery workers (e-mail and webhooks, from the outbox), the live inbox hub and
 * the confirmation reminder.
 */
void runSubgraph({
  name: 'notifications',
  defaultPort: 4007,
  schemaName: SCHEMA_NAME,
  entities,
  buildSchema: buildNotificationsSchema,
  extendContext,
  // The notifier's own variables, validated with the subgraph's at start.
  config: { ...notifierShape, FEED_MAX_QUEUE: z.coerce.number().int().min(1).default(1000) },
  background: async ({ appDatabaseUrl, logger, config }) => {
    const guard = new UrlGuard(config.WEBHOOK_ALLOWED_NETWORKS);
    const secrets = new SecretBox(config.NOTIFICATIONS_SECRET_KEY);
    setWebhookTools({ guard, secrets, retryForMs: config.DELIVERY_RETRY_FOR_MS });
    const settings: RouterSettings = { consoleUrl: config.CONSOLE_URL, email: Boolean(config.SMTP_URL), smtpFrom: config.SMTP_FROM, retryForMs: config.DELIVERY_RETRY_FOR_MS };
    if (!config.SMTP_URL) logger.info('SMTP_URL is not set: the e-mail channel is off');
    const router = new EventConsumer({
      name: ROUTER_NAME,
      url: appDatabaseUrl,
      types: ROUTED_TYPES,
      batchSize: 500,
      handle: (client, events) => routeEvents(client, events, settings),
      onError: (error) => logger.error({ err: error }, 'notification routing failed; the batch will be retried'),
    });
    const db = new SystemDb(appDatabaseUrl, 4);
    const mailer = config.SMTP_URL ? new Mailer(config.SMTP_URL, config.DELIVERY_TIMEOUT_MS) : null;
    const worker = new DeliveryWorker({
      url: appDatabaseUrl,
      db,
      logger,
      guard,
      secrets,
      mailer,
      concurrency: config.DELIVERY_CONCURRENCY,
      leaseMs: config.DELIVERY_LEASE_MS,
      pollMs: config.DELIVERY_POLL_MS,
      timeoutMs: config.DELIVERY_TIMEOUT_MS,
      retry: { baseMs: config.DELIVERY_RETRY_BASE_MS, maxMs: config.DELIVERY_RETRY_MAX_MS },
    });
    const hub = new InboxHub({ url: appDatabaseUrl, db, logger, maxQueue: config.FEED_MAX_QUEUE, pollMs: 1000 });
    const reminder = new ConfirmationReminder({ db, logger, settings });
    await hub.start();
    setInboxHub(hub);
    // Not awaited to the end: the router catches up with the log (the seeded history, after a long
    // stop) in the background; the inbox and webhooks answer meanwhile.
    await router.start();
    await worker.start();
    reminder.start(config.REMINDER_INTERVAL_MS);
    return async () => {
      setInboxHub(null);
      await reminder.stop();
      await worker.stop();
      await router.stop();
      await hub.stop();
      mailer?.close();
      setWebhookTools(null);
      await db.end();
    };
  },
});
