import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type ListSort = 'name' | 'updated';

export interface ListFilters {
  ownerId: string;
  tag: string;
  segment: string;
  accountId: string;
}

export interface ListView {
  sort: ListSort;
  filters: ListFilters;
}

export const EMPTY_FILTERS: ListFilters = { ownerId: '', tag: '', segment: '', accountId: '' };
const DEFAULT_VIEW: ListView = { sort: 'name', filters: EMPTY_FILTERS };

interface ListViewState {
  views: Record<string, ListView>;
  setView(list: string, patch: Partial<ListView>): void;
}

/** Each list remembers its sort and filters across restarts (the "saved view"). */
export const useListViews = create<ListViewState>()(
  persist(
    (set) => ({
      views: {},
      setView: (list, patch) =>
        set((s) => ({ views: { ...s.views, [list]: { ...DEFAULT_VIEW, ...s.views[list], ...patch } } })),
    }),
    { name: 'peyvand.listViews', version: 1 },
  ),
);

export function useListView(list: string): [ListView, (patch: Partial<ListView>) => void] {
  const view = useListViews((s) => s.views[list]) ?? DEFAULT_VIEW;
  const setView = useListViews((s) => s.setView);
  return [view, (patch) => setView(list, patch)];
}

/** The Mango selector for the filters; every equality filter has a compound index with the sort key. */
export function filtersToSelector(filters: ListFilters): Record<string, unknown> {
  const selector: Record<string, unknown> = {};
  if (filters.ownerId) selector.ownerId = filters.ownerId;
  if (filters.segment) selector.segment = filters.segment;
  if (filters.accountId) selector.accountId = filters.accountId;
  if (filters.tag) selector.tags = { $elemMatch: { $eq: filters.tag } };
  return selector;
}

/** Identifies a list with its sort and filters, e.g. for the first-page cache. */
export function listViewKey(list: string, view: ListView): string {
  return `${list}:${view.sort}:${JSON.stringify(view.filters)}`;
}
