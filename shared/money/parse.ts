import type { IrrDisplayUnit } from '../preferences';
import { type CurrencyCode } from './currencies';
import { displayUnitFor, type DisplayUnit } from './displayUnit';
import { type Money } from './money';
import { readNumberText } from './numberText';

export type ParseMoneyFailure = 'empty' | 'invalid' | 'tooManyDecimals' | 'tooLarge' | 'negative';
export type ParseMoneyResult = { ok: true; money: Money } | { ok: false; reason: ParseMoneyFailure };

export interface MoneyInputOptions {
  /** The unit an IRR field is typed in; ignored for other currencies. */
  irrUnit: IrrDisplayUnit;
  /** Default true; when false a leading minus gives reason 'negative'. */
  allowNegative?: boolean;
}

// Arabic-keyboard yeh/kaf look identical to the Persian letters in the unit words.
function foldArabicLetters(text: string): string {
  return text.replace(/[\u064A\u0649]/g, '\u06CC').replace(/\u0643/g, '\u06A9');
}

function unitsOf(currency: CurrencyCode): DisplayUnit[] {
  return currency === 'IRR'
    ? [displayUnitFor('IRR', 'rial'), displayUnitFor('IRR', 'toman')]
    : [displayUnitFor(currency, 'rial')];
}

/**
 * Removes a unit word the user typed or pasted along with the number ("۱۲۵ تومان",
 * "1,250.50 USD"). An explicit unit wins over options.irrUnit: "۱۰۰۰ ریال" typed into
 * a toman field means 1,000 rials.
 */
function splitUnit(text: string, currency: CurrencyCode, irrUnit: IrrDisplayUnit): { numberText: string; unit: DisplayUnit } {
  const folded = foldArabicLetters(text).trim();
  const lower = folded.toLowerCase();
  for (const unit of unitsOf(currency)) {
    for (const label of [unit.label.fa, unit.label.en]) {
      const key = label.toLowerCase();
      if (lower.endsWith(key)) return { numberText: folded.slice(0, -key.length), unit };
      if (lower.startsWith(key)) return { numberText: folded.slice(key.length), unit };
    }
  }
  return { numberText: folded, unit: displayUnitFor(currency, irrUnit) };
}

/**
 * Reads an amount typed by a user: Persian, Arabic or Latin digits; grouping with
 * , ٬ or spaces (groups of three); decimal point . ٫ or / ("۲/۵"); an optional leading
 * - or − (U+2212); surrounding spaces and direction marks; an optional unit word.
 * In toman the number is multiplied by 10 and may have one decimal. Extra fraction
 * digits are refused, not rounded, unless they are zeros.
 */
export function parseMoneyInput(text: string, currency: CurrencyCode, options: MoneyInputOptions): ParseMoneyResult {
  const { numberText, unit } = splitUnit(text, currency, options.irrUnit);
  const read = readNumberText(numberText, { slashIsDecimal: true });
  if (!read.ok) return { ok: false, reason: read.reason };
  const { negative, intDigits } = read.value;
  const fracDigits = read.value.fracDigits.replace(/0+$/, '');
  if (fracDigits.length > unit.exponent) return { ok: false, reason: 'tooManyDecimals' };

  const magnitude = BigInt(`${intDigits}${fracDigits.padEnd(unit.exponent, '0')}`);
  if (magnitude > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'tooLarge' };
  if (negative && magnitude !== 0n && options.allowNegative === false) return { ok: false, reason: 'negative' };
  const amountMinor = Number(magnitude);
  return { ok: true, money: { amountMinor: negative && amountMinor !== 0 ? -amountMinor : amountMinor, currency } };
}
