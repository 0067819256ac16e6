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
    const refresh = () => {
      void collection.count().exec().then((n) => !cancelled && setCount(n));
    };
    const first = setTimeout(refresh, 50);
    const sub = collection.$.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 400);
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
