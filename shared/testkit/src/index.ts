export * from './stack';
export * from './client';
