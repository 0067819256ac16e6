import type { LeadDoc } from '../../../../shared/entities';
import type { PeyvandDatabase } from '../../db/database';
import type { LeadRowProblem } from './lead-import';

/**
 * The database side of a CSV import: which of the prepared leads exist already, and the
 * batched write. The rows were validated before (lead-import.ts); nothing here changes them.
 */

/**
 * Ids among `ids` that are stored, deleted ones included: a lead imported before and then
 * deleted stays deleted (RxDB's insert would silently bring it back).
 */
export async function findStoredLeadIds(
  db: PeyvandDatabase,
  ids: readonly string[],
  options: { chunk?: number; onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<Set<string>> {
  const { chunk = 2000, onProgress, signal } = options;
  const found = new Set<string>();
  for (let start = 0; start < ids.length; start += chunk) {
    signal?.throwIfAborted();
    const batch = ids.slice(start, start + chunk);
    const stored = await db.leads.storageInstance.findDocumentsById(batch, true);
    for (const d of stored) found.add(d.id);
    onProgress?.(Math.min(ids.length, start + chunk), ids.length);
  }
  return found;
}

export interface LeadWriteResult {
  /** completed: every row was tried. cancelled: stopped between two batches. failed: the storage gave up. */
  status: 'completed' | 'cancelled' | 'failed';
  inserted: number;
  /** Already stored when written (e.g. arrived by sync meanwhile): left as they are. */
  skipped: number;
  /** Rows the database refused, with their line. */
  failed: LeadRowProblem[];
  /** Valid rows never tried (cancelled or failed): importing the same file again writes them. */
  notWritten: number;
  error: string;
}

export interface WriteOptions {
  /** Leads per bulkInsert: one IndexedDB transaction each. */
  batchSize?: number;
  onProgress?: (written: number, total: number) => void;
  signal?: AbortSignal;
}

/** Inserts the rows in batches, in file order; an id already stored is skipped, never overwritten. */
export async function writeLeads(db: PeyvandDatabase, rows: readonly { line: number; doc: LeadDoc }[], options: WriteOptions = {}): Promise<LeadWriteResult> {
  const { batchSize = 1000, onProgress, signal } = options;
  const result: LeadWriteResult = { status: 'completed', inserted: 0, skipped: 0, failed: [], notWritten: 0, error: '' };
  let done = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    if (signal?.aborted) {
      result.status = 'cancelled';
      break;
    }
    const batch = rows.slice(start, start + batchSize);
    try {
      const written = await db.leads.bulkInsert(batch.map((r) => r.doc));
      result.inserted += written.success.length;
      const lineOf = written.error.length ? new Map(batch.map((r) => [r.doc.id, r.line])) : null;
      for (const err of written.error) {
        if (err.status === 409) result.skipped += 1;
        else result.failed.push({ line: lineOf?.get(err.documentId) ?? 0, code: 'writeFailed', value: `status ${err.status}` });
      }
    } catch (err) {
      result.status = 'failed';
      result.error = err instanceof Error ? err.message : String(err);
      break;
    }
    done += batch.length;
    onProgress?.(done, rows.length);
  }
  result.notWritten = rows.length - done;
  return result;
}
