// First: OpenTelemetry (when OTEL_* is set) must patch http, graphql and pg before they load.
import '@qinshang/telemetry/register';
import 'reflect-metadata';
import { EventConsumer } from '@qinshang/eventlog';
import { runSubgraph } from '@qinshang/subgraph';
import { extendContext } from './context';
import { entities } from './entities';
import { EVALUATION_EXPORTS } from './exports';
import { applyEvents, CONSUMED_TYPES, CONSUMER_NAME } from './projection/projector';
import { Publisher, setPublisher } from './publishing/publisher';
import { buildEvaluationSchema, SCHEMA_NAME } from './schema';
import { SystemDb } from './system-db';

/*
 * The evaluation subgraph, and in the same process the consumer that keeps its projections up
 * to date with the event log (every replica runs one; the checkpoint lock lets exactly one apply
 * each batch) and the publisher that freezes a month once it is over.
 */
void runSubgraph({
  name: 'evaluation',
  defaultPort: 4004,
  schemaName: SCHEMA_NAME,
  entities,
  buildSchema: buildEvaluationSchema,
  extendContext,
  exports: EVALUATION_EXPORTS,
  background: async ({ appDatabaseUrl, logger }) => {
    const consumer = new EventConsumer({
      name: CONSUMER_NAME,
      url: appDatabaseUrl,
      types: CONSUMED_TYPES,
      batchSize: 1000,
      handle: (client, events) => applyEvents(client, events),
      onError: (error) => logger.error({ err: error }, 'projection batch failed; it will be retried'),
    });
    const system = new SystemDb(appDatabaseUrl);
    const publisher = new Publisher(system, logger);
    setPublisher(publisher);
    await consumer.start();
    // Figures are served only once the projections have caught up with the log as it stood.
    await consumer.catchUp();
    publisher.start();
    return async () => {
      await consumer.stop();
      await publisher.stop();
      await system.end();
    };
  },
});
