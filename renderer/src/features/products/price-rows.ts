import type { Money } from '../../../../shared/money';

/** One row of the prices editor: a currency and its price, null while empty. */
export interface PriceRow {
  currency: string;
  value: Money | null;
}

/** The rows for stored prices; a product without prices starts with an empty row in `seed`. */
export function rowsFromPrices(prices: readonly Money[], seed: string | undefined): PriceRow[] {
  if (prices.length) return prices.map((p) => ({ currency: p.currency, value: p }));
  return seed ? [{ currency: seed, value: null }] : [];
}

/** The prices to store: filled rows only (an empty row means "no price in that currency"). */
export function pricesFromRows(rows: readonly PriceRow[]): Money[] {
  return rows.flatMap((r) => (r.value ? [{ amountMinor: r.value.amountMinor, currency: r.currency }] : []));
}

/** Enabled currencies without a row yet, in the enabled order (base first). */
export function addableCurrencies(rows: readonly PriceRow[], enabled: readonly string[]): string[] {
  const used = new Set(rows.map((r) => r.currency));
  return enabled.filter((c) => !used.has(c));
}

export function addRow(rows: readonly PriceRow[], currency: string): PriceRow[] {
  return rows.some((r) => r.currency === currency) ? [...rows] : [...rows, { currency, value: null }];
}

export function removeRow(rows: readonly PriceRow[], currency: string): PriceRow[] {
  return rows.filter((r) => r.currency !== currency);
}

export function setRowValue(rows: readonly PriceRow[], currency: string, value: Money | null): PriceRow[] {
  return rows.map((r) => (r.currency === currency ? { currency, value: value && { ...value, currency } } : r));
}

/** Same stored prices? (The editor re-seeds its rows only when the prices change from outside.) */
export function pricesKey(prices: readonly Money[]): string {
  return prices.map((p) => `${p.currency}:${p.amountMinor}`).join('|');
}
