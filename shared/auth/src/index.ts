export * from './roles';
export * from './verifier';
export * from './dev-token';
export * from './permissions';
