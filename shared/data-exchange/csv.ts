import Papa from 'papaparse';
import { toLatinDigits } from '../text/digits';
import { searchTokens } from '../text/normalize';

/**
 * Reading CSV files that people export from Excel, Google Sheets or another CRM. Pure and
 * isomorphic: it takes the decoded text, so it runs the same in the renderer, a worker,
 * Electron and the server.
 *
 * papaparse does the quote-aware splitting; this module adds what an import screen needs
 * on top: the line number a user sees in a text editor for every row, skipping of blank
 * lines, per-row problems, recovery after a broken quote, and batches so a 50,000-row file
 * can drive a progress bar without freezing the page.
 */

/** The delimiters we detect; '،' (U+060C) is what Persian keyboards type for a comma. */
export const CSV_DELIMITERS = [',', ';', '\t', '\u060C'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface CsvRow {
  /** 1-based line of the file where the row starts (a quoted newline makes a row span lines). */
  line: number;
  cells: string[];
}

/**
 * What the UI reports per row (it translates `code`).
 * - columnCount: the row has a different number of cells than the header; the row is kept.
 * - unterminatedQuote / malformedQuote: the row's quoting is broken, so its cells cannot be
 *   trusted; the row is dropped and reading resumes on the next line of the file.
 */
export type CsvProblem =
  | { line: number; code: 'columnCount'; expected: number; found: number }
  | { line: number; code: 'unterminatedQuote' | 'malformedQuote' };
export type CsvProblemCode = CsvProblem['code'];

export interface CsvParseResult {
  /** The first non-blank row, with trailing blank header cells dropped. [] for a blank file. */
  headers: string[];
  /** Data rows in file order; blank rows are skipped. */
  rows: CsvRow[];
  delimiter: CsvDelimiter;
  problems: CsvProblem[];
}

/** `readChars / totalChars` is the fraction done; it only ever grows. */
export interface CsvProgress {
  readChars: number;
  totalChars: number;
  /** Data rows read so far. */
  rows: number;
}

export interface CsvParseOptions {
  /** Skips detection, e.g. when the user picked the delimiter after a wrong guess. */
  delimiter?: CsvDelimiter;
  /** Rows read between two progress reports (and, for parseCsvAsync, two yields). */
  batchRows?: number;
  onProgress?: (progress: CsvProgress) => void;
}

export interface CsvParseAsyncOptions extends CsvParseOptions {
  /** Lets the page paint between batches; the default waits for the next macrotask. */
  yieldToUi?: () => Promise<void>;
  /** Cancels the parse (the import dialog was closed); the promise rejects with the reason. */
  signal?: AbortSignal;
}

const DEFAULT_BATCH_ROWS = 2000;
/** Enough text for the 10 rows papaparse looks at when guessing the delimiter. */
const DETECTION_SAMPLE_CHARS = 64 * 1024;

/** Parses the text in one blocking call (fine in a worker); onProgress runs synchronously after each batch. */
export function parseCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  const reading = readCsvInBatches(text, options);
  for (let step = reading.next(); ; step = reading.next()) {
    if (step.done) return step.value;
    options.onProgress?.(step.value);
  }
}

/** parseCsv that yields to the event loop between batches, so the UI stays responsive. */
export async function parseCsvAsync(text: string, options: CsvParseAsyncOptions = {}): Promise<CsvParseResult> {
  const yieldToUi = options.yieldToUi ?? nextMacrotask;
  options.signal?.throwIfAborted();
  const reading = readCsvInBatches(text, options);
  for (let step = reading.next(); ; step = reading.next()) {
    if (step.done) return step.value;
    options.onProgress?.(step.value);
    await yieldToUi();
    options.signal?.throwIfAborted();
  }
}

// A macrotask, not a microtask: only between tasks does the browser paint.
const nextMacrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The building block of both parsers, for callers that schedule the work themselves: each
 * `next()` reads one batch of rows and yields the progress; the generator returns the result.
 * The last progress yielded has readChars === totalChars.
 */
export function* readCsvInBatches(
  text: string,
  options: Pick<CsvParseOptions, 'delimiter' | 'batchRows'> = {},
): Generator<CsvProgress, CsvParseResult, void> {
  // One line-break form: papaparse accepts only one per file, and a CRLF export with a few
  // LF lines appended by hand would otherwise merge rows. A lone CR is a line break in
  // editors too, so line numbers still match what the user sees.
  const input = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = options.delimiter ?? detectDelimiter(input);
  const batchRows = Math.max(1, Math.floor(options.batchRows ?? DEFAULT_BATCH_ROWS));
  const table = new TableBuilder();
  let offset = 0;
  let line = 1;

  while (offset < input.length) {
    const rest = input.slice(offset);
    const batch = Papa.parse<string[]>(rest, {
      delimiter,
      newline: '\n',
      quoteChar: '"',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      preview: batchRows,
      // Fast mode splits the whole remaining text on every batch; the quote-aware path is linear.
      fastMode: false,
    });
    const brokenRow = firstQuoteProblem(batch.errors, batch.data.length);
    const batchLine = line;
    let consumed = batch.meta.cursor;
    for (let i = 0; i < batch.data.length; i++) {
      const cells = batch.data[i] ?? [];
      if (i === brokenRow?.row) {
        table.problems.push({ line, code: brokenRow.code });
        // Resume on the next physical line: an unclosed quote would otherwise swallow the rest of the file.
        const lineEnd = rest.indexOf('\n', offsetOfLine(rest, line - batchLine));
        consumed = lineEnd === -1 ? rest.length : lineEnd + 1;
        line += 1;
        break;
      }
      table.add(line, cells);
      line += 1 + countNewlines(cells);
    }
    // papaparse always consumes something from non-empty input; the guard keeps a surprise from looping forever.
    offset += consumed > 0 ? consumed : rest.length;
    yield { readChars: offset, totalChars: input.length, rows: table.rows.length };
  }
  if (input.length === 0) yield { readChars: 0, totalChars: 0, rows: 0 };
  return { headers: table.headers ?? [], rows: table.rows, delimiter, problems: table.problems };
}

/** papaparse's guess (the most consistent cell count over the first rows), limited to our delimiters. */
function detectDelimiter(input: string): CsvDelimiter {
  let sample = input.slice(0, DETECTION_SAMPLE_CHARS);
  // A row cut in half by the sample would count as inconsistent.
  if (sample.length < input.length && sample.lastIndexOf('\n') > 0) sample = sample.slice(0, sample.lastIndexOf('\n'));
  const guess = Papa.parse<string[]>(sample, {
    delimitersToGuess: [...CSV_DELIMITERS],
    newline: '\n',
    skipEmptyLines: 'greedy',
    preview: 10,
  });
  const found = CSV_DELIMITERS.find((d) => d === guess.meta.delimiter);
  // A one-column file has nothing to guess from; a comma is as good as any.
  return found ?? ',';
}

/**
 * The first row of the batch whose quoting is broken, if any. A stray quote after a closed
 * field («"ab"c») usually also leaves a quote open; "malformed" then names the real mistake.
 */
function firstQuoteProblem(
  errors: readonly Papa.ParseError[],
  rowCount: number,
): { row: number; code: 'unterminatedQuote' | 'malformedQuote' } | null {
  let row = rowCount;
  let malformed = false;
  for (const e of errors) {
    if (e.row === undefined || e.row > row || (e.code !== 'MissingQuotes' && e.code !== 'InvalidQuotes')) continue;
    if (e.row < row) malformed = false;
    row = e.row;
    malformed ||= e.code === 'InvalidQuotes';
  }
  // Errors on a row past the batch belong to a row papaparse did not return; ignore them.
  return row < rowCount ? { row, code: malformed ? 'malformedQuote' : 'unterminatedQuote' } : null;
}

/** Character offset where line `lineIndex` (0-based) of `text` starts. */
function offsetOfLine(text: string, lineIndex: number): number {
  let at = 0;
  for (let n = 0; n < lineIndex; n++) {
    const nl = text.indexOf('\n', at);
    if (nl === -1) return text.length;
    at = nl + 1;
  }
  return at;
}

function countNewlines(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) n++;
  }
  return n;
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/** Turns parsed rows into header + data rows, skipping blank ones and checking the cell count. */
class TableBuilder {
  headers: string[] | null = null;
  readonly rows: CsvRow[] = [];
  readonly problems: CsvProblem[] = [];

  add(line: number, cells: string[]): void {
    if (isBlank(cells)) return;
    if (this.headers === null) {
      // Spreadsheets often export empty trailing columns («a,b,c,,»); they are not columns anyone meant.
      this.headers = dropTrailingBlanks(cells);
      return;
    }
    const expected = this.headers.length;
    // Blank cells past the last column are the same export artefact, not misplaced data.
    const row = cells.length > expected && isBlank(cells.slice(expected)) ? cells.slice(0, expected) : cells;
    if (row.length !== expected) this.problems.push({ line, code: 'columnCount', expected, found: row.length });
    this.rows.push({ line, cells: row });
  }
}

function dropTrailingBlanks(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] ?? '').trim() === '') end--;
  return cells.slice(0, end);
}

// ---------------------------------------------------------------------------------------
// Header recognition

/**
 * The form headers and aliases are compared in: trimmed, Arabic ي/ك folded to ی/ک, ZWNJ,
 * punctuation and runs of spaces turned into one space, lower-cased, digits in ASCII.
 * «نام‌خانوادگی», «نام خانوادگی » and «نام_خانوادگي» all give «نام خانوادگی».
 */
export function normalizeHeader(text: string): string {
  return searchTokens(text).join(' ');
}

interface AliasForm {
  words: string[];
  /** Without spaces, so «E-mail» = «email» and «FirstName» = «first name». */
  compact: string;
}

const aliasForm = (text: string): AliasForm => {
  const words = searchTokens(text);
  return { words, compact: words.join('') };
};

function containsWords(header: readonly string[], alias: readonly string[]): boolean {
  if (alias.length === 0 || alias.length > header.length) return false;
  for (let start = 0; start + alias.length <= header.length; start++) {
    if (alias.every((w, i) => header[start + i] === w)) return true;
  }
  return false;
}

/**
 * Which field each column most likely holds; null for a column we cannot place. First every
 * header that equals an alias (so «نام خانوادگی» goes to lastName even though it contains
 * «نام»), then headers that contain an alias as whole words, longest alias first. Each field
 * is given to one column at most; on a tie the earlier column, then the earlier field, wins.
 */
export function suggestMapping<K extends string>(
  headers: readonly string[],
  fields: Readonly<Record<K, readonly string[]>>,
): Record<number, K | null> {
  const keys = Object.keys(fields) as K[];
  const aliases = keys.map((key) => ({ key, forms: fields[key].map(aliasForm).filter((f) => f.compact !== '') }));
  const columns = headers.map(aliasForm);
  const mapping: Record<number, K | null> = {};
  const used = new Set<K>();
  headers.forEach((_, col) => (mapping[col] = null));

  columns.forEach((header, col) => {
    if (header.compact === '') return;
    const match = aliases.find((a) => !used.has(a.key) && a.forms.some((f) => f.compact === header.compact));
    if (match) {
      mapping[col] = match.key;
      used.add(match.key);
    }
  });

  // One candidate per column: the field of its longest contained alias. If another column
  // already has that field the column stays unmapped rather than falling back to a weaker
  // alias: «Company Name» is about the company even when it cannot have it, not a «name».
  const candidates: { col: number; key: K; words: number; chars: number }[] = [];
  columns.forEach((header, col) => {
    if (mapping[col] !== null || header.words.length === 0) return;
    let best: (typeof candidates)[number] | null = null;
    for (const { key, forms } of aliases) {
      for (const f of forms) {
        if (!containsWords(header.words, f.words)) continue;
        if (!best || f.words.length > best.words || (f.words.length === best.words && f.compact.length > best.chars)) {
          best = { col, key, words: f.words.length, chars: f.compact.length };
        }
      }
    }
    if (best) candidates.push(best);
  });
  candidates.sort((a, b) => b.words - a.words || b.chars - a.chars || a.col - b.col);
  for (const c of candidates) {
    if (used.has(c.key)) continue;
    mapping[c.col] = c.key;
    used.add(c.key);
  }
  return mapping;
}

/** Header aliases for importing leads (سرنخ), Persian and English, compared via normalizeHeader. */
export const LEAD_IMPORT_FIELDS = {
  firstName: ['نام', 'نام کوچک', 'first name', 'given name'],
  lastName: ['نام خانوادگی', 'last name', 'family name', 'surname'],
  fullName: ['نام و نام خانوادگی', 'نام کامل', 'name', 'full name'],
  companyName: ['شرکت', 'نام شرکت', 'سازمان', 'company', 'organization', 'organisation'],
  jobTitle: ['سمت', 'عنوان شغلی', 'title', 'job title', 'position'],
  phone: ['تلفن', 'شماره تماس', 'شماره تلفن', 'موبایل', 'شماره موبایل', 'تلفن همراه', 'phone', 'mobile', 'telephone', 'tel'],
  email: ['ایمیل', 'پست الکترونیک', 'پست الکترونیکی', 'رایانامه', 'email', 'e-mail'],
  channel: ['کانال', 'channel'],
  source: ['منبع', 'source'],
  estimatedValue: ['ارزش تخمینی', 'ارزش', 'مبلغ', 'value', 'amount', 'estimated value'],
  currency: ['ارز', 'واحد پول', 'currency'],
  city: ['شهر', 'city'],
  notes: ['توضیحات', 'یادداشت', 'notes', 'note', 'description', 'comments'],
} as const satisfies Record<string, readonly string[]>;
export type LeadImportField = keyof typeof LEAD_IMPORT_FIELDS;

// ---------------------------------------------------------------------------------------
// Cells

export interface CleanCellOptions {
  /** Persian/Arabic-Indic digits → ASCII: for phones, amounts, dates; not for names or notes. */
  asciiDigits?: boolean;
}

// Invisible characters at the edges come from copy-paste and Excel (bidi marks, ZWNJ, BOM).
const EDGE_JUNK = /^[\s\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\u061C\uFEFF]+|[\s\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\u061C\uFEFF]+$/g;
// Arabic-keyboard letters that Persian writes differently. Unlike search folding, ئ ة آ stay:
// they are correct Persian spelling and the cell is stored as typed.
const ARABIC_LETTERS = /[\u064A\u0649\u0643]/g;
const PERSIAN_LETTER: Record<string, string> = { '\u064A': '\u06CC', '\u0649': '\u06CC', '\u0643': '\u06A9' };

/**
 * A cell as it should be stored: edges trimmed (including invisible marks), Arabic ي ى ك
 * written as Persian ی ک, digits in ASCII if asked. Takes a missing cell (a short row) as ''.
 */
export function cleanCell(text: string | null | undefined, options: CleanCellOptions = {}): string {
  if (typeof text !== 'string') return '';
  let s = text.replace(EDGE_JUNK, '').replace(ARABIC_LETTERS, (ch) => PERSIAN_LETTER[ch] ?? ch);
  if (options.asciiDigits) s = toLatinDigits(s);
  return s;
}

/**
 * The text of a CSV file as people actually have them. UTF-8 with or without a BOM is the
 * norm; Excel's «Unicode Text» export is UTF-16 with a BOM; and Excel's plain «CSV» on a
 * Persian Windows writes the ANSI code page, Windows-1256. Bytes that are not valid UTF-8
 * are read as Windows-1256 (every byte is a character there), and the screen says so.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    // ignoreBOM: false (the default) drops a UTF-8 BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1256').decode(bytes), encoding: 'windows-1256' };
  }
}
