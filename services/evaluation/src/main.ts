import 'reflect-metadata';
import { runSubgraph } from '@qinshang/subgraph';
import { extendContext } from './context';
import { entities } from './entities';
import { buildEvaluationSchema, SCHEMA_NAME } from './schema';

void runSubgraph({
  name: 'evaluation',
  defaultPort: 4004,
  schemaName: SCHEMA_NAME,
  entities,
  buildSchema: buildEvaluationSchema,
  extendContext,
});
