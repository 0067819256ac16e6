import { cleanCell, parseCsv, suggestMapping, type CsvProblemCode } from '../../../../shared/data-exchange/csv';
import { parseDateInput, type IsoDate } from '../../../../shared/dates';
import type { ReferenceData } from '../../../../shared/entities';
import { CURRENCIES, isKnownCurrency, type CurrencyCode } from '../../../../shared/money';
import { exchangeRateKey, parseRateText, type RateRow, type RateTextError } from './rate-rules';

/**
 * Importing dated exchange rates from a CSV file (columns: currency, date, rate). Pure:
 * it takes the decoded text and returns what would be written and what was refused, so the
 * screen can show a preview and write nothing until the user confirms.
 */

/** Header aliases, Persian and English, compared the way suggestMapping normalizes headers. */
export const RATE_IMPORT_FIELDS = {
  currency: ['ارز', 'واحد پول', 'کد ارز', 'نام ارز', 'currency', 'currency code', 'code'],
  date: ['تاریخ', 'تاریخ اعمال', 'تاریخ مؤثر', 'تاریخ موثر', 'از تاریخ', 'روز', 'date', 'effective date', 'effective from', 'day'],
  rate: ['نرخ', 'نرخ ارز', 'نرخ تبدیل', 'قیمت', 'rate', 'exchange rate', 'price', 'value'],
} as const satisfies Record<string, readonly string[]>;
export type RateImportField = keyof typeof RATE_IMPORT_FIELDS;
export const RATE_IMPORT_FIELD_NAMES = Object.keys(RATE_IMPORT_FIELDS) as RateImportField[];

/** Which column (0-based) holds each field; null when none does. */
export type RateMapping = Record<RateImportField, number | null>;

export type RateRowProblem =
  | CsvProblemCode
  | 'currencyMissing'
  | 'unknownCurrency'
  | 'baseCurrency'
  | 'dateMissing'
  | 'dateFormat'
  | 'invalidDate'
  | `rate.${RateTextError}`
  | 'duplicate';

export interface RejectedRateRow {
  /** The line of the file, as a text editor numbers it. */
  line: number;
  reason: RateRowProblem;
  /** The offending cell, to show next to the reason. */
  value?: string;
  /** For 'duplicate': the later line that replaces this one. */
  replacedBy?: number;
}

export interface AcceptedRateRow {
  line: number;
  key: string;
  data: ReferenceData<'exchangeRate'>;
  /** What the row does to the stored table. */
  effect: 'new' | 'correction' | 'unchanged';
  /** The stored rate a correction replaces. */
  previousRate?: string;
}

export interface RateImportPlan {
  headers: string[];
  mapping: RateMapping;
  /** Fields no column was mapped to: nothing can be imported until each has one. */
  missing: RateImportField[];
  accepted: AcceptedRateRow[];
  rejected: RejectedRateRow[];
  /** Data rows read (blank lines not counted). */
  total: number;
}

// Persian names (and a few common spellings) of the currencies we know, folded like cells.
const CURRENCY_NAMES: ReadonlyMap<string, CurrencyCode> = new Map([
  ...Object.values(CURRENCIES).map((c) => [c.nameFa, c.code] as const),
  ['دلار آمریکا', 'USD'], ['دلار امریکا', 'USD'], ['یورو اروپا', 'EUR'], ['درهم امارات', 'AED'], ['لیر ترکیه', 'TRY'],
  ['پوند انگلیس', 'GBP'], ['یوان چین', 'CNY'], ['روبل روسیه', 'RUB'], ['ین ژاپن', 'JPY'], ['روپیه هند', 'INR'],
  ['ریال ایران', 'IRR'],
]);

const collapseSpaces = (text: string) => text.replace(/[\s\u200C]+/g, ' ').trim();

/** A currency cell: an ISO code in any case ("usd") or a Persian name («دلار», «دلار آمریکا»). */
export function readCurrencyCell(text: string): CurrencyCode | null {
  const cell = collapseSpaces(cleanCell(text));
  const upper = cell.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && isKnownCurrency(upper)) return upper;
  return CURRENCY_NAMES.get(cell) ?? null;
}

// Gregorian years in use are > 1900, Jalali years < 1500 for centuries to come.
const GREGORIAN_FROM_YEAR = 1700;

/**
 * A date cell in either calendar, Persian or English digits: Jalali «۱۴۰۵/۰۹/۱۱»,
 * "1405-9-11", «۱۱/۰۹/۱۴۰۵» (day first, as Iranians also write), or Gregorian
 * "2026-12-02" / "2026/12/02". The calendar follows from the year. A Gregorian date
 * written day or month first ("02/12/2026") is refused: it means different days in
 * different countries.
 */
export function readDateCell(text: string): { ok: true; date: IsoDate } | { ok: false; reason: 'dateMissing' | 'dateFormat' | 'invalidDate' } {
  const cell = cleanCell(text, { asciiDigits: true });
  if (cell === '') return { ok: false, reason: 'dateMissing' };
  const year = /\d{4}/.exec(cell);
  if (!year) return { ok: false, reason: 'dateFormat' };
  const calendar = Number(year[0]) >= GREGORIAN_FROM_YEAR ? 'gregorian' : 'jalali';
  const parsed = parseDateInput(cell, calendar);
  if (parsed.ok) return parsed;
  return { ok: false, reason: parsed.reason === 'invalidDate' ? 'invalidDate' : parsed.reason === 'empty' ? 'dateMissing' : 'dateFormat' };
}

/** The mapping the file's headers suggest (each field to at most one column). */
export function suggestRateMapping(headers: readonly string[]): RateMapping {
  const byColumn = suggestMapping(headers, RATE_IMPORT_FIELDS);
  const mapping: RateMapping = { currency: null, date: null, rate: null };
  for (const [col, field] of Object.entries(byColumn)) if (field) mapping[field] = Number(col);
  return mapping;
}

export interface PlanRateImportOptions {
  baseCurrency: CurrencyCode;
  /** The rates already stored, to tell new rows from corrections. */
  existing: readonly RateRow[];
  /** The user's mapping; default the suggested one. */
  mapping?: RateMapping;
}

/**
 * What importing this file would do. Rows with a broken shape (wrong number of cells, a
 * broken quote) are refused rather than guessed: "USD,1405/09/11,1,050,000" has an
 * unquoted grouping comma, and taking its third cell would import a rate of 1. When the
 * same currency and date appear twice the later line wins and the earlier is reported.
 */
export function planRateImport(text: string, options: PlanRateImportOptions): RateImportPlan {
  const csv = parseCsv(text);
  const mapping = options.mapping ?? suggestRateMapping(csv.headers);
  const missing = RATE_IMPORT_FIELD_NAMES.filter((f) => mapping[f] === null || mapping[f]! >= csv.headers.length);
  const rejected: RejectedRateRow[] = csv.problems
    .filter((p) => p.code !== 'columnCount')
    .map((p) => ({ line: p.line, reason: p.code }));
  const total = csv.rows.length + rejected.length;
  if (missing.length) return { headers: csv.headers, mapping, missing, accepted: [], rejected, total };

  const shapeProblems = new Set(csv.problems.filter((p) => p.code === 'columnCount').map((p) => p.line));
  const stored = new Map(options.existing.map((r) => [r.key, r]));
  const byKey = new Map<string, AcceptedRateRow>();
  const cell = (cells: string[], field: RateImportField) => cells[mapping[field]!] ?? '';

  for (const row of csv.rows) {
    if (shapeProblems.has(row.line)) {
      rejected.push({ line: row.line, reason: 'columnCount' });
      continue;
    }
    const currencyText = cleanCell(cell(row.cells, 'currency'));
    const currency = readCurrencyCell(currencyText);
    if (currencyText === '') {
      rejected.push({ line: row.line, reason: 'currencyMissing' });
      continue;
    }
    if (!currency) {
      rejected.push({ line: row.line, reason: 'unknownCurrency', value: currencyText });
      continue;
    }
    if (currency === options.baseCurrency) {
      rejected.push({ line: row.line, reason: 'baseCurrency', value: currencyText });
      continue;
    }
    const dateText = cleanCell(cell(row.cells, 'date'));
    const date = readDateCell(dateText);
    if (!date.ok) {
      rejected.push({ line: row.line, reason: date.reason, value: dateText || undefined });
      continue;
    }
    const rateText = cleanCell(cell(row.cells, 'rate'));
    const rate = parseRateText(rateText);
    if (!rate.ok) {
      rejected.push({ line: row.line, reason: `rate.${rate.reason}`, value: rateText || undefined });
      continue;
    }
    const data = { currency, baseCurrency: options.baseCurrency, rate: rate.rate, effectiveDate: date.date };
    const key = exchangeRateKey(data);
    const earlier = byKey.get(key);
    if (earlier) rejected.push({ line: earlier.line, reason: 'duplicate', replacedBy: row.line });
    const before = stored.get(key);
    const effect = !before ? 'new' : before.data.rate === data.rate ? 'unchanged' : 'correction';
    // Re-inserted so the accepted rows stay in file order of their final line.
    byKey.delete(key);
    byKey.set(key, { line: row.line, key, data, effect, ...(effect === 'correction' ? { previousRate: before!.data.rate } : {}) });
  }
  rejected.sort((a, b) => a.line - b.line);
  return { headers: csv.headers, mapping, missing, accepted: [...byKey.values()], rejected, total };
}

/** Rows the import will write: new rates and corrections (unchanged rows need no write). */
export function rowsToWrite(plan: RateImportPlan): AcceptedRateRow[] {
  return plan.accepted.filter((r) => r.effect !== 'unchanged');
}
