import { useEffect, useMemo } from 'react';
import { CACHED_ROWS, loadFirstPage, saveFirstPage } from './first-page-cache';
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

/**
 * The rows to draw: the live ones, or until the first live page is in, the ones this view
 * showed last time (the cache). The list never blanks between the preview drawn while the
 * database opens and its first page, which at 100k records and a search index building
 * alongside can take a second or two; the cached rows open their records meanwhile.
 */
export function useRowsOrCached(viewKey: string, rows: RecordRowModel[], loading: boolean): RecordRowModel[] {
  const cached = useMemo(() => loadFirstPage(viewKey), [viewKey]);
  return rows.length === 0 && loading ? cached : rows;
}
