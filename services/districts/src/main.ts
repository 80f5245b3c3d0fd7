// First: OpenTelemetry (when OTEL_* is set) must patch http, graphql and pg before they load.
import '@qinshang/telemetry/register';
import 'reflect-metadata';
import { EventConsumer } from '@qinshang/eventlog';
import { applyAssignmentEvents, ASSIGNMENT_CONSUMER, ISSUE_EVENTS } from './assignment/assignment.projection';
import { runSubgraph } from '@qinshang/subgraph';
import { z } from '@qinshang/config';
import { extendContext } from './context';
import { entities } from './entities';
import { DISTRICTS_EXPORTS } from './exports';
import { applyRulesEvents, RULES_CONSUMER, RULES_EVENTS } from './rules/rules.projection';
import { WorkReminders } from './reminders/work-reminders';
import { buildDistrictsSchema, SCHEMA_NAME } from './schema';

void runSubgraph({
  name: 'districts',
  defaultPort: 4002,
  schemaName: SCHEMA_NAME,
  entities,
  buildSchema: buildDistrictsSchema,
  extendContext,
  exports: DISTRICTS_EXPORTS,
  config: {
    /** How often the officials' reminders (visits short of the minimum, a report coming due) are judged. */
    REMINDER_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  },
  background: async ({ appDatabaseUrl, logger, config }) => {
    const rules = new EventConsumer({
      name: RULES_CONSUMER,
      url: appDatabaseUrl,
      types: RULES_EVENTS,
      handle: applyRulesEvents,
      onError: (error) => logger.error({ err: error }, 'campaign rules projection failed; retrying'),
    });
    // Which department each problem is with: what a department may see here (row-level security).
    const assignments = new EventConsumer({
      name: ASSIGNMENT_CONSUMER,
      url: appDatabaseUrl,
      types: ISSUE_EVENTS,
      handle: applyAssignmentEvents,
      onError: (error) => logger.error({ err: error }, 'issue assignment projection failed; retrying'),
    });
    await Promise.all([rules.start(), assignments.start()]);
    await Promise.all([rules.catchUp(), assignments.catchUp()]);
    // Every replica runs the round; an advisory lock lets one at a time judge, a row per reminder keeps each once.
    const reminders = new WorkReminders({ url: appDatabaseUrl, logger });
    reminders.start(config.REMINDER_INTERVAL_MS);
    return async () => {
      await reminders.stop();
      await Promise.all([rules.stop(), assignments.stop()]);
    };
  },
});
