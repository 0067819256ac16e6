import type { ReferenceData } from '../../../../shared/entities';
import {
  decimalToString, findRate, parseDecimal, roundRational, type CurrencyCode, type Decimal, type ExchangeRate, type FoundRate,
} from '../../../../shared/money';

/**
 * Rules of the exchange-rate table (نرخ ارز): reading a typed rate, the key a rate is
 * stored under, the history of one currency and today's rate of each enabled currency.
 * Pure, so they are tested without a browser.
 */

export type RateTextError = 'empty' | 'invalid' | 'notPositive' | 'tooPrecise' | 'tooLarge';
export type RateTextResult = { ok: true; rate: string } | { ok: false; reason: RateTextError };

// What the shared schema stores: up to 15 integer and 12 fraction digits.
const MAX_INT_DIGITS = 15;
const MAX_FRACTION_DIGITS = 12;

/**
 * Reads a rate typed or imported in Persian, Arabic or Latin digits, with optional grouping
 * («۱٬۰۵۰٬۰۰۰», "1,050,000", "0.92", «۰٫۹۲»), into the canonical ASCII decimal the
 * schema stores ("1050000", "0.92"). Zero and negative rates are refused.
 */
export function parseRateText(text: string): RateTextResult {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  const parsed = parseDecimal(text);
  if (!parsed.ok) return { ok: false, reason: 'invalid' };
  let { int, scale } = parsed.value;
  if (int <= 0n) return { ok: false, reason: 'notPositive' };
  // "1050000.00" is 1050000: trailing fraction zeros are not precision.
  while (scale > 0 && int % 10n === 0n) {
    int /= 10n;
    scale -= 1;
  }
  if (scale > MAX_FRACTION_DIGITS) return { ok: false, reason: 'tooPrecise' };
  const rate = decimalToString({ int, scale });
  if (rate.split('.')[0]!.length > MAX_INT_DIGITS) return { ok: false, reason: 'tooLarge' };
  return { ok: true, rate };
}

/**
 * The reference key of a rate: one row per currency, base and effective date, so entering
 * the same currency and date again corrects that row (and two admins doing it offline
 * converge on one record). The base is part of the key, so rates kept against an earlier
 * base currency are history, never overwritten by rates against the new one.
 */
export function exchangeRateKey(rate: Pick<ExchangeRate, 'currency' | 'baseCurrency' | 'effectiveDate'>): string {
  return `${rate.currency}/${rate.baseCurrency}@${rate.effectiveDate}`;
}

export interface RateRow {
  key: string;
  data: ReferenceData<'exchangeRate'>;
}

/**
 * One currency's rates, newest first; rows kept against an earlier base currency are part
 * of its history too (each names its base), unless `baseCurrency` narrows it.
 */
export function rateHistory(rows: readonly RateRow[], currency: CurrencyCode, baseCurrency?: CurrencyCode): RateRow[] {
  return rows
    .filter((r) => r.data.currency === currency && (baseCurrency === undefined || r.data.baseCurrency === baseCurrency))
    .sort((a, b) =>
      a.data.effectiveDate < b.data.effectiveDate ? 1 : a.data.effectiveDate > b.data.effectiveDate ? -1 : a.data.baseCurrency.localeCompare(b.data.baseCurrency));
}

/** How many rates each currency has. */
export function rateCounts(rows: readonly RateRow[]): Map<CurrencyCode, number> {
  const counts = new Map<CurrencyCode, number>();
  for (const r of rows) counts.set(r.data.currency, (counts.get(r.data.currency) ?? 0) + 1);
  return counts;
}

/** A rate in rials shown in tomans (÷ 10, exact), for users who read prices in tomans. */
export function rialsToTomans(rate: string | Decimal): Decimal {
  const parsed = typeof rate === 'string' ? parseDecimal(rate) : { ok: true as const, value: rate };
  if (!parsed.ok) throw new RangeError(`Not a decimal: ${String(rate)}`);
  let { int, scale } = parsed.value;
  scale += 1;
  while (scale > 0 && int % 10n === 0n) {
    int /= 10n;
    scale -= 1;
  }
  return { int, scale };
}

/** The row already stored for this currency, base and date (the one a new entry corrects). */
export function existingRate(rows: readonly RateRow[], rate: Pick<ExchangeRate, 'currency' | 'baseCurrency' | 'effectiveDate'>): RateRow | undefined {
  const key = exchangeRateKey(rate);
  return rows.find((r) => r.key === key);
}

export interface TodayRate {
  currency: CurrencyCode;
  /** Null: no rate on or before today, so amounts in this currency cannot be converted. */
  found: FoundRate | null;
  /** The rate as a decimal for display (a cross or inverse rate rounded to 6 fraction digits). */
  decimal: Decimal | null;
}

/**
 * A rational rate as a decimal to show: exact when it is one, else rounded to six
 * significant digits at least (1 / 1,050,000 is 0.000000952381, not 0.000001), without
 * trailing zeros.
 */
export function rateDecimal(found: FoundRate, fractionDigits = 6): Decimal {
  let scale = fractionDigits;
  while (scale < 18 && roundRational(found.rate, scale).int < 100_000n) scale += 1;
  let { int } = roundRational(found.rate, scale);
  while (scale > 0 && int % 10n === 0n) {
    int /= 10n;
    scale -= 1;
  }
  return { int, scale };
}

/** Today's rate of every enabled currency against the base (the base itself left out). */
export function todaysRates(
  rates: readonly ExchangeRate[],
  enabled: readonly CurrencyCode[],
  baseCurrency: CurrencyCode,
  today: string,
): TodayRate[] {
  return enabled
    .filter((c) => c !== baseCurrency)
    .map((currency) => {
      let found: FoundRate | null;
      try {
        found = findRate(rates, currency, baseCurrency, today);
      } catch {
        found = null; // a malformed row (never written by the app) must not break the page
      }
      return { currency, found, decimal: found ? rateDecimal(found) : null };
    });
}
