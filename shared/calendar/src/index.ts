export * from './zone';
export * from './working';
export * from './deadlines';
export { STATUTORY_SOURCE, STATUTORY_YEARS } from './statutory';
