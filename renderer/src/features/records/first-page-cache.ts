import type { RecordRowModel } from './RecordRow';

/**
 * The rows a list last showed at its top, kept in localStorage so that after a cold start
 * the list paints at once while IndexedDB opens (DESIGN §4: opening the database and the
 * first query take a few hundred ms). The live rows replace them as soon as they arrive.
 */
const PREFIX = 'peyvand.firstPage.';
export const CACHED_ROWS = 30;

/** Set once the caches are cleared (user switch, wipe): a save already scheduled must not undo it. */
let savesBlocked = false;

export function saveFirstPage(viewKey: string, rows: RecordRowModel[]): void {
  if (savesBlocked) return;
  try {
    localStorage.setItem(PREFIX + viewKey, JSON.stringify(rows.slice(0, CACHED_ROWS)));
  } catch {
    // Storage full or disabled: the cache is only an optimisation.
  }
}

export function loadFirstPage(viewKey: string): RecordRowModel[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(PREFIX + viewKey) ?? '[]');
    return Array.isArray(parsed) ? (parsed as RecordRowModel[]).filter((r) => r && typeof r.id === 'string' && typeof r.title === 'string') : [];
  } catch {
    return [];
  }
}

export function clearFirstPages(): void {
  savesBlocked = true;
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // nothing cached
  }
}
