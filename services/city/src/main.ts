import 'reflect-metadata';
import { runSubgraph } from '@qinshang/subgraph';
import { extendContext } from './context';
import { entities } from './entities';
import { buildCitySchema, SCHEMA_NAME } from './schema';

void runSubgraph({
  name: 'city',
  defaultPort: 4001,
  schemaName: SCHEMA_NAME,
  entities,
  buildSchema: buildCitySchema,
  extendContext,
});
