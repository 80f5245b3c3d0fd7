export * from './catalogue';
export * from './append';
export * from './read';
export * from './listener';
export * from './sql';
export * from './notification';
export { migrations as eventlogMigrations } from './migrations';
export * from './consumer';
