export * from './types';
export * from './parse';
export * from './goals';
export * from './bundled';
export * from './authoring';
export * from './engine';
export * from './faults';
