import { useEffect, useState } from 'react';
import type { MangoQuerySelector, RxCollection } from 'rxdb';
import { LiveKeysetList, type KeysetListState } from '../../db/live-keyset-list';

/** A live, index-paged list; re-created when the selector or sort changes. */
export function useKeysetList<T extends { id: string }>(
  collection: RxCollection<T>,
  sortField: keyof T & string,
  selector: MangoQuerySelector<T>,
  pageSize = 60,
): KeysetListState<T> & { loadMore: () => void } {
  const selectorKey = JSON.stringify(selector);
  const [list, setList] = useState<LiveKeysetList<T> | null>(null);
  const [state, setState] = useState<KeysetListState<T>>({ rows: [], hasMore: true, loading: true });

  useEffect(() => {
    const next = new LiveKeysetList<T>(collection, sortField, JSON.parse(selectorKey) as MangoQuerySelector<T>, pageSize);
    const unsubscribe = next.subscribe(setState);
    next.start();
    setList(next);
    return () => {
      unsubscribe();
      next.close();
    };
  }, [collection, sortField, selectorKey, pageSize]);

  return { ...state, loadMore: () => void list?.loadMore() };
}
