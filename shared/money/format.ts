import type { IrrDisplayUnit, Language } from '../preferences';
import { withDigits, type DigitStyle } from '../text/digits';
import { currencyMinorDigits } from './currencies';
import { decimalFromNumber, parseDecimal, type Decimal } from './decimal';
import { displayUnitFor } from './displayUnit';
import { MoneyError } from './errors';
import { minorUnits, type Money } from './money';
import { divideRounded } from './rounding';

export interface DecimalFormatOptions {
  digits: DigitStyle;
  /** Group thousands (default true). */
  grouping?: boolean;
  /** Pad with zeros to at least this many fraction digits. */
  minFractionDigits?: number;
  /** Round (half up) to at most this many fraction digits. */
  maxFractionDigits?: number;
}

export interface AmountFormatOptions {
  digits: DigitStyle;
  irrUnit: IrrDisplayUnit;
}

export interface MoneyFormatOptions extends AmountFormatOptions {
  language: Language;
  /** Write the unit after the number (default true). */
  showCurrency?: boolean;
}

// Separators follow the digits, not the language: Persian digits take the Arabic
// thousands/decimal separators (٬ ٫) as Intl's fa output does, Latin digits take , and .
const SEPARATORS: Record<DigitStyle, { group: string; decimal: string }> = {
  persian: { group: '\u066C', decimal: '\u066B' },
  latin: { group: ',', decimal: '.' },
};

// No-break space: the number and its unit must not wrap onto different lines.
const UNIT_SPACE = '\u00A0';

function toDecimal(value: bigint | number | string | Decimal): Decimal {
  if (typeof value === 'bigint') return { int: value, scale: 0 };
  if (typeof value === 'number') return decimalFromNumber(value);
  if (typeof value === 'string') {
    const parsed = parseDecimal(value);
    if (!parsed.ok) throw new MoneyError('invalidNumber', `Not a decimal number: ${JSON.stringify(value)}`);
    return parsed.value;
  }
  return value;
}

/**
 * Writes a number with grouping and the chosen digits, exactly (BigInt, no floats).
 * The sign is an ASCII hyphen-minus right before the first digit; no bidi marks are
 * added, so put the result in an LTR island (`<bdi dir="ltr">`) as DESIGN §6 says.
 */
export function formatDecimalNumber(value: bigint | number | string | Decimal, options: DecimalFormatOptions): string {
  let { int, scale } = toDecimal(value);
  const { maxFractionDigits, minFractionDigits = 0 } = options;
  if (maxFractionDigits !== undefined && scale > maxFractionDigits) {
    int = divideRounded(int, 10n ** BigInt(scale - maxFractionDigits));
    scale = maxFractionDigits;
  }
  if (scale < minFractionDigits) {
    int *= 10n ** BigInt(minFractionDigits - scale);
    scale = minFractionDigits;
  }
  const negative = int < 0n;
  const digits = (negative ? -int : int).toString().padStart(scale + 1, '0');
  const intDigits = digits.slice(0, digits.length - scale);
  const fracDigits = digits.slice(digits.length - scale);
  const { group, decimal } = SEPARATORS[options.digits];
  const grouped = options.grouping === false ? intDigits : intDigits.replace(/\B(?=(\d{3})+$)/g, group);
  const text = fracDigits ? `${grouped}${decimal}${fracDigits}` : grouped;
  return withDigits(negative ? `-${text}` : text, options.digits);
}

/** The amount in its display unit as an exact decimal (rials ÷ 10 for toman). */
export function displayDecimal(value: Money, irrUnit: IrrDisplayUnit): Decimal {
  const unit = displayUnitFor(value.currency, irrUnit);
  let int = minorUnits(value);
  let scale = unit.exponent;
  while (unit.fractionOnlyWhenNeeded && scale > 0 && int % 10n === 0n) {
    int /= 10n;
    scale -= 1;
  }
  return { int, scale };
}

/** The number alone, for table cells under a unit heading: "۱۲٬۵۰۰٬۰۰۰", "1,250.50". */
export function formatAmount(value: Money, options: AmountFormatOptions): string {
  return formatDecimalNumber(displayDecimal(value, options.irrUnit), { digits: options.digits });
}

/**
 * The number then its unit in both languages, the way Iranian copy writes it:
 * "۱۲٬۵۰۰٬۰۰۰ ریال", "۱٬۲۵۰٬۰۰۰ تومان", "۱٬۲۵۰٫۵۰ دلار", "12,500,000 IRR",
 * "1,250,000 Toman", "1,250.50 USD". English uses the ISO code rather than a symbol
 * because "$" would be ambiguous next to CAD/AUD. The space is U+00A0.
 */
export function formatMoney(value: Money, options: MoneyFormatOptions): string {
  const amount = formatAmount(value, options);
  if (options.showCurrency === false) return amount;
  return `${amount}${UNIT_SPACE}${displayUnitFor(value.currency, options.irrUnit).label[options.language]}`;
}

/** Plain ASCII major-unit form for exports and APIs: "1250.50", "-12500000". */
export function moneyToDecimalString(value: Money): string {
  return formatDecimalNumber(
    { int: minorUnits(value), scale: currencyMinorDigits(value.currency) },
    { digits: 'latin', grouping: false },
  );
}
