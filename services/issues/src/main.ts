import 'reflect-metadata';
import { EventConsumer } from '@qinshang/eventlog';
import { runSubgraph } from '@qinshang/subgraph';
import { extendContext } from './context';
import { entities } from './entities';
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
    const scheduler = new Scheduler({ url: appDatabaseUrl, logger });
    scheduler.start(schedulerIntervalMs(env));
    return async () => {
      await scheduler.stop();
      await references.stop();
    };
  },
});
