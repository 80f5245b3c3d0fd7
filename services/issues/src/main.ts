import 'reflect-metadata';
import { EventConsumer } from '@qinshang/eventlog';
import { runSubgraph } from '@qinshang/subgraph';
import { extendContext } from './context';
import { EscalationFeedHub, setEscalationFeedHub } from './feeds/escalation-feed.hub';
import { entities } from './entities';
import { announceCalendarCoverage } from './ledger/calendar.startup';
import { applyReferenceEvents, REFERENCE_EVENTS } from './projections/references';
import { Scheduler, schedulerIntervalMs } from './scheduler/scheduler';
import { buildIssuesSchema, SCHEMA_NAME } from './schema';

void runSubgraph({
  name: 'issues',
  defaultPort: 4003,
  schemaName: SCHEMA_NAME,
  entities,
  buildSchema: buildIssuesSchema,
  extendContext,
  background: async ({ appDatabaseUrl, logger, env }) => {
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
    scheduler.start(schedulerIntervalMs(env));
    // One live listener per process, fanned out to every escalation-feed subscriber.
    const maxQueue = Number(env.FEED_MAX_QUEUE ?? 1000);
    if (!Number.isInteger(maxQueue) || maxQueue < 1) throw new Error(`FEED_MAX_QUEUE must be a positive integer, not ${env.FEED_MAX_QUEUE}`);
    const feed = new EscalationFeedHub({ url: appDatabaseUrl, logger, maxQueue });
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
