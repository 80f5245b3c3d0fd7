// First: OpenTelemetry (when OTEL_* is set) must patch http, graphql and pg before they load.
import '@qinshang/telemetry/register';
import 'reflect-metadata';
import { coverageNotice, yearOf } from '@qinshang/calendar';
import { runSubgraph } from '@qinshang/subgraph';
import { extendContext } from './context';
import { latestCalendar } from './calendar/calendar.startup';
import { entities } from './entities';
import { enterpriseProfileConsumer } from './projection/enterprise-profile.consumer';
import { buildCitySchema, SCHEMA_NAME } from './schema';

void runSubgraph({
  name: 'city',
  defaultPort: 4001,
  schemaName: SCHEMA_NAME,
  entities,
  buildSchema: buildCitySchema,
  extendContext,
  // The enterprise profiles policy matching reads, kept from the event log. Every replica runs
  // the consumer; the checkpoint lock lets exactly one of them apply each batch.
  background: async ({ appDatabaseUrl, logger }) => {
    const calendar = await latestCalendar(appDatabaseUrl);
    const notice = coverageNotice(calendar);
    if (notice) logger.warn({ uncovered: calendar.uncoveredYears([yearOf(), yearOf() + 1]) }, notice);
    const consumer = enterpriseProfileConsumer(appDatabaseUrl, (error) => logger.error({ err: error }, 'enterprise profile consumer failed'));
    await consumer.start();
    return () => consumer.stop();
  },
});
