import { useEffect, useMemo, useState } from 'react';
import type { RxCollection } from 'rxdb';
import type { ProductDoc } from '../../../../shared/entities';
import { CatalogList, catalogFilterKey, type CatalogFilter, type CatalogListState } from './catalog-list';
import { distinctCategories, nextCategoryQuery } from './categories';

/** Rows per read: summaries are small, so fewer, larger reads while scrolling a big catalog. */
const PAGE_SIZE = 120;

/** The live catalog window for a filter; re-created when the filter changes. */
export function useCatalogList(collection: RxCollection<ProductDoc>, filter: CatalogFilter): CatalogListState & { loadMore: () => void } {
  const key = catalogFilterKey(filter);
  const [list, setList] = useState<CatalogList | null>(null);
  const [state, setState] = useState<CatalogListState>({ rows: [], hasMore: true, loading: true });
  useEffect(() => {
    const next = new CatalogList(collection, JSON.parse(key) as CatalogFilter, PAGE_SIZE);
    const unsubscribe = next.subscribe(setState);
    next.start();
    setList(next);
    return () => {
      unsubscribe();
      next.close();
    };
  }, [collection, key]);
  return { ...state, loadMore: () => void list?.loadMore() };
}

/** Reads the distinct category paths by walking the [category, sortName] index (see categories.ts). */
export function readCategories(collection: RxCollection<ProductDoc>): Promise<string[]> {
  return distinctCategories(async (after) => {
    const [doc] = await collection.find(nextCategoryQuery(after) as never).exec();
    return doc ? doc.category : null;
  });
}

/**
 * The distinct category paths in use (undefined while the first walk runs). Walked again
 * a moment after products change: one short index read per category.
 */
export function useCategories(collection: RxCollection<ProductDoc>): string[] | undefined {
  const [paths, setPaths] = useState<string[] | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    let again = false;
    const refresh = () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      void readCategories(collection).then((found) => {
        running = false;
        if (!cancelled) setPaths((old) => (old && old.join('\n') === found.join('\n') ? old : found));
        if (again && !cancelled) {
          again = false;
          refresh();
        }
      });
    };
    refresh();
    const sub = collection.$.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 400);
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      sub.unsubscribe();
    };
  }, [collection]);
  return paths;
}

/** Category paths without the empty one (for suggestions). */
export function useCategorySuggestions(collection: RxCollection<ProductDoc>): string[] {
  const paths = useCategories(collection);
  return useMemo(() => (paths ?? []).filter(Boolean), [paths]);
}
