import { create } from 'zustand';
import { parseCsvAsync, type CsvParseResult, type LeadImportField } from '../../../../shared/data-exchange/csv';
import type { IrrDisplayUnit } from '../../../../shared/preferences';
import type { PeyvandDatabase } from '../../db/database';
import { decodeCsvBytes, type CsvEncoding } from '../../../../shared/data-exchange/csv';
import {
  assignColumn, planLeadImport, prepareLeadImport, suggestLeadMapping,
  type ColumnMapping, type LeadImportSettings, type LeadRowProblem, type PreparedLeadImport,
} from './lead-import';
import { findStoredLeadIds, writeLeads } from './lead-import-db';

/**
 * The steps of a CSV import of leads, kept outside the page: leaving the page neither stops
 * a running import nor loses its report, and two imports never run at once.
 *
 * idle → reading (decode + parse, progress) → mapping (preview, the user maps columns) →
 * validating (every row converted and checked, then looked up: progress) → review (counts and
 * rejected rows; the user confirms) → writing (batches, progress) → done (the report).
 */
export type LeadImportPhase = 'idle' | 'reading' | 'mapping' | 'validating' | 'review' | 'writing' | 'done';
export type LeadImportStep = 'reading' | 'validating' | 'checking' | 'writing';

export interface LeadImportProgress {
  step: LeadImportStep;
  done: number;
  total: number;
}

export interface LeadImportReport {
  status: 'completed' | 'cancelled' | 'failed';
  inserted: number;
  /** Imported before (by an earlier run of this file, or a file with the same rows). */
  alreadyImported: number;
  repeats: number;
  rejected: LeadRowProblem[];
  /** Valid rows left unwritten by a stop or a failure. */
  notWritten: number;
  error: string;
  /** Reading + validating + writing, without the time the user spent on the mapping and review. */
  elapsedMs: number;
}

export interface LeadImportState {
  phase: LeadImportPhase;
  fileName: string;
  encoding: CsvEncoding;
  /** Set when the file could not be used at all (empty, no header). */
  fileError: 'emptyFile' | 'unreadable' | '';
  /** A validation step that broke (a bug or the database), in plain text: shown, never swallowed. */
  failure: string;
  parsed: CsvParseResult | null;
  mapping: ColumnMapping;
  irrUnit: IrrDisplayUnit;
  progress: LeadImportProgress | null;
  prepared: PreparedLeadImport | null;
  /** Valid rows whose lead is already stored: skipped. */
  alreadyImported: number;
  /** Valid rows to write (prepared.valid minus the stored ones). */
  toWrite: PreparedLeadImport['valid'];
  report: LeadImportReport | null;
  /** Milliseconds of work so far (not of the user's thinking). */
  workMs: number;
  chooseFile(file: Blob & { name?: string }, irrUnit: IrrDisplayUnit): Promise<void>;
  setColumn(column: number, field: LeadImportField | null): void;
  setIrrUnit(unit: IrrDisplayUnit): void;
  validate(db: PeyvandDatabase, settings: Omit<LeadImportSettings, 'irrUnit'>): Promise<void>;
  backToMapping(): void;
  confirm(db: PeyvandDatabase): Promise<void>;
  cancel(): void;
  reset(): void;
}

let controller: AbortController | null = null;
const INITIAL = {
  phase: 'idle' as LeadImportPhase, fileName: '', encoding: 'utf-8' as CsvEncoding, fileError: '' as LeadImportState['fileError'], failure: '', parsed: null,
  mapping: [], irrUnit: 'rial' as IrrDisplayUnit, progress: null, prepared: null, alreadyImported: 0, toWrite: [], report: null, workMs: 0,
};

const PROGRESS_INTERVAL_MS = 80;

/** Progress updates at most every few frames: a store update per batch would re-render for nothing. */
function throttledProgress(set: (p: { progress: LeadImportProgress }) => void, step: LeadImportStep) {
  let last = 0;
  return (done: number, total: number) => {
    const now = performance.now();
    if (done < total && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    set({ progress: { step, done, total } });
  };
}

const isAbort = (err: unknown) => err instanceof DOMException && err.name === 'AbortError';

export const useLeadImportStore = create<LeadImportState>()((set, get) => ({
  ...INITIAL,

  async chooseFile(file, irrUnit) {
    if (get().phase === 'writing' || get().phase === 'validating') return;
    controller?.abort();
    const own = new AbortController();
    controller = own;
    const started = performance.now();
    set({ ...INITIAL, phase: 'reading', fileName: file.name ?? '', irrUnit, progress: { step: 'reading', done: 0, total: file.size } });
    try {
      const { text, encoding } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
      const reading = throttledProgress(set, 'reading');
      const parsed = await parseCsvAsync(text, { signal: own.signal, onProgress: (p) => reading(p.readChars, p.totalChars) });
      if (controller !== own) return;
      if (parsed.headers.length === 0) {
        set({ phase: 'idle', fileError: 'emptyFile', progress: null });
        return;
      }
      set({
        phase: 'mapping', encoding, parsed, mapping: suggestLeadMapping(parsed.headers), progress: null,
        workMs: performance.now() - started,
      });
    } catch (err) {
      if (isAbort(err) || controller !== own) return;
      set({ ...INITIAL, fileName: file.name ?? '', fileError: 'unreadable', failure: err instanceof Error ? err.message : String(err) });
    } finally {
      if (controller === own) controller = null;
    }
  },

  setColumn(column, field) {
    set((s) => ({ mapping: assignColumn(s.mapping, column, field) }));
  },

  setIrrUnit(irrUnit) {
    set({ irrUnit });
  },

  async validate(db, settings) {
    const { parsed, mapping, irrUnit, phase } = get();
    if (!parsed || phase !== 'mapping') return;
    const own = new AbortController();
    controller = own;
    const started = performance.now();
    set({ phase: 'validating', failure: '', progress: { step: 'validating', done: 0, total: parsed.rows.length } });
    try {
      const plan = planLeadImport(parsed.headers, mapping, { ...settings, irrUnit });
      const prepared = await prepareLeadImport(parsed, plan, { signal: own.signal, onProgress: throttledProgress(set, 'validating') });
      const stored = await findStoredLeadIds(db, prepared.valid.map((v) => v.doc.id), {
        signal: own.signal,
        onProgress: throttledProgress(set, 'checking'),
      });
      const toWrite = stored.size ? prepared.valid.filter((v) => !stored.has(v.doc.id)) : prepared.valid;
      set((s) => ({
        phase: 'review', prepared, toWrite, alreadyImported: prepared.valid.length - toWrite.length, progress: null,
        workMs: s.workMs + performance.now() - started,
      }));
    } catch (err) {
      set({ phase: 'mapping', progress: null, failure: isAbort(err) ? '' : err instanceof Error ? err.message : String(err) });
    } finally {
      if (controller === own) controller = null;
    }
  },

  backToMapping() {
    if (get().phase === 'review') set({ phase: 'mapping', prepared: null, toWrite: [], alreadyImported: 0 });
  },

  async confirm(db) {
    const { phase, prepared, toWrite, alreadyImported } = get();
    if (phase !== 'review' || !prepared) return;
    const own = new AbortController();
    controller = own;
    const started = performance.now();
    set({ phase: 'writing', progress: { step: 'writing', done: 0, total: toWrite.length } });
    let written;
    try {
      written = await writeLeads(db, toWrite, { signal: own.signal, onProgress: throttledProgress(set, 'writing') });
    } catch (err) {
      written = { status: 'failed' as const, inserted: 0, skipped: 0, failed: [], notWritten: toWrite.length, error: err instanceof Error ? err.message : String(err) };
    } finally {
      if (controller === own) controller = null;
    }
    const workMs = get().workMs + performance.now() - started;
    set({
      phase: 'done',
      progress: null,
      workMs,
      toWrite: [],
      report: {
        status: written.status,
        inserted: written.inserted,
        alreadyImported: alreadyImported + written.skipped,
        repeats: prepared.repeats.length,
        rejected: [...prepared.rejected, ...written.failed].sort((a, b) => a.line - b.line),
        notWritten: written.notWritten,
        error: written.error,
        elapsedMs: workMs,
      },
    });
  },

  cancel() {
    controller?.abort();
    if (get().phase === 'reading') set({ ...INITIAL });
  },

  reset() {
    if (get().phase === 'writing' || get().phase === 'validating') return;
    controller?.abort();
    set({ ...INITIAL });
  },
}));
