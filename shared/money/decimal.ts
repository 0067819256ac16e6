import { readNumberText } from './numberText';

/** An exact decimal: value = int / 10^scale, scale >= 0. Used for rates, factors and percents. */
export interface Decimal {
  int: bigint;
  scale: number;
}

export type ParseDecimalResult = { ok: true; value: Decimal } | { ok: false };

/**
 * Parses "1050000.5", "۱٬۰۵۰٬۰۰۰٫۵", "-0.09". Accepts Persian/Arabic digits, '.' or '٫'
 * as the decimal point and ',' '٬' or spaces between groups of three. No exponents and
 * no '/' (in a rate or factor "1/3" would be ambiguous).
 */
export function parseDecimal(text: string): ParseDecimalResult {
  const read = readNumberText(text, { slashIsDecimal: false });
  if (!read.ok) return { ok: false };
  const { negative, intDigits, fracDigits } = read.value;
  const magnitude = BigInt(`${intDigits}${fracDigits}` || '0');
  return { ok: true, value: { int: negative ? -magnitude : magnitude, scale: fracDigits.length } };
}

/** Canonical ASCII form ("-1050000.50"), suitable for storing; parseDecimal reads it back. */
export function decimalToString(value: Decimal): string {
  const negative = value.int < 0n;
  const digits = (negative ? -value.int : value.int).toString().padStart(value.scale + 1, '0');
  const cut = digits.length - value.scale;
  const body = value.scale > 0 ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : digits;
  return negative ? `-${body}` : body;
}

/**
 * The decimal a finite JS number was written as: String(0.1) is "0.1", so this gives
 * exactly 1/10 rather than the binary float's 0.1000000000000000055…
 */
export function decimalFromNumber(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const [mantissa = '', exponentText = '0'] = String(value).split('e');
  const parsed = parseDecimal(mantissa);
  if (!parsed.ok) throw new RangeError(`Cannot read ${value} as a decimal`);
  const scale = parsed.value.scale - Number(exponentText);
  return scale >= 0
    ? { int: parsed.value.int, scale }
    : { int: parsed.value.int * 10n ** BigInt(-scale), scale: 0 };
}

/** The same value written with `scale` fraction digits (scale must not be smaller). */
export function rescaleDecimal(value: Decimal, scale: number): bigint {
  if (scale < value.scale) throw new RangeError('rescaleDecimal cannot drop digits');
  return value.int * 10n ** BigInt(scale - value.scale);
}
