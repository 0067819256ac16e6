export * from './protocol';
export * from './content';
export * from './access';
