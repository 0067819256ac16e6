import { currencyMinorDigits, type CurrencyCode } from './currencies';
import { parseDecimal } from './decimal';
import { MoneyError } from './errors';
import { minorUnits, moneyFromMinorUnits, type Money } from './money';
import { invertRational, multiplyRationals, rational, rationalFromDecimal, type Rational } from './rational';
import { divideRounded, type RoundingMode } from './rounding';

/** One row of the admin's dated rate table (kept in the `reference` collection). */
export interface ExchangeRate {
  currency: CurrencyCode;
  baseCurrency: CurrencyCode;
  /** Decimal string: base units per 1 unit of `currency`, e.g. "1050000" IRR per USD. */
  rate: string;
  /** 'YYYY-MM-DD': the rate applies from this business date until a later row replaces it. */
  effectiveDate: string;
}

/** A rate found for a conversion: `rate` units of `to` per 1 unit of `from`. */
export interface FoundRate {
  from: CurrencyCode;
  to: CurrencyCode;
  rate: Rational;
  /** For a cross rate, the older of the two legs' dates: the rate is only as fresh as that. */
  effectiveDate: string;
  /** The pivot currency of a cross rate. */
  via?: CurrencyCode;
}

/**
 * A FoundRate frozen into JSON-safe strings for a quote or a won deal, so later rate
 * changes never rewrite what that document used.
 */
export interface LockedRate {
  from: CurrencyCode;
  to: CurrencyCode;
  numerator: string;
  denominator: string;
  effectiveDate: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Leg {
  rate: Rational;
  effectiveDate: string;
}

function rowRate(row: ExchangeRate): Rational {
  const parsed = parseDecimal(row.rate);
  if (!parsed.ok || parsed.value.int <= 0n || !ISO_DATE.test(row.effectiveDate)) {
    throw new MoneyError('invalidRate', `Bad exchange rate row: ${JSON.stringify(row)}`);
  }
  return rationalFromDecimal(parsed.value);
}

/**
 * For every currency quoted against `currency` (either way round), the latest row on or
 * before onDate, as a rate from `currency` to that one. Later rows win over earlier ones
 * with the same date (a correction); a row in the asked direction wins over its inverse.
 */
function legsFrom(rates: readonly ExchangeRate[], currency: CurrencyCode, onDate: string): Map<CurrencyCode, Leg & { direct: boolean }> {
  const legs = new Map<CurrencyCode, Leg & { direct: boolean }>();
  for (const row of rates) {
    const direct = row.currency === currency;
    if (!direct && row.baseCurrency !== currency) continue;
    const rate = rowRate(row);
    if (row.effectiveDate > onDate) continue;
    const other = direct ? row.baseCurrency : row.currency;
    const known = legs.get(other);
    if (known && (known.effectiveDate > row.effectiveDate || (known.effectiveDate === row.effectiveDate && known.direct && !direct))) {
      continue;
    }
    legs.set(other, { rate: direct ? rate : invertRational(rate), effectiveDate: row.effectiveDate, direct });
  }
  return legs;
}

/**
 * The rate from `from` to `to` in force on onDate ('YYYY-MM-DD'): the latest row dated
 * on or before it. A direct or inverse row is used if one exists; otherwise a cross rate
 * through one pivot currency (e.g. EUR→USD via IRR), choosing the pivot whose older leg
 * is newest, then the alphabetically first. Null when no rate covers that date.
 */
export function findRate(rates: readonly ExchangeRate[], from: CurrencyCode, to: CurrencyCode, onDate: string): FoundRate | null {
  if (!ISO_DATE.test(onDate)) throw new MoneyError('invalidArgument', `onDate must be YYYY-MM-DD, got ${JSON.stringify(onDate)}`);
  if (from === to) return { from, to, rate: rational(1n), effectiveDate: onDate };

  const fromLegs = legsFrom(rates, from, onDate);
  const direct = fromLegs.get(to);
  if (direct) return { from, to, rate: direct.rate, effectiveDate: direct.effectiveDate };

  const toLegs = legsFrom(rates, to, onDate);
  let best: FoundRate | null = null;
  for (const [pivot, first] of [...fromLegs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const second = toLegs.get(pivot);
    if (!second) continue;
    const effectiveDate = first.effectiveDate < second.effectiveDate ? first.effectiveDate : second.effectiveDate;
    if (best && best.effectiveDate >= effectiveDate) continue;
    best = { from, to, rate: multiplyRationals(first.rate, invertRational(second.rate)), effectiveDate, via: pivot };
  }
  return best;
}

export function lockRate(found: FoundRate): LockedRate {
  return {
    from: found.from,
    to: found.to,
    numerator: found.rate.num.toString(),
    denominator: found.rate.den.toString(),
    effectiveDate: found.effectiveDate,
  };
}

function rateOf(rate: Rational | LockedRate | string, value: Money, to: CurrencyCode): Rational {
  if (typeof rate === 'string') {
    const parsed = parseDecimal(rate);
    if (!parsed.ok) throw new MoneyError('invalidRate', `Not a decimal rate: ${JSON.stringify(rate)}`);
    return rationalFromDecimal(parsed.value);
  }
  if ('num' in rate) return rate;
  if (rate.from !== value.currency || rate.to !== to) {
    throw new MoneyError('currencyMismatch', `Locked rate is ${rate.from}→${rate.to}, asked ${value.currency}→${to}`);
  }
  if (!/^\d+$/.test(rate.numerator) || !/^\d*[1-9]\d*$/.test(rate.denominator)) {
    throw new MoneyError('invalidRate', `Bad locked rate: ${JSON.stringify(rate)}`);
  }
  return rational(BigInt(rate.numerator), BigInt(rate.denominator));
}

/**
 * Converts at a given rate (units of `to` per 1 unit of money's currency): a decimal
 * string, a Rational, or a LockedRate snapshot. The exact result in `to` minor units is
 * rounded once, by `rounding` (half up by default).
 */
export function convertWithRate(
  value: Money,
  to: CurrencyCode,
  rate: Rational | LockedRate | string,
  rounding: RoundingMode = 'halfUp',
): Money {
  const r = rateOf(rate, value, to);
  if (r.num <= 0n || r.den <= 0n) throw new MoneyError('invalidRate', 'An exchange rate must be positive');
  const scaleUp = 10n ** BigInt(currencyMinorDigits(to));
  const scaleDown = 10n ** BigInt(currencyMinorDigits(value.currency));
  return moneyFromMinorUnits(divideRounded(minorUnits(value) * r.num * scaleUp, r.den * scaleDown, rounding), to);
}

/** Converts with the rate in force on onDate; throws MoneyError 'noRate' if there is none. */
export function convert(
  value: Money,
  to: CurrencyCode,
  rates: readonly ExchangeRate[],
  onDate: string,
  rounding: RoundingMode = 'halfUp',
): Money {
  const found = findRate(rates, value.currency, to, onDate);
  if (!found) throw new MoneyError('noRate', `No ${value.currency}→${to} rate on or before ${onDate}`);
  return convertWithRate(value, to, found.rate, rounding);
}
