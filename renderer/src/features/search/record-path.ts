import type { SearchKind } from '../../../../shared/search';

const LIST_PATHS: Record<SearchKind, string> = {
  account: '/accounts',
  contact: '/contacts',
  lead: '/leads',
  opportunity: '/opportunities',
  product: '/products',
};

/** The record's detail page (each feature's routes.ts has `<list>/:id`). */
export const recordPath = (kind: SearchKind, id: string) => `${LIST_PATHS[kind]}/${id}`;
