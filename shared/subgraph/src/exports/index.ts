export * from './columns';
export * from './writers';
export * from './exports';
export * from './filters';
