export * from './pipeline';
export * from './quote-totals';
export * from './stages';
