export * from './protocol';
export * from './content';
export * from './access';
export * from './merge';
export * from './conflict-log';
export * from './sse';
