export * from './categories';
export * from './city';
export * from './districts';
export * from './issues';
export * from './evaluation';
export * from './accounts';
