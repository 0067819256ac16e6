import type { ReferenceData } from '../../../../shared/entities';
import { CURRENCIES, findRate, type CurrencyCode, type ExchangeRate } from '../../../../shared/money';
import { DEFAULT_ENABLED_CURRENCIES } from '../../../../shared/sales';

/**
 * The currencies section: which currencies money fields offer, and what changing the base
 * currency means for the data already there. Pure.
 */

export interface CurrencyRow {
  key: string;
  data: ReferenceData<'currency'>;
}

/** Every known currency code, in the table's order (IRR, USD, EUR, AED, …). */
export const ALL_CURRENCY_CODES: readonly CurrencyCode[] = Object.keys(CURRENCIES);

/** The enabled set as stored (the defaults until an admin saves), always with the base. */
export function enabledSet(rows: readonly CurrencyRow[], baseCurrency: CurrencyCode): Set<CurrencyCode> {
  const enabled = rows.length ? rows.filter((r) => r.data.enabled).map((r) => r.data.code) : [...DEFAULT_ENABLED_CURRENCIES];
  return new Set([baseCurrency, ...enabled]);
}

/**
 * The `currency` rows to write so the stored set equals `wanted` (plus the base). Only rows
 * that change are written; the first save writes every enabled currency, after which a code
 * without a row counts as disabled.
 */
export function planCurrencySave(
  rows: readonly CurrencyRow[],
  wanted: ReadonlySet<CurrencyCode>,
  baseCurrency: CurrencyCode,
): ReferenceData<'currency'>[] {
  const stored = new Map(rows.map((r) => [r.data.code, r.data.enabled]));
  const writes: ReferenceData<'currency'>[] = [];
  for (const code of ALL_CURRENCY_CODES) {
    const enabled = code === baseCurrency || wanted.has(code);
    if (rows.length === 0) {
      if (enabled) writes.push({ code, enabled });
    } else if (stored.has(code) ? stored.get(code) !== enabled : enabled) {
      writes.push({ code, enabled });
    }
  }
  return writes;
}

export interface BaseChangeImpact {
  from: CurrencyCode;
  to: CurrencyCode;
  /** Rates stored against the current base: they stay as history. */
  ratesAgainstOld: number;
  /** A rate links the new base and the old one today, so amounts in the old base still convert. */
  linked: boolean;
  /** Deals or quotes exist (their locked rates stay as they were). */
  hasDeals: boolean;
  /** Ask before saving: there is data whose meaning the change touches. */
  needsConfirmation: boolean;
}

export function baseChangeImpact(args: {
  from: CurrencyCode;
  to: CurrencyCode;
  rates: readonly ExchangeRate[];
  hasDeals: boolean;
  today: string;
}): BaseChangeImpact {
  const { from, to, rates, hasDeals, today } = args;
  const ratesAgainstOld = rates.filter((r) => r.baseCurrency === from).length;
  let linked: boolean;
  try {
    linked = from !== to && findRate(rates, from, to, today) !== null;
  } catch {
    linked = false;
  }
  return { from, to, ratesAgainstOld, linked, hasDeals, needsConfirmation: from !== to && (rates.length > 0 || hasDeals) };
}
