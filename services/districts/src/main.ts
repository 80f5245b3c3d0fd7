import 'reflect-metadata';
import { runSubgraph } from '@qinshang/subgraph';
import { extendContext } from './context';
import { entities } from './entities';
import { buildDistrictsSchema, SCHEMA_NAME } from './schema';

void runSubgraph({
  name: 'districts',
  defaultPort: 4002,
  schemaName: SCHEMA_NAME,
  entities,
  buildSchema: buildDistrictsSchema,
  extendContext,
});
