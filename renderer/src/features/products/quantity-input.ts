import { readNumberText } from '../../../../shared/money/numberText';

/** Fraction digits a stock quantity may have (the schema's decimalTextSchema(3)). */
export const QUANTITY_FRACTION_DIGITS = 3;

export type QuantityRead = { ok: true; value: string } | { ok: false; error: string };

/**
 * A stock quantity as typed: Persian, Arabic or Latin digits, «٫» or «.» for the decimal
 * point, optional grouping («۱٬۲۵۰»). Gives the stored text ('1250', '2.5') or an error key.
 */
export function readQuantity(text: string): QuantityRead {
  const read = readNumberText(text, { slashIsDecimal: false });
  if (!read.ok) return { ok: false, error: read.reason === 'empty' ? 'validation:required' : 'validation:invalidNumber' };
  const { negative, intDigits, fracDigits } = read.value;
  if (negative) return { ok: false, error: 'validation:mustNotBeNegative' };
  const frac = fracDigits.replace(/0+$/, '');
  if (frac.length > QUANTITY_FRACTION_DIGITS) return { ok: false, error: 'validation:invalidNumber' };
  const int = intDigits.replace(/^0+(?=\d)/, '') || '0';
  if (int.length > 12) return { ok: false, error: 'validation:invalidNumber' };
  return { ok: true, value: frac ? `${int}.${frac}` : int };
}
