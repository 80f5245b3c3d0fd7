export * from './stack';
export * from './client';
export * from './oidc';
export * from './feed-cursor';
