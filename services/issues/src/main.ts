import 'reflect-metadata';
import { runSubgraph } from '@qinshang/subgraph';
import { extendContext } from './context';
import { entities } from './entities';
import { buildIssuesSchema, SCHEMA_NAME } from './schema';

void runSubgraph({
  name: 'issues',
  defaultPort: 4003,
  schemaName: SCHEMA_NAME,
  entities,
  buildSchema: buildIssuesSchema,
  extendContext,
});
