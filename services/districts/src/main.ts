import 'reflect-metadata';
import { EventConsumer } from '@qinshang/eventlog';
import { runSubgraph } from '@qinshang/subgraph';
import { extendContext } from './context';
import { entities } from './entities';
import { applyRulesEvents, RULES_CONSUMER, RULES_EVENTS } from './rules/rules.projection';
import { buildDistrictsSchema, SCHEMA_NAME } from './schema';

void runSubgraph({
  name: 'districts',
  defaultPort: 4002,
  schemaName: SCHEMA_NAME,
  entities,
  buildSchema: buildDistrictsSchema,
  extendContext,
  background: async ({ appDatabaseUrl, logger }) => {
    const rules = new EventConsumer({
      name: RULES_CONSUMER,
      url: appDatabaseUrl,
      types: RULES_EVENTS,
      handle: applyRulesEvents,
      onError: (error) => logger.error({ err: error }, 'campaign rules projection failed; retrying'),
    });
    await rules.start();
    await rules.catchUp();
    return () => rules.stop();
  },
});
