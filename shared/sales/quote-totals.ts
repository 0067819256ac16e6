import {
  add,
  isKnownCurrency,
  money,
  MoneyError,
  multiplyByDecimal,
  parseDecimal,
  percentOf,
  subtract,
  sum,
  zero,
  type CurrencyCode,
  type Decimal,
  type Money,
} from '../money';

/*
 * Rounding rules for a proforma invoice (پیش‌فاکتور)
 *
 * Every amount the quote prints is rounded half-up to whole minor units exactly once,
 * where it is first computed, and everything below it is plain integer addition or
 * subtraction of already-printed numbers:
 *
 *   line gross       = round(quantity × unit price)
 *   line discount    = round(gross × percent%)   or the amount as given
 *   line net         = gross − line discount                    (exact)
 *   subtotal         = Σ line nets                              (exact)
 *   overall discount = round(subtotal × percent%) or the amount as given
 *   taxable          = subtotal − overall discount              (exact)
 *   VAT              = round(taxable × VAT%)
 *   total            = taxable + VAT                            (exact)
 *
 * Why: a customer checks a proforma with a calculator, line by line. Carrying unrounded
 * intermediates (or rounding only the grand total) gives a total that is a rial or a
 * cent off the sum of the printed numbers. Rounding each printed number once keeps every
 * row and column adding up on paper, at the cost of the total being up to a few minor
 * units away from the exact rational result.
 *
 * A percent discount rounds the discount, not the net, so half a minor unit of discount
 * goes to the customer (5¢ less 10% = 4¢ net).
 */

export type Discount = { kind: 'percent'; percent: string } | { kind: 'amount'; amountMinor: number };

export interface QuoteTotalsLineInput {
  /** Decimal text ("2.5", "۲٫۵"), at most QUANTITY_MAX_DECIMALS significant fraction digits. */
  quantity: string;
  /** Price of one unit in the quote currency's minor units. */
  unitPriceMinor: number;
  discount?: Discount | null;
}

/** The numeric part of a quote (stored quote documents fit it as they are). */
export interface QuoteTotalsInput {
  currency: CurrencyCode;
  lines: readonly QuoteTotalsLineInput[];
  /** Overall discount, applied to the subtotal. */
  discount?: Discount | null;
  /** "10", "9", "0": at most PERCENT_MAX_DECIMALS fraction digits. */
  vatPercent: string;
}

export interface QuoteLineTotals {
  gross: Money;
  discount: Money;
  net: Money;
}

export interface QuoteTotals {
  lines: QuoteLineTotals[];
  subtotal: Money;
  discount: Money;
  taxable: Money;
  vat: Money;
  total: Money;
}

/** i18n keys; the form shows them next to the field named by `path`. */
export const QUOTE_ERROR_CODES = [
  'quotes:errors.unknownCurrency',
  'quotes:errors.invalidNumber',
  'quotes:errors.negative',
  'quotes:errors.quantityTooManyDecimals',
  'quotes:errors.percentTooManyDecimals',
  'quotes:errors.percentOutOfRange',
  'quotes:errors.invalidAmount',
  'quotes:errors.amountTooLarge',
  'quotes:errors.discountTooLarge',
] as const;

export type QuoteErrorCode = (typeof QUOTE_ERROR_CODES)[number];

export interface QuoteError {
  /** Dot path into QuoteTotalsInput: 'lines.0.quantity', 'discount.percent', 'vatPercent'. */
  path: string;
  code: QuoteErrorCode;
}

export type QuoteTotalsResult = { ok: true; totals: QuoteTotals } | { ok: false; errors: QuoteError[] };

export const QUANTITY_MAX_DECIMALS = 3;
export const PERCENT_MAX_DECIMALS = 2;

type Read<T> = { ok: true; value: T } | { ok: false; code: QuoteErrorCode };

/**
 * Reads decimal text, ignoring trailing fraction zeros ("2.5000" is 2.5), the same
 * leniency as parseMoneyInput: only digits that change the value count as too many.
 */
function readDecimal(text: unknown, maxDecimals: number, tooManyCode: QuoteErrorCode): Read<Decimal> {
  if (typeof text !== 'string') return { ok: false, code: 'quotes:errors.invalidNumber' };
  const parsed = parseDecimal(text);
  if (!parsed.ok) return { ok: false, code: 'quotes:errors.invalidNumber' };
  let { int, scale } = parsed.value;
  while (scale > 0 && int % 10n === 0n) {
    int /= 10n;
    scale -= 1;
  }
  if (scale > maxDecimals) return { ok: false, code: tooManyCode };
  return { ok: true, value: { int, scale } };
}

function readPercent(text: unknown): Read<Decimal> {
  const read = readDecimal(text, PERCENT_MAX_DECIMALS, 'quotes:errors.percentTooManyDecimals');
  if (!read.ok) return read;
  const { int, scale } = read.value;
  if (int < 0n || int > 100n * 10n ** BigInt(scale)) return { ok: false, code: 'quotes:errors.percentOutOfRange' };
  return read;
}

/** A non-negative minor-unit amount typed by the user. */
function readAmount(value: unknown, currency: CurrencyCode): Read<Money> {
  if (typeof value !== 'number' || !Number.isInteger(value)) return { ok: false, code: 'quotes:errors.invalidAmount' };
  if (!Number.isSafeInteger(value)) return { ok: false, code: 'quotes:errors.amountTooLarge' };
  if (value < 0) return { ok: false, code: 'quotes:errors.negative' };
  return { ok: true, value: money(value, currency) };
}

type ReadDiscount = { kind: 'percent'; percent: Decimal } | { kind: 'amount'; amount: Money } | null;

function readDiscount(discount: Discount | null | undefined, currency: CurrencyCode, path: string, errors: QuoteError[]): ReadDiscount {
  if (discount === undefined || discount === null) return null;
  if (discount.kind === 'percent') {
    const read = readPercent(discount.percent);
    if (read.ok) return { kind: 'percent', percent: read.value };
    errors.push({ path: `${path}.percent`, code: read.code });
    return null;
  }
  const read = readAmount(discount.amountMinor, currency);
  if (read.ok) return { kind: 'amount', amount: read.value };
  errors.push({ path: `${path}.amountMinor`, code: read.code });
  return null;
}

/** The discount on `base`, or an error when an amount discount exceeds it. */
function applyDiscount(base: Money, discount: ReadDiscount): Money | 'tooLarge' {
  if (discount === null) return zero(base.currency);
  if (discount.kind === 'percent') return percentOf(base, discount.percent, 'halfUp');
  return discount.amount.amountMinor > base.amountMinor ? 'tooLarge' : discount.amount;
}

/** Runs money arithmetic, turning a result beyond the safe integer range into null. */
function unlessOverflow<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof MoneyError && error.code === 'overflow') return null;
    throw error;
  }
}

/**
 * Totals of a proforma invoice, following the rounding rules at the top of this file.
 * User input problems come back as error codes with their paths (all of them at once,
 * as far as they can be found before the amounts that depend on them); nothing throws
 * for bad input.
 */
export function computeQuoteTotals(input: QuoteTotalsInput): QuoteTotalsResult {
  const { currency } = input;
  if (!isKnownCurrency(currency)) return { ok: false, errors: [{ path: 'currency', code: 'quotes:errors.unknownCurrency' }] };

  const errors: QuoteError[] = [];
  const vat = readPercent(input.vatPercent);
  if (!vat.ok) errors.push({ path: 'vatPercent', code: vat.code });
  const overall = readDiscount(input.discount, currency, 'discount', errors);

  const lines: QuoteLineTotals[] = [];
  input.lines.forEach((line, index) => {
    const path = `lines.${index}`;
    const errorsBefore = errors.length;
    const quantity = readDecimal(line.quantity, QUANTITY_MAX_DECIMALS, 'quotes:errors.quantityTooManyDecimals');
    if (!quantity.ok) errors.push({ path: `${path}.quantity`, code: quantity.code });
    else if (quantity.value.int < 0n) errors.push({ path: `${path}.quantity`, code: 'quotes:errors.negative' });
    const price = readAmount(line.unitPriceMinor, currency);
    if (!price.ok) errors.push({ path: `${path}.unitPriceMinor`, code: price.code });
    const discount = readDiscount(line.discount, currency, `${path}.discount`, errors);
    if (errors.length > errorsBefore || !quantity.ok || !price.ok) return;

    const gross = unlessOverflow(() => multiplyByDecimal(price.value, quantity.value, 'halfUp'));
    if (gross === null) {
      errors.push({ path, code: 'quotes:errors.amountTooLarge' });
      return;
    }
    const lineDiscount = applyDiscount(gross, discount);
    if (lineDiscount === 'tooLarge') {
      errors.push({ path: `${path}.discount.amountMinor`, code: 'quotes:errors.discountTooLarge' });
      return;
    }
    lines.push({ gross, discount: lineDiscount, net: subtract(gross, lineDiscount) });
  });
  if (errors.length > 0 || !vat.ok) return { ok: false, errors };

  const subtotal = unlessOverflow(() => sum(lines.map((line) => line.net), currency));
  if (subtotal === null) return { ok: false, errors: [{ path: 'lines', code: 'quotes:errors.amountTooLarge' }] };
  const discount = applyDiscount(subtotal, overall);
  if (discount === 'tooLarge') {
    return { ok: false, errors: [{ path: 'discount.amountMinor', code: 'quotes:errors.discountTooLarge' }] };
  }
  const taxable = subtract(subtotal, discount);
  const vatAmount = percentOf(taxable, vat.value, 'halfUp');
  // VAT is at most 100 % of taxable, so only the final sum can leave the safe range.
  const total = unlessOverflow(() => add(taxable, vatAmount));
  if (total === null) return { ok: false, errors: [{ path: 'lines', code: 'quotes:errors.amountTooLarge' }] };

  return { ok: true, totals: { lines, subtotal, discount, taxable, vat: vatAmount, total } };
}
