import { getChangedDocumentsSince, type RxCollection } from 'rxdb';
import {
  DATA_COLLECTION_ORDER, LineSplitter, MAX_LINE_CHARS, parseDataHeader, parseDataLine,
  type DataCollection, type DataDocs, type DataHeader, type DataLineProblem,
} from '../../../../shared/data-exchange';
import type { PeyvandDatabase } from '../../db/database';

export type ImportProblemReason = DataLineProblem | 'writeFailed' | 'emptyFile' | 'notUtf8';

export interface ImportProblem {
  /** 1-based line of the file (the header is line 1); 0 when not tied to a line. */
  line: number;
  reason: ImportProblemReason;
  detail: string;
}

export interface CollectionCounts {
  inserted: number;
  skipped: number;
  rejected: number;
}

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  linesRead: number;
  /** Written to the database. */
  inserted: number;
  /** Valid, but a document with that id already exists: left as it is. */
  skipped: number;
  /** Invalid lines and failed writes: never written. */
  rejected: number;
  elapsedMs: number;
}

export interface ImportReport extends ImportProgress {
  /**
   * completed: the whole file was read. cancelled: stopped by the signal after the batch in
   * flight finished. refused: not a data file; nothing was written. failed: the database or
   * the file stopped working mid-way; what was written before stays written.
   */
  status: 'completed' | 'cancelled' | 'refused' | 'failed';
  header: DataHeader | null;
  byCollection: Record<DataCollection, CollectionCounts>;
  /** The first problems, in file order (at most `maxProblems`). */
  problems: ImportProblem[];
  /** Set when status is refused or failed. */
  fatal: ImportProblem | null;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** Documents per bulkInsert. RxDB's Dexie storage writes one IndexedDB transaction per call. */
  batchSize?: number;
  maxProblems?: number;
  /** Minimum time between progress reports; the final report is always sent. */
  progressIntervalMs?: number;
}

class NotUtf8Error extends Error {}
class WriteFailedError extends Error {
  constructor(message: string, readonly firstLine: number) {
    super(message);
  }
}

type PendingDoc = { line: number; doc: DataDocs[DataCollection] };

/**
 * Imports a Peyvand data file (shared/data-exchange) into the local database.
 *
 * The file is streamed: bytes → UTF-8 text → lines, each validated with the shared zod
 * schemas; valid documents are inserted in batches with `bulkInsert`. An existing id is
 * skipped, never overwritten (the import must not undo someone's edits). Batches never
 * mix collections, and reading waits whenever a batch is ready while the previous one is
 * still being written, so memory stays flat whatever the file size.
 */
export async function importDataFile(db: PeyvandDatabase, file: Blob, options: ImportOptions = {}): Promise<ImportReport> {
  const { onProgress, signal, batchSize = 1000, maxProblems = 50, progressIntervalMs = 100 } = options;
  const started = performance.now();
  const report: ImportReport = {
    status: 'completed',
    header: null,
    bytesRead: 0,
    totalBytes: file.size,
    linesRead: 0,
    inserted: 0,
    skipped: 0,
    rejected: 0,
    elapsedMs: 0,
    byCollection: Object.fromEntries(
      DATA_COLLECTION_ORDER.map((c) => [c, { inserted: 0, skipped: 0, rejected: 0 }]),
    ) as Record<DataCollection, CollectionCounts>,
    problems: [],
    fatal: null,
  };

  const addProblem = (p: ImportProblem) => {
    if (report.problems.length < maxProblems) report.problems.push(p);
  };
  const reject = (collection: DataCollection | null, p: ImportProblem) => {
    report.rejected++;
    if (collection) report.byCollection[collection].rejected++;
    addProblem(p);
  };

  let lastProgressAt = -Infinity;
  const progress = (force = false) => {
    const now = performance.now();
    report.elapsedMs = now - started;
    if (!onProgress || (!force && now - lastProgressAt < progressIntervalMs)) return;
    lastProgressAt = now;
    const { bytesRead, totalBytes, linesRead, inserted, skipped, rejected, elapsedMs } = report;
    onProgress({ bytesRead, totalBytes, linesRead, inserted, skipped, rejected, elapsedMs });
  };

  let batchCollection: DataCollection | null = null;
  let batch: PendingDoc[] = [];
  const batchIds = new Set<string>();

  // RxDB's insert silently revives a soft-deleted document with the same id; a delete is
  // someone's edit too, so those ids are skipped. The lookup costs a read per batch, so it
  // runs only for collections that held documents (deleted ones included) when the import began.
  const heldDocuments = new Map<DataCollection, Promise<boolean>>();
  const mayHoldDeleted = (collection: DataCollection, target: RxCollection<DataDocs[DataCollection]>) => {
    let held = heldDocuments.get(collection);
    if (!held) {
      held = getChangedDocumentsSince(target.storageInstance, 1).then((r) => r.documents.length > 0);
      heldDocuments.set(collection, held);
    }
    return held;
  };

  const writeBatch = async (collection: DataCollection, allRows: PendingDoc[]) => {
    const counts = report.byCollection[collection];
    const target = db[collection] as unknown as RxCollection<DataDocs[DataCollection]>;
    try {
      let rows = allRows;
      if (await mayHoldDeleted(collection, target)) {
        const stored = await target.storageInstance.findDocumentsById(rows.map((r) => r.doc.id), true);
        const deleted = new Set(stored.filter((d) => d._deleted).map((d) => d.id));
        if (deleted.size > 0) {
          rows = rows.filter((r) => !deleted.has(r.doc.id));
          report.skipped += deleted.size;
          counts.skipped += deleted.size;
        }
      }
      const result = await target.bulkInsert(rows.map((r) => r.doc));
      report.inserted += result.success.length;
      counts.inserted += result.success.length;
      const lineOf = result.error.length > 0 ? new Map(rows.map((r) => [r.doc.id, r.line])) : null;
      for (const err of result.error) {
        if (err.status === 409) {
          report.skipped++;
          counts.skipped++;
        } else {
          reject(collection, { line: lineOf?.get(err.documentId) ?? 0, reason: 'writeFailed', detail: `${collection} ${err.documentId}: status ${err.status}` });
        }
      }
    } catch (err) {
      // The whole batch is accounted for even when the storage gives up on it.
      report.rejected += allRows.length;
      counts.rejected += allRows.length;
      throw new WriteFailedError(err instanceof Error ? err.message : String(err), allRows[0]!.line);
    }
    progress();
  };

  // One batch is written while the next is read and validated: IndexedDB works off the
  // main thread, so overlapping the two keeps both busy. Writes stay one at a time, in file order.
  let inFlight: Promise<void> | null = null;
  let writeError: unknown = null;
  const settle = async () => {
    if (inFlight) await inFlight;
    inFlight = null;
    if (writeError) throw writeError;
  };
  const flush = async () => {
    if (!batchCollection || batch.length === 0) return;
    const rows = batch;
    batch = [];
    batchIds.clear();
    await settle();
    inFlight = writeBatch(batchCollection, rows).catch((err: unknown) => { writeError = err; });
  };

  const handleLine = async (text: string | null, lineNo: number) => {
    if (text === null) {
      reject(null, { line: lineNo, reason: 'lineTooLong', detail: `over ${MAX_LINE_CHARS} characters` });
      return;
    }
    if (text.trim() === '') return; // blank lines carry nothing; hand-edited NDJSON often has them
    const parsed = parseDataLine(text);
    if (!parsed.ok) {
      reject(null, { line: lineNo, reason: parsed.reason, detail: parsed.detail });
      return;
    }
    if (parsed.collection !== batchCollection) {
      await flush();
      batchCollection = parsed.collection;
    }
    if (batchIds.has(parsed.doc.id)) {
      // The same id twice in one batch: the first wins, as it would across batches.
      report.skipped++;
      report.byCollection[parsed.collection].skipped++;
      return;
    }
    batchIds.add(parsed.doc.id);
    batch.push({ line: lineNo, doc: parsed.doc });
    if (batch.length >= batchSize) await flush();
  };

  const finish = (status: ImportReport['status'], fatal: ImportProblem | null = null) => {
    report.status = status;
    report.fatal = fatal;
    // Write failures arrive a batch late; keep the list in file order.
    report.problems.sort((a, b) => a.line - b.line);
    progress(true);
    return report;
  };

  if (signal?.aborted) return finish('cancelled');

  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const splitter = new LineSplitter(MAX_LINE_CHARS);
  let lineNo = 0;

  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch (err) {
      throw new NotUtf8Error(err instanceof Error ? err.message : String(err));
    }
  };
  const lines = async function* (): AsyncGenerator<string | null> {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        yield* splitter.push(decode());
        yield* splitter.end();
        return;
      }
      report.bytesRead += value.byteLength;
      yield* splitter.push(decode(value));
    }
  };

  try {
    for await (const text of lines()) {
      lineNo++;
      report.linesRead = lineNo;
      if (lineNo === 1) {
        const header = text === null ? null : parseDataHeader(text);
        if (!header?.ok) {
          return finish('refused', {
            line: 1,
            reason: header ? header.reason : 'lineTooLong',
            detail: header ? header.detail : `over ${MAX_LINE_CHARS} characters`,
          });
        }
        report.header = header.header;
        continue;
      }
      await handleLine(text, lineNo);
      if (signal?.aborted) {
        // Write what is already read, so every line up to linesRead is accounted for.
        await flush();
        await settle();
        return finish('cancelled');
      }
      progress();
    }
    if (lineNo === 0) return finish('refused', { line: 0, reason: 'emptyFile', detail: '' });
    await flush();
    await settle();
    return finish('completed');
  } catch (err) {
    // A batch may still be in flight: wait for it, so its documents are reported too.
    if (inFlight) await inFlight;
    if (err instanceof NotUtf8Error) {
      return finish('failed', { line: lineNo + 1, reason: 'notUtf8', detail: err.message });
    }
    const line = err instanceof WriteFailedError ? err.firstLine : lineNo;
    return finish('failed', { line, reason: 'writeFailed', detail: err instanceof Error ? err.message : String(err) });
  } finally {
    // Stop reading (and release the file) whatever way the loop ended.
    await reader.cancel().catch(() => undefined);
  }
}
