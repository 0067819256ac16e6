import {
  cleanCell, LEAD_IMPORT_FIELDS, suggestMapping, type CsvParseResult, type CsvRow, type LeadImportField,
} from '../../../../shared/data-exchange/csv';
import {
  buildLeadDoc, fieldErrors, leadDocSchema, type EmailEntry, type LeadChannel, type LeadDoc, type LeadInput, type PhoneEntry,
} from '../../../../shared/entities';
import { parseEmail } from '../../../../shared/email/email';
import { CURRENCIES, parseMoneyInput, type Money } from '../../../../shared/money';
import { parsePhone } from '../../../../shared/phone/phone';
import type { IrrDisplayUnit } from '../../../../shared/preferences';
import { nameKey } from '../../../../shared/text/normalize';
import { stableId } from './stable-id';

/**
 * CSV rows → lead documents, pure: no database, no DOM. The import screen, its tests and
 * the benchmark all run the same code.
 *
 * "Nothing half-imported" (issue #4) means here:
 * 1. every row of the file is read and validated before anything is written; the user sees
 *    how many rows are valid, rejected (with line and reason) or already imported, and
 *    confirms;
 * 2. only valid rows are written, in batches (one IndexedDB transaction each);
 * 3. a lead's id is derived from what the row says (the lead as read, and who imports it),
 *    so if writing stops midway (the app closed, a crash, "stop"), importing the same file
 *    again skips the rows already written and writes the rest: the file ends up imported
 *    exactly once. The same holds after fixing a few rejected rows in the file: the fixed
 *    rows are new, the others are skipped. Two rows that read as the same lead are one lead
 *    (the second is reported as a repeat of the first).
 */

/** What each column of the file holds; index = column, null = ignored. */
export type ColumnMapping = (LeadImportField | null)[];

/** Headers of phone columns that hold fax numbers. */
const FAX_WORDS = ['فکس', 'نمابر', 'fax'];

/** Fields several columns may feed ("موبایل" and "تلفن ثابت"); each other field takes one column. */
export const MULTI_COLUMN_FIELDS: readonly LeadImportField[] = ['phone', 'email', 'notes'];

export const IMPORT_FIELDS = Object.keys(LEAD_IMPORT_FIELDS) as LeadImportField[];

export interface LeadImportSettings {
  ownerId: string;
  teamId: string;
  baseCurrency: string;
  /** Amounts in other currencies are refused (a money field offers only these). */
  enabledCurrencies: readonly string[];
  /** Unit of IRR amounts that name none; a header «مبلغ (تومان)» or a cell «۱۲۵ تومان» overrides it. */
  irrUnit: IrrDisplayUnit;
  /** createdAt/updatedAt of every imported lead (ISO instant). */
  now: string;
}

export type LeadRowProblemCode =
  | 'missingName' | 'badPhone' | 'badEmail' | 'badAmount' | 'badCurrency' | 'badChannel' | 'tooLong' | 'tooMany'
  | 'invalid' | 'columnCount' | 'unterminatedQuote' | 'malformedQuote'
  /** Valid, but the database refused it (see the report's error). */
  | 'writeFailed';

export interface LeadRowProblem {
  /** 1-based line of the file where the row starts. */
  line: number;
  code: LeadRowProblemCode;
  /** The offending cell as written (a phone, an amount…), or '' . */
  value: string;
  /** The field concerned, when one is. */
  field?: LeadImportField | keyof LeadInput;
  /** columnCount: cells expected and found. */
  expected?: number;
  found?: number;
}

export type RowResult = { ok: true; doc: LeadDoc } | { ok: false; problem: LeadRowProblem };

// ---------------------------------------------------------------------------------------
// Mapping

/**
 * The suggested field of each column (shared/data-exchange suggestMapping), plus further
 * phone and e-mail columns: a file often has «موبایل» and «تلفن ثابت» side by side.
 */
export function suggestLeadMapping(headers: readonly string[]): ColumnMapping {
  const first = suggestMapping(headers, LEAD_IMPORT_FIELDS);
  const mapping: ColumnMapping = headers.map((_, col) => first[col] ?? null);
  const extra = { phone: [...LEAD_IMPORT_FIELDS.phone, ...FAX_WORDS], email: LEAD_IMPORT_FIELDS.email };
  for (;;) {
    const rest = headers.map((h, col) => (mapping[col] === null ? h : ''));
    const more = suggestMapping(rest, extra);
    const found = Object.entries(more).filter(([, f]) => f !== null);
    if (found.length === 0) return mapping;
    for (const [col, field] of found) mapping[Number(col)] = field;
  }
}

/**
 * Gives `column` the field `field`; a single-column field leaves the column that had it
 * (which becomes ignored), so the mapping never feeds one field from two places by accident.
 */
export function assignColumn(mapping: ColumnMapping, column: number, field: LeadImportField | null): ColumnMapping {
  return mapping.map((f, col) => {
    if (col === column) return field;
    if (field !== null && f === field && !MULTI_COLUMN_FIELDS.includes(field)) return null;
    return f;
  });
}

interface AmountUnit {
  currency: string;
  irrUnit: IrrDisplayUnit;
}

/** The mapping and settings, resolved once per file instead of once per row. */
export interface LeadImportPlan {
  columns: Partial<Record<LeadImportField, number[]>>;
  /** Phone label per phone column (a «فکس» column holds fax numbers). */
  phoneLabels: Record<number, PhoneEntry['label']>;
  /** Cells the header row has: a row with another count is refused. */
  headerCount: number;
  /** What an amount without a unit word is in: the amount header's unit, else the base currency. */
  amountUnit: AmountUnit;
  settings: LeadImportSettings;
}

export function planLeadImport(headers: readonly string[], mapping: ColumnMapping, settings: LeadImportSettings): LeadImportPlan {
  const columns: Partial<Record<LeadImportField, number[]>> = {};
  const phoneLabels: Record<number, PhoneEntry['label']> = {};
  mapping.forEach((field, col) => {
    if (field === null || col >= headers.length) return;
    (columns[field] ??= []).push(col);
    if (field === 'phone') phoneLabels[col] = phoneLabelOfHeader(headers[col] ?? '');
  });
  const amountCol = columns.estimatedValue?.[0];
  const headerUnit = amountCol === undefined ? null : unitInText(headers[amountCol] ?? '');
  const amountUnit = headerUnit ?? defaultUnit(settings.baseCurrency, settings.irrUnit);
  return { columns, phoneLabels, headerCount: headers.length, amountUnit, settings };
}

const defaultUnit = (currency: string, irrUnit: IrrDisplayUnit): AmountUnit => ({ currency, irrUnit: currency === 'IRR' ? irrUnit : 'rial' });

function phoneLabelOfHeader(header: string): PhoneEntry['label'] {
  return nameKeysOf(header).some((w) => FAX_WORDS.includes(w)) ? 'fax' : 'mobile';
}

// ---------------------------------------------------------------------------------------
// Values

/** Words that name a currency or the toman in a cell or a header, compared by nameKey. */
const CURRENCY_WORDS: ReadonlyMap<string, AmountUnit> = (() => {
  const words = new Map<string, AmountUnit>();
  const add = (unit: AmountUnit, ...names: string[]) => {
    for (const n of names) words.set(nameKey(n), unit);
  };
  for (const info of Object.values(CURRENCIES)) add({ currency: info.code, irrUnit: 'rial' }, info.code, info.nameFa);
  add({ currency: 'IRR', irrUnit: 'rial' }, 'ریال', 'rial', 'rials', 'ریال ایران');
  add({ currency: 'IRR', irrUnit: 'toman' }, 'تومان', 'تومن', 'toman', 'tomans');
  add({ currency: 'USD', irrUnit: 'rial' }, 'دلار', 'دلار آمریکا', 'dollar', 'dollars', 'us dollar');
  add({ currency: 'EUR', irrUnit: 'rial' }, 'یورو', 'euro', 'euros');
  add({ currency: 'AED', irrUnit: 'rial' }, 'درهم', 'درهم امارات', 'dirham', 'dirhams');
  return words;
})();
const CURRENCY_SYMBOLS: Record<string, AmountUnit> = {
  $: { currency: 'USD', irrUnit: 'rial' },
  '€': { currency: 'EUR', irrUnit: 'rial' },
  '£': { currency: 'GBP', irrUnit: 'rial' },
  '\uFDFC': { currency: 'IRR', irrUnit: 'rial' }, // ﷼
};

/** «تومان», «USD», «دلار», «$» → the unit; null if the text names none. */
export function currencyOfText(text: string): AmountUnit | null {
  const trimmed = cleanCell(text);
  const symbol = CURRENCY_SYMBOLS[trimmed];
  if (symbol) return symbol;
  return CURRENCY_WORDS.get(nameKey(trimmed)) ?? null;
}

/** The unit a header names among its words («مبلغ (تومان)», «Value USD»), if any. */
function unitInText(header: string): AmountUnit | null {
  const words = nameKeysOf(header);
  for (let i = 0; i < words.length; i++) {
    // Two-word names first («دلار آمریکا»), so «دلار کانادا» is not read as «دلار».
    const pair = i + 1 < words.length ? CURRENCY_WORDS.get(`${words[i]}${words[i + 1]}`) : undefined;
    const unit = pair ?? CURRENCY_WORDS.get(words[i]!);
    if (unit) return unit;
  }
  for (const [symbol, unit] of Object.entries(CURRENCY_SYMBOLS)) if (header.includes(symbol)) return unit;
  return null;
}

function nameKeysOf(text: string): string[] {
  return cleanCell(text).split(/[^\p{L}\p{N}]+/u).map(nameKey).filter(Boolean);
}

const DIGIT = /[0-9\u06F0-\u06F9\u0660-\u0669]/;

/**
 * An amount cell: digits in any script with separators (parseMoneyInput), optionally with a
 * unit word or symbol before or after it («۱۲۵ تومان», «$1,200», «1200 USD»), which wins
 * over the currency column. Empty → null.
 */
export function readAmount(text: string, unit: AmountUnit): { ok: true; money: Money | null } | { ok: false; code: 'badAmount' | 'badCurrency' } {
  const cell = cleanCell(text);
  if (cell === '') return { ok: true, money: null };
  let first = cell.search(DIGIT);
  if (first === -1) return { ok: false, code: 'badAmount' };
  if (first > 0 && /[-\u2212]/.test(cell[first - 1]!)) first -= 1;
  let last = cell.length - 1;
  while (last >= 0 && !DIGIT.test(cell[last]!)) last--;
  const before = cell.slice(0, first).trim();
  const after = cell.slice(last + 1).trim();
  if (before && after) return { ok: false, code: 'badAmount' };
  let chosen = unit;
  const word = before || after;
  if (word) {
    const named = currencyOfText(word);
    if (!named) return { ok: false, code: 'badAmount' };
    chosen = named;
  }
  if (!(chosen.currency in CURRENCIES)) return { ok: false, code: 'badCurrency' };
  const parsed = parseMoneyInput(cell.slice(first, last + 1), chosen.currency, { irrUnit: chosen.irrUnit, allowNegative: false });
  return parsed.ok ? { ok: true, money: parsed.money } : { ok: false, code: 'badAmount' };
}

/** How people write each channel, in Persian and English (the app's own labels included). */
const CHANNEL_WORDS: Record<Exclude<LeadChannel, ''>, string[]> = {
  phone: ['تلفن', 'تلفنی', 'تماس', 'تماس تلفنی', 'تلفن ثابت', 'موبایل', 'phone', 'telephone', 'call', 'phone call', 'cold call'],
  sms: ['پیامک', 'پیام کوتاه', 'اس ام اس', 'اس‌ام‌اس', 'sms', 'text', 'text message'],
  social: [
    'شبکه اجتماعی', 'شبکه‌های اجتماعی', 'فضای مجازی', 'اینستاگرام', 'تلگرام', 'واتساپ', 'لینکدین', 'ایتا', 'بله', 'روبیکا',
    'social', 'social media', 'social network', 'social networks', 'instagram', 'telegram', 'whatsapp', 'linkedin', 'facebook', 'twitter',
  ],
  website: ['وب‌سایت', 'وب سایت', 'وبسایت', 'سایت', 'وب', 'فرم سایت', 'website', 'web', 'web site', 'site', 'web form', 'online'],
  email: ['ایمیل', 'پست الکترونیک', 'پست الکترونیکی', 'رایانامه', 'email', 'e-mail', 'mail'],
  inPerson: ['حضوری', 'مراجعه حضوری', 'ملاقات حضوری', 'نمایشگاه', 'in person', 'inPerson', 'walk in', 'walk-in', 'visit', 'exhibition', 'trade show'],
  campaign: ['کمپین', 'کمپین بازاریابی', 'کمپین تبلیغاتی', 'campaign', 'marketing campaign'],
};
const CHANNEL_BY_KEY: ReadonlyMap<string, LeadChannel> = new Map(
  Object.entries(CHANNEL_WORDS).flatMap(([channel, words]) => words.map((w) => [nameKey(w), channel as LeadChannel] as const)),
);

/** «تلفن», «پیامک», «وب‌سایت», «حضوری», «Instagram»… → a LEAD_CHANNELS value; '' for an empty cell, null if unknown. */
export function channelOf(text: string): LeadChannel | null {
  const key = nameKey(cleanCell(text));
  if (key === '') return '';
  return CHANNEL_BY_KEY.get(key) ?? null;
}

const HONORIFICS = new Set(['آقای', 'آقا', 'خانم', 'جناب', 'سرکار', 'mr', 'mrs', 'ms', 'miss'].map(nameKey));
/** Written apart but part of the surname: «حسین زاده», «علی پور». */
const SURNAME_SUFFIXES = new Set(['زاده', 'پور', 'نیا', 'نژاد', 'فر', 'راد', 'منش', 'وند', 'زادگان', 'لو'].map(nameKey));
/** Written apart but part of the surname: «میر صادقی», «آل احمد», «بنی هاشمی». */
const SURNAME_PREFIXES = new Set(['میر', 'آل', 'بنی'].map(nameKey));

/**
 * One «نام و نام خانوادگی» cell → first and last name. The last word is the surname, with
 * a detached suffix or prefix («زهرا میر صادقی» → «زهرا» + «میر صادقی», «علی حسین زاده» →
 * «علی» + «حسین زاده»); the words before it are the first name («محمد رضا احمدی» →
 * «محمد رضا» + «احمدی»). «Smith, John» is last-comma-first. Leading «آقای»/«خانم» are
 * dropped, and a lone word after one is a surname («آقای کریمی»).
 */
export function splitFullName(text: string): { firstName: string; lastName: string } {
  const cell = cleanCell(text);
  const comma = cell.split(/[,\u060C]/);
  if (comma.length === 2 && comma[0]!.trim() && comma[1]!.trim()) {
    return { firstName: cleanCell(comma[1]), lastName: cleanCell(comma[0]) };
  }
  const words = cell.split(/\s+/).filter(Boolean);
  let honorific = false;
  while (words.length > 1 && HONORIFICS.has(nameKey(words[0]!))) {
    words.shift();
    honorific = true;
  }
  if (words.length === 0) return { firstName: '', lastName: '' };
  if (words.length === 1) return honorific ? { firstName: '', lastName: words[0]! } : { firstName: words[0]!, lastName: '' };
  let start = words.length - 1;
  if (SURNAME_SUFFIXES.has(nameKey(words[start]!))) start -= 1;
  if (start > 1 && SURNAME_PREFIXES.has(nameKey(words[start - 1]!))) start -= 1;
  return { firstName: words.slice(0, start).join(' '), lastName: words.slice(start).join(' ') };
}

const LIST_SEPARATORS = /\s*[,\u060C;|\n]\s*|\s+[/-]\s+/;

function readPhones(plan: LeadImportPlan, cells: readonly string[]): { ok: true; phones: PhoneEntry[] } | { ok: false; value: string } {
  const phones: PhoneEntry[] = [];
  for (const col of plan.columns.phone ?? []) {
    for (const part of (cells[col] ?? '').split(LIST_SEPARATORS)) {
      const text = cleanCell(part);
      if (text === '') continue;
      const parsed = parsePhone(text);
      if (!parsed.ok) return { ok: false, value: text };
      if (phones.some((p) => p.e164 === parsed.e164)) continue;
      const label = plan.phoneLabels[col] === 'fax' ? 'fax' : parsed.type === 'mobile' ? 'mobile' : 'work';
      phones.push({ label, e164: parsed.e164 });
    }
  }
  return { ok: true, phones };
}

function readEmails(plan: LeadImportPlan, cells: readonly string[]): { ok: true; emails: EmailEntry[] } | { ok: false; value: string } {
  const emails: EmailEntry[] = [];
  for (const col of plan.columns.email ?? []) {
    for (const part of (cells[col] ?? '').split(/[\s,\u060C;|]+/)) {
      const text = cleanCell(part);
      if (text === '') continue;
      const parsed = parseEmail(text);
      if (!parsed.ok) return { ok: false, value: text };
      if (!emails.some((e) => e.address === parsed.email)) emails.push({ label: 'work', address: parsed.email });
    }
  }
  return { ok: true, emails };
}

// ---------------------------------------------------------------------------------------
// Rows

const single = (plan: LeadImportPlan, cells: readonly string[], field: LeadImportField): string => {
  const col = plan.columns[field]?.[0];
  return col === undefined ? '' : cleanCell(cells[col]);
};

const rawSingle = (plan: LeadImportPlan, cells: readonly string[], field: LeadImportField): string => {
  const col = plan.columns[field]?.[0];
  return col === undefined ? '' : (cells[col] ?? '');
};

/** What a row says, as a lead (status new, owned by the importer); or why it cannot be one. */
export function rowToLeadInput(plan: LeadImportPlan, row: CsvRow): { ok: true; input: LeadInput } | { ok: false; problem: LeadRowProblem } {
  const { cells, line } = row;
  const fail = (code: LeadRowProblemCode, value: string, field?: LeadRowProblem['field']) => ({ ok: false as const, problem: { line, code, value, field } });
  if (cells.length !== plan.headerCount) {
    return { ok: false, problem: { line, code: 'columnCount', value: '', expected: plan.headerCount, found: cells.length } };
  }

  let firstName = single(plan, cells, 'firstName');
  let lastName = single(plan, cells, 'lastName');
  const fullName = single(plan, cells, 'fullName');
  if (fullName && !firstName && !lastName) ({ firstName, lastName } = splitFullName(fullName));
  const companyName = single(plan, cells, 'companyName');
  if (!firstName && !lastName && !companyName) return fail('missingName', '', 'fullName');

  const phones = readPhones(plan, cells);
  if (!phones.ok) return fail('badPhone', phones.value, 'phone');
  const emails = readEmails(plan, cells);
  if (!emails.ok) return fail('badEmail', emails.value, 'email');

  const channelText = single(plan, cells, 'channel');
  const channel = channelOf(channelText);
  if (channel === null) return fail('badChannel', channelText, 'channel');

  // A currency matters only with an amount: a stray «ریال» next to an empty amount is no error.
  const amountText = rawSingle(plan, cells, 'estimatedValue');
  let estimatedValue: Money | null = null;
  if (cleanCell(amountText) !== '') {
    const currencyText = single(plan, cells, 'currency');
    let unit = plan.amountUnit;
    if (currencyText) {
      const named = currencyOfText(currencyText);
      if (!named) return fail('badCurrency', currencyText, 'currency');
      unit = named;
    }
    const amount = readAmount(amountText, unit);
    if (!amount.ok) return fail(amount.code, cleanCell(amountText), amount.code === 'badCurrency' ? 'currency' : 'estimatedValue');
    if (amount.money && !plan.settings.enabledCurrencies.includes(amount.money.currency)) {
      return fail('badCurrency', amount.money.currency, 'currency');
    }
    estimatedValue = amount.money;
  }

  const notes = (plan.columns.notes ?? []).map((col) => cleanCell(cells[col])).filter(Boolean).join('\n');
  return {
    ok: true,
    input: {
      firstName, lastName, companyName,
      jobTitle: single(plan, cells, 'jobTitle'),
      phones: phones.phones, emails: emails.emails,
      city: single(plan, cells, 'city'),
      source: single(plan, cells, 'source'),
      channel,
      status: 'new', disqualifyReason: '',
      estimatedValue,
      tags: [], notes,
      accountId: '', contactId: '', opportunityId: '', qualifiedAt: null,
      ownerId: plan.settings.ownerId,
    },
  };
}

/**
 * The id of an imported lead: the lead as read plus who imported it. The same row read the
 * same way by the same user is the same lead, whatever its line or the file's other rows.
 */
export function importedLeadId(input: LeadInput): string {
  const { ownerId, firstName, lastName, companyName, jobTitle, phones, emails, city, source, channel, estimatedValue, notes } = input;
  return stableId('lead', JSON.stringify([ownerId, firstName, lastName, companyName, jobTitle, phones, emails, city, source, channel, estimatedValue, notes]));
}

const FIELD_PROBLEM: Record<string, LeadRowProblemCode> = {
  'validation:leadNameRequired': 'missingName',
  'validation:tooLong': 'tooLong',
  'validation:tooMany': 'tooMany',
  'validation:invalidPhone': 'badPhone',
  'validation:invalidEmail': 'badEmail',
  'validation:invalidAmount': 'badAmount',
  'validation:amountTooLarge': 'badAmount',
  'validation:mustNotBeNegative': 'badAmount',
  'validation:invalidCurrency': 'badCurrency',
};

/** One row → the document to store, validated with the shared schema exactly as a form's save is. */
export function convertLeadRow(plan: LeadImportPlan, row: CsvRow): RowResult {
  const read = rowToLeadInput(plan, row);
  if (!read.ok) return read;
  const { settings } = plan;
  const id = importedLeadId(read.input);
  const doc = buildLeadDoc(read.input, { id, teamId: settings.teamId, createdAt: settings.now, updatedAt: settings.now });
  const checked = leadDocSchema.safeParse(doc);
  if (checked.success) return { ok: true, doc: checked.data };
  const [path, key] = Object.entries(fieldErrors(checked.error))[0] ?? ['', 'validation:invalid'];
  const field = path.split('.')[0] as keyof LeadInput;
  const value = typeof doc[field] === 'string' ? (doc[field] as string).slice(0, 60) : '';
  return { ok: false, problem: { line: row.line, code: FIELD_PROBLEM[key] ?? 'invalid', value, field } };
}

// ---------------------------------------------------------------------------------------
// A whole file

export interface PreparedLeadImport {
  valid: { line: number; doc: LeadDoc }[];
  /** In line order, with the rows the CSV reader dropped (broken quotes). */
  rejected: LeadRowProblem[];
  /** Rows that read as the same lead as an earlier row: skipped. */
  repeats: { line: number; firstLine: number }[];
  /** Data rows of the file, including the ones the reader dropped. */
  totalRows: number;
}

export interface PrepareOptions {
  /** Rows converted between two progress reports and yields. */
  chunkRows?: number;
  onProgress?: (done: number, total: number) => void;
  /** Lets the page paint between chunks; default the next macrotask. */
  yieldToUi?: () => Promise<void>;
  signal?: AbortSignal;
}

/** Collects the rows of one file as they are converted: valid, rejected, repeated. */
class PreparedBuilder {
  readonly out: PreparedLeadImport;
  private readonly firstLineOf = new Map<string, number>();

  constructor(parsed: CsvParseResult, private readonly plan: LeadImportPlan) {
    this.out = { valid: [], rejected: [], repeats: [], totalRows: parsed.rows.length };
    // Rows with a wrong cell count are kept by the reader and refused by convertLeadRow.
    for (const p of parsed.problems) {
      if (p.code === 'columnCount') continue;
      this.out.rejected.push({ line: p.line, code: p.code, value: '' });
      this.out.totalRows += 1;
    }
  }

  add(row: CsvRow): void {
    const result = convertLeadRow(this.plan, row);
    if (!result.ok) {
      this.out.rejected.push(result.problem);
      return;
    }
    const firstLine = this.firstLineOf.get(result.doc.id);
    if (firstLine !== undefined) {
      this.out.repeats.push({ line: row.line, firstLine });
      return;
    }
    this.firstLineOf.set(result.doc.id, row.line);
    this.out.valid.push({ line: row.line, doc: result.doc });
  }

  finish(): PreparedLeadImport {
    this.out.rejected.sort((a, b) => a.line - b.line);
    return this.out;
  }
}

/** Every row converted and validated, in chunks that leave the page responsive; nothing is written. */
export async function prepareLeadImport(parsed: CsvParseResult, plan: LeadImportPlan, options: PrepareOptions = {}): Promise<PreparedLeadImport> {
  const { chunkRows = 1000, onProgress, signal } = options;
  const yieldToUi = options.yieldToUi ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const builder = new PreparedBuilder(parsed, plan);
  const rows = parsed.rows;
  for (let start = 0; start < rows.length; start += chunkRows) {
    signal?.throwIfAborted();
    const end = Math.min(rows.length, start + chunkRows);
    for (let i = start; i < end; i++) builder.add(rows[i]!);
    onProgress?.(end, rows.length);
    if (end < rows.length) await yieldToUi();
  }
  if (rows.length === 0) onProgress?.(0, 0);
  return builder.finish();
}

/** The same as prepareLeadImport in one blocking call (tests, the benchmark, a worker). */
export function prepareLeadImportSync(parsed: CsvParseResult, plan: LeadImportPlan): PreparedLeadImport {
  const builder = new PreparedBuilder(parsed, plan);
  for (const row of parsed.rows) builder.add(row);
  return builder.finish();
}
