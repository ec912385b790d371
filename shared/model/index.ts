export * from './types';
export * from './json';
export * from './issues';
export * from './schema';
export * from './references';
export * from './migrate';
export * from './serialize';
export * from './load';
