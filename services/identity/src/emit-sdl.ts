import 'reflect-metadata';
import path from 'node:path';
import { writeSdl } from '@qinshang/subgraph';
import { buildIdentitySchema } from './schema';

void writeSdl('identity', buildIdentitySchema, path.resolve(__dirname, '..', 'schema.graphql'));
