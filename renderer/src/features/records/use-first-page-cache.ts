import { useEffect } from 'react';
import { CACHED_ROWS, saveFirstPage } from './first-page-cache';
import type { RecordRowModel } from './RecordRow';

/** Keeps the first-page cache of a list view in step with what the list shows. */
export function useFirstPageCache(viewKey: string, rows: RecordRowModel[], loading: boolean) {
  const top = rows.slice(0, CACHED_ROWS);
  const signature = JSON.stringify(top);
  useEffect(() => {
    if (loading) return;
    const timer = setTimeout(() => saveFirstPage(viewKey, JSON.parse(signature) as RecordRowModel[]), 500);
    return () => clearTimeout(timer);
  }, [viewKey, signature, loading]);
}
