import 'reflect-metadata';
import path from 'node:path';
import { writeSdl } from '@qinshang/subgraph';
import { buildIssuesSchema } from './schema';

void writeSdl('issues', buildIssuesSchema, path.resolve(__dirname, '..', 'schema.graphql'));
