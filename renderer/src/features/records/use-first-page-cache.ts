import { useEffect, useMemo } from 'react';
import { useScreenSnapshot } from '../../app/use-screen-snapshot';
import { CACHED_ROWS, loadFirstPage, saveFirstPage } from './first-page-cache';
import type { RecordRowModel } from './RecordRow';

/**
 * Keeps what the next start of this list shows in step with its top rows: the first-page
 * cache, and (unless `searching`: a search shows its own results) the screen snapshot.
 * Both follow the top page only, so scrolling further down writes nothing.
 */
export function useFirstPageCache(viewKey: string, rows: RecordRowModel[], loading: boolean, searching = false) {
  const top = rows.slice(0, CACHED_ROWS);
  const signature = JSON.stringify(top);
  useEffect(() => {
    if (loading) return;
    const timer = setTimeout(() => saveFirstPage(viewKey, JSON.parse(signature) as RecordRowModel[]), 500);
    return () => clearTimeout(timer);
  }, [viewKey, signature, loading]);
  useScreenSnapshot(!loading && !searching, signature);
}

/** Lists that showed live rows in this page's life: from then on their cache is history. */
const listsShownLive = new Set<string>();

/**
 * The rows to draw: the live ones, or, until the first live page is in after a start, the
 * ones this view showed last time (the cache; `cached` says so, for the list's preview
 * marking). The list never blanks between the preview drawn while the database opens and
 * its first page, which at 100k records and a search index building alongside can take a
 * second or two; the cached rows open their records meanwhile. Later in the session (another
 * sort or filter) a days-old page would mislead: then the list waits for its live rows.
 */
export function useRowsOrCached(viewKey: string, rows: RecordRowModel[], loading: boolean): { rows: RecordRowModel[]; cached: boolean } {
  const list = viewKey.split(':')[0] ?? viewKey;
  const cachedRows = useMemo(() => (listsShownLive.has(list) ? [] : loadFirstPage(viewKey)), [list, viewKey]);
  const live = !loading || rows.length > 0;
  useEffect(() => {
    if (live && rows.length > 0) listsShownLive.add(list);
  }, [live, rows.length, list]);
  return !live && cachedRows.length > 0 ? { rows: cachedRows, cached: true } : { rows, cached: false };
}
