import 'reflect-metadata';
import path from 'node:path';
import { writeSdl } from '@qinshang/subgraph';
import { buildEvaluationSchema } from './schema';

void writeSdl('evaluation', buildEvaluationSchema, path.resolve(__dirname, '..', 'schema.graphql'));
