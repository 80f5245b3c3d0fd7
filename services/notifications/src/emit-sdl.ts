import 'reflect-metadata';
import path from 'node:path';
import { writeSdl } from '@qinshang/subgraph';
import { buildNotificationsSchema } from './schema';

void writeSdl('notifications', buildNotificationsSchema, path.resolve(__dirname, '..', 'schema.graphql'));
