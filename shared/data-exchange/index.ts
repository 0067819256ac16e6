export * from './format';
export * from './line-splitter';
export * from './csv';
