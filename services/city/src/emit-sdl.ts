import 'reflect-metadata';
import path from 'node:path';
import { writeSdl } from '@qinshang/subgraph';
import { buildCitySchema } from './schema';

void writeSdl('city', buildCitySchema, path.resolve(__dirname, '..', 'schema.graphql'));
