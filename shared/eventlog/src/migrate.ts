import { runMigrations } from '@qinshang/database';
import { migrations } from './migrations';

/** Applies the event log's migrations; the platform runs this before any service's. */
runMigrations({ schema: 'eventlog', entities: [], migrations })
  .then((applied) => {
    for (const name of applied) process.stdout.write(`eventlog: applied ${name}\n`);
  })
  .catch((error) => {
    process.stderr.write(`eventlog migrations failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
