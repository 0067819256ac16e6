import { useEffect, useState } from 'react';
import type { RxCollection } from 'rxdb';

/** One live record by id: undefined while loading, null when absent or deleted. */
export function useRecord<T>(collection: RxCollection<T>, id: string | undefined): T | null | undefined {
  const [doc, setDoc] = useState<T | null | undefined>(undefined);
  useEffect(() => {
    if (!id) {
      setDoc(null);
      return;
    }
    setDoc(undefined);
    const sub = collection.findOne(id).$.subscribe((d) => setDoc(d ? (d.toJSON() as T) : null));
    return () => sub.unsubscribe();
  }, [collection, id]);
  return doc;
}
