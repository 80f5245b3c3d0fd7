import 'reflect-metadata';

export * from './schema';
export * from './context';
export * from './server';
export * from './subscriptions';
export * from './pagination';
export * from './main';
export * from './page-info.type';
export * from './input-guard';
export * from './exports';
export * from './live-stream';
