import 'reflect-metadata';
import { coverageNotice, yearOf } from '@qinshang/calendar';
import { createLogger } from '@qinshang/logging';
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
}).then(async () => {
  // The enterprise profiles policy matching reads, kept from the event log. Every replica runs
  // the consumer; the checkpoint lock lets exactly one of them apply each batch.
  const logger = createLogger('city');
  const calendar = await latestCalendar(process.env.APP_DATABASE_URL!);
  const notice = coverageNotice(calendar);
  if (notice) logger.warn({ uncovered: calendar.uncoveredYears([yearOf(), yearOf() + 1]) }, notice);
  const consumer = enterpriseProfileConsumer(process.env.APP_DATABASE_URL!, (error) => logger.error({ err: error }, 'enterprise profile consumer failed'));
  await consumer.start();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void consumer.stop());
});
