import { currencyInfo, type CurrencyCode } from './currencies';
import { parseDecimal, type Decimal } from './decimal';
import { MoneyError } from './errors';
import { divideRounded, type RoundingMode } from './rounding';

/**
 * An amount in the currency's minor unit (cents for USD, rials for IRR). amountMinor is
 * always a safe integer; all arithmetic runs on BigInt and is checked on the way out.
 */
export interface Money {
  amountMinor: number;
  currency: CurrencyCode;
}

/** Reads amountMinor as a BigInt, refusing floats and unsafe integers that lost precision. */
export function minorUnits(value: Money): bigint {
  const { amountMinor } = value;
  if (typeof amountMinor !== 'number' || !Number.isInteger(amountMinor)) {
    throw new MoneyError('notInteger', `amountMinor must be an integer, got ${String(amountMinor)}`);
  }
  if (!Number.isSafeInteger(amountMinor)) {
    throw new MoneyError('overflow', `amountMinor ${amountMinor} is outside the safe integer range`);
  }
  return BigInt(amountMinor);
}

/** Builds a Money from a BigInt result, throwing 'overflow' if it no longer fits. */
export function moneyFromMinorUnits(amount: bigint, currency: CurrencyCode): Money {
  if (amount > BigInt(Number.MAX_SAFE_INTEGER) || amount < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MoneyError('overflow', `${amount} ${currency} is outside the safe integer range`);
  }
  return { amountMinor: Number(amount), currency };
}

export function money(amountMinor: number, currency: CurrencyCode): Money {
  currencyInfo(currency);
  // Number(BigInt(-0)) turns -0 into 0, so stored documents never hold a negative zero.
  return moneyFromMinorUnits(minorUnits({ amountMinor, currency }), currency);
}

export function zero(currency: CurrencyCode): Money {
  return money(0, currency);
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new MoneyError('currencyMismatch', `Cannot combine ${a.currency} with ${b.currency}`);
  }
}

export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return moneyFromMinorUnits(minorUnits(a) + minorUnits(b), a.currency);
}

export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return moneyFromMinorUnits(minorUnits(a) - minorUnits(b), a.currency);
}

export function negate(value: Money): Money {
  return moneyFromMinorUnits(-minorUnits(value), value.currency);
}

/**
 * Total of a list that must all be in `currency` (an empty list gives zero). Only the
 * final total has to fit the safe range: partial sums are BigInt.
 */
export function sum(list: readonly Money[], currency: CurrencyCode): Money {
  currencyInfo(currency);
  let total = 0n;
  for (const item of list) {
    if (item.currency !== currency) {
      throw new MoneyError('currencyMismatch', `Cannot add ${item.currency} to a ${currency} total`);
    }
    total += minorUnits(item);
  }
  return moneyFromMinorUnits(total, currency);
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  const difference = minorUnits(a) - minorUnits(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

export function isZero(value: Money): boolean {
  return minorUnits(value) === 0n;
}

export function isNegative(value: Money): boolean {
  return minorUnits(value) < 0n;
}

function toDecimal(value: string | Decimal, what: string): Decimal {
  if (typeof value !== 'string') return value;
  const parsed = parseDecimal(value);
  if (!parsed.ok) throw new MoneyError('invalidNumber', `${what} is not a decimal number: ${JSON.stringify(value)}`);
  return parsed.value;
}

/** money × factor, e.g. a unit price × "2.5" units or × "0.9" for a 10% discount. */
export function multiplyByDecimal(value: Money, factor: string | Decimal, rounding: RoundingMode = 'halfUp'): Money {
  const { int, scale } = toDecimal(factor, 'Factor');
  return moneyFromMinorUnits(divideRounded(minorUnits(value) * int, 10n ** BigInt(scale), rounding), value.currency);
}

/** percent% of money, e.g. percentOf(net, "9") for VAT; "12.5" and "۹" work too. */
export function percentOf(value: Money, percent: string | Decimal, rounding: RoundingMode = 'halfUp'): Money {
  const { int, scale } = toDecimal(percent, 'Percent');
  return moneyFromMinorUnits(divideRounded(minorUnits(value) * int, 10n ** BigInt(scale + 2), rounding), value.currency);
}
