export * from './format';
export * from './line-splitter';
