import { create } from 'zustand';
import type { PeyvandDatabase } from '../../db/database';
import { importDataFile, type ImportProgress, type ImportReport } from './import-data-file';
import { DATA_COLLECTION_ORDER } from '../../../../shared/data-exchange';

/**
 * The running import lives outside the card: leaving the Settings page must neither stop
 * it nor lose its result, and two imports must never run at once.
 */
interface ImportState {
  phase: 'idle' | 'running' | 'done';
  fileName: string;
  progress: ImportProgress | null;
  report: ImportReport | null;
  start(db: PeyvandDatabase, file: File): void;
  cancel(): void;
  dismiss(): void;
}

let controller: AbortController | null = null;

export const useImportStore = create<ImportState>()((set, get) => ({
  phase: 'idle',
  fileName: '',
  progress: null,
  report: null,
  start(db, file) {
    if (get().phase === 'running') return;
    controller = new AbortController();
    set({ phase: 'running', fileName: file.name, progress: null, report: null });
    void importDataFile(db, file, { signal: controller.signal, onProgress: (progress) => set({ progress }) })
      .then((report) => set({ phase: 'done', report, progress: report }))
      .catch((err: unknown) => {
        // importDataFile reports its own failures; this is a bug guard, never a silent stop.
        const detail = err instanceof Error ? err.message : String(err);
        const progress = get().progress;
        set({
          phase: 'done',
          report: {
            status: 'failed', header: null, bytesRead: progress?.bytesRead ?? 0, totalBytes: file.size,
            linesRead: progress?.linesRead ?? 0, inserted: progress?.inserted ?? 0, skipped: progress?.skipped ?? 0,
            rejected: progress?.rejected ?? 0, elapsedMs: progress?.elapsedMs ?? 0,
            byCollection: Object.fromEntries(DATA_COLLECTION_ORDER.map((c) => [c, zero()])) as ImportReport['byCollection'],
            problems: [], fatal: { line: 0, reason: 'writeFailed', detail },
          },
        });
      })
      .finally(() => { controller = null; });
  },
  cancel() {
    controller?.abort();
  },
  dismiss() {
    if (get().phase === 'done') set({ phase: 'idle', fileName: '', progress: null, report: null });
  },
}));

const zero = () => ({ inserted: 0, skipped: 0, rejected: 0 });
