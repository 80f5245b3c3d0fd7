export * from './data-source';
export * from './tenancy';
export * from './request-db';
export * from './bootstrap';
export * from './seed';
export * from './sql-params';
export * from './resilience';
export * from './idempotency';
