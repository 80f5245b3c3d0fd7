import 'reflect-metadata';
import { runMigrations } from '@qinshang/database';
import { entities } from './entities';
import { migrations } from './migrations';
import { SCHEMA_NAME } from './schema';

runMigrations({ schema: SCHEMA_NAME, entities, migrations })
  .then((applied) => process.stdout.write(`notifications: ${applied.length ? applied.join(', ') : 'up to date'}\n`))
  .catch((error) => {
    process.stderr.write(`notifications: migration failed: ${error.message}\n`);
    process.exit(1);
  });
