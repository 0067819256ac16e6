export { SearchIndex } from './search-index';
export type { SearchableRecord, SearchHit, SearchKind, SearchMatch, SearchOptions } from './types';
