// First: OpenTelemetry (when OTEL_* is set) must patch http, graphql and pg before they load.
import '@qinshang/telemetry/register';
import 'reflect-metadata';
import { z } from '@qinshang/config';
import { EventConsumer } from '@qinshang/eventlog';
import { runSubgraph } from '@qinshang/subgraph';
import { extendContext } from './context';
import { EscalationFeedHub, setEscalationFeedHub } from './feeds/escalation-feed.hub';
import { entities } from './entities';
import { ISSUES_EXPORTS } from './exports';
import { announceCalendarCoverage } from './ledger/calendar.startup';
import { applyReferenceEvents, REFERENCE_EVENTS } from './projections/references';
import { Scheduler } from './scheduler/scheduler';
import { buildIssuesSchema, SCHEMA_NAME } from './schema';

void runSubgraph({
  name: 'issues',
  defaultPort: 4003,
  schemaName: SCHEMA_NAME,
  entities,
  buildSchema: buildIssuesSchema,
  extendContext,
  exports: ISSUES_EXPORTS,
  config: {
    /** How often the ledger's scheduler looks for overdue problems. */
    SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
    /** Escalations one feed subscriber may be behind before it is closed (RATE_LIMITED, SLOW_SUBSCRIBER). */
    FEED_MAX_QUEUE: z.coerce.number().int().min(1).default(1000),
  },
  background: async ({ appDatabaseUrl, logger, config }) => {
    const references = new EventConsumer({
      name: 'issues.references',
      url: appDatabaseUrl,
      types: REFERENCE_EVENTS,
      handle: applyReferenceEvents,
      onError: (error) => logger.error({ err: error }, 'reference projection failed; retrying'),
    });
    await references.start();
    await references.catchUp();
    await announceCalendarCoverage(appDatabaseUrl, logger);
    const scheduler = new Scheduler({ url: appDatabaseUrl, logger });
    scheduler.start(config.SCHEDULER_INTERVAL_MS);
    // One live listener per process, fanned out to every escalation-feed subscriber.
    const feed = new EscalationFeedHub({ url: appDatabaseUrl, logger, maxQueue: config.FEED_MAX_QUEUE });
    await feed.start();
    setEscalationFeedHub(feed);
    return async () => {
      setEscalationFeedHub(null);
      await feed.stop();
      await scheduler.stop();
      await references.stop();
    };
  },
});
