/**
 * A CSV of leads as people bring them to the lead import: exported from Excel or another
 * system, Persian headers, UTF-8 with a BOM, phones and amounts in Persian digits, amounts
 * in rials, tomans or dollars, now and then an Arabic-keyboard letter, and (on request) a
 * few broken rows the import must refuse with a reason.
 */
import type { LeadChannel, LeadInput } from '../../shared/entities';
import { toPersianDigits } from '../../shared/text/digits';
import type { Random } from './random';
import { randomLeadInput, salesRandom } from './sales';
import { CHANNEL_WORDS_FA } from './sales-lists';

export const LEADS_CSV_HEADERS = [
  'نام', 'نام خانوادگی', 'شرکت', 'سمت', 'تلفن همراه', 'تلفن ثابت', 'ایمیل', 'شهر', 'کانال', 'منبع', 'ارزش تخمینی', 'ارز', 'توضیحات',
] as const;
const COL = Object.fromEntries(LEADS_CSV_HEADERS.map((h, i) => [h, i])) as Record<(typeof LEADS_CSV_HEADERS)[number], number>;

/** Ways a row is broken on purpose, each a different reason in the import's report. */
export const BAD_ROW_KINDS = ['missingName', 'badPhone', 'badEmail', 'badAmount', 'badChannel', 'columnCount'] as const;
export type BadRowKind = (typeof BAD_ROW_KINDS)[number];

export interface LeadsCsvOptions {
  /** Data rows, the broken ones included. */
  rows: number;
  /** How many of them are broken (spread evenly through the file). */
  badRows: number;
  seed: number;
}

export interface LeadsCsvLine {
  /** The text of the line, with its CRLF. */
  text: string;
  /** 1-based line in the file (the header is line 1). */
  line: number;
  /** The lead the row describes; null for a blank line. */
  lead: LeadInput | null;
  bad: BadRowKind | null;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';
const OWNER = { userId: 'csv', teamId: 'csv' };

/** The header line (with the BOM), then one line per row; a few blank lines when broken rows were asked for. */
export function* generateLeadsCsv(opts: LeadsCsvOptions): Generator<LeadsCsvLine> {
  if (opts.badRows > opts.rows) throw new RangeError(`--bad-rows (${opts.badRows}) is more than the rows (${opts.rows})`);
  const rng = salesRandom(opts.seed);
  let line = 1;
  yield { text: BOM + LEADS_CSV_HEADERS.map(csvCell).join(',') + CRLF, line: line++, lead: null, bad: null };
  const every = opts.badRows > 0 ? opts.rows / opts.badRows : Infinity;
  let nextBad = every / 2;
  let badIndex = 0;
  for (let i = 0; i < opts.rows; i++) {
    const lead = randomLeadInput(rng, OWNER);
    let bad: BadRowKind | null = null;
    if (i >= Math.floor(nextBad) && badIndex < opts.badRows) {
      bad = BAD_ROW_KINDS[badIndex % BAD_ROW_KINDS.length]!;
      badIndex++;
      nextBad += every;
    }
    const cells = leadCells(rng, lead, bad);
    yield { text: cells.map(csvCell).join(',') + CRLF, line: line++, lead, bad };
    // Excel leaves blank lines where rows were deleted: the import skips them.
    if (bad === 'missingName') yield { text: CRLF, line: line++, lead: null, bad: null };
  }
}

function leadCells(rng: Random, lead: LeadInput, bad: BadRowKind | null): string[] {
  const mobile = lead.phones.find((p) => p.label === 'mobile');
  const landline = lead.phones.find((p) => p.label !== 'mobile');
  const { amount, unit } = amountCells(rng, lead);
  const cells = [
    arabicKeyboard(rng, lead.firstName),
    arabicKeyboard(rng, lead.lastName),
    lead.companyName,
    lead.jobTitle,
    mobile ? localPhone(rng, mobile.e164) : '',
    landline ? localPhone(rng, landline.e164) : '',
    lead.emails[0]?.address ?? '',
    lead.city,
    channelWord(rng, lead.channel),
    lead.source,
    amount,
    unit,
    lead.notes,
  ];
  switch (bad) {
    case 'missingName': cells[COL['نام']] = ''; cells[COL['نام خانوادگی']] = ''; cells[COL['شرکت']] = ''; break;
    case 'badPhone': cells[COL['تلفن همراه']] = toPersianDigits('0912' + String(rng.int(10, 99))); break;
    case 'badEmail': cells[COL['ایمیل']] = 'ali.rezaei@'; break;
    case 'badAmount': cells[COL['ارزش تخمینی']] = 'حدود ده میلیون'; cells[COL['ارز']] = 'ریال'; break;
    case 'badChannel': cells[COL['کانال']] = 'کبوتر نامه‌بر'; break;
    case 'columnCount': cells.push('ستون اضافه'); break;
    case null: break;
  }
  return cells;
}

/** +989121234567 → ۰۹۱۲۱۲۳۴۵۶۷ (mostly), 09121234567, or ۰۹۱۲ ۱۲۳ ۴۵۶۷ (landlines alike). */
function localPhone(rng: Random, e164: string): string {
  const local = `0${e164.slice(3)}`;
  const style = rng.weighted([['persian', 75], ['latin', 15], ['spaced', 10]] as const);
  if (style === 'latin') return local;
  if (style === 'persian') return toPersianDigits(local);
  return toPersianDigits(`${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}`);
}

function channelWord(rng: Random, channel: LeadChannel): string {
  return channel === '' ? '' : rng.pick(CHANNEL_WORDS_FA[channel]);
}

/** An estimated value as people type it: rials or tomans, Persian or Latin digits, grouped or not. */
function amountCells(rng: Random, lead: LeadInput): { amount: string; unit: string } {
  const value = lead.estimatedValue;
  if (!value) return { amount: '', unit: '' };
  if (value.currency === 'USD') {
    const dollars = String(value.amountMinor / 100);
    return rng.chance(0.5) ? { amount: group(dollars, ','), unit: 'USD' } : { amount: toPersianDigits(dollars), unit: 'دلار' };
  }
  const toman = rng.chance(0.3) && value.amountMinor % 10 === 0;
  const digits = String(toman ? value.amountMinor / 10 : value.amountMinor);
  const style = rng.weighted([['persianGrouped', 45], ['latinGrouped', 25], ['plain', 30]] as const);
  const amount = style === 'persianGrouped' ? toPersianDigits(group(digits, '\u066C')) : style === 'latinGrouped' ? group(digits, ',') : digits;
  return { amount, unit: toman ? 'تومان' : 'ریال' };
}

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Now and then a name typed on an Arabic keyboard (ي ك): the import writes it the Persian way. */
function arabicKeyboard(rng: Random, text: string): string {
  return rng.chance(0.03) ? text.replace(/ی/g, '\u064A').replace(/ک/g, '\u0643') : text;
}

/** RFC 4180 quoting: only cells with a comma, a quote or a line break. */
function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
