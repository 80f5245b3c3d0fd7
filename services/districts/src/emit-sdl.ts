import 'reflect-metadata';
import path from 'node:path';
import { writeSdl } from '@qinshang/subgraph';
import { buildDistrictsSchema } from './schema';

void writeSdl('districts', buildDistrictsSchema, path.resolve(__dirname, '..', 'schema.graphql'));
