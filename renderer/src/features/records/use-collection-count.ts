import { useEffect, useState } from 'react';
import type { RxCollection } from 'rxdb';

/**
 * The total shown beside a list title. Counting 100k docs takes ~1.5 s in IndexedDB,
 * so it is fetched after the first paint and refreshed a moment after changes, never on render.
 */
export function useCollectionCount(collection: RxCollection): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight = false;
    const refresh = () => {
      if (inFlight) return;
      inFlight = true;
      void collection.count().exec().then((n) => {
        inFlight = false;
        if (!cancelled) setCount(n);
      });
    };
    // Well after the first page: a full count competes with it for IndexedDB.
    const first = setTimeout(refresh, 1200);
    const sub = collection.$.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 1000);
    });
    return () => {
      cancelled = true;
      clearTimeout(first);
      clearTimeout(timer);
      sub.unsubscribe();
    };
  }, [collection]);
  return count;
}
