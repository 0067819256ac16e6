import type { ProductDoc } from '../../../../shared/entities';
import type { Money } from '../../../../shared/money';

/**
 * A product as lists, cards and the picker show it: every field except the picture and the
 * description. A catalog of 10k products may carry 10k pictures (up to 200 kB each), so rows
 * and the in-memory directory keep summaries; pictures are read only for what is on screen.
 */
export interface ProductSummary {
  id: string;
  name: string;
  sku: string;
  category: string;
  unit: string;
  prices: Money[];
  stockQuantity: string;
  active: boolean;
  hasImage: boolean;
  sortName: string;
  updatedAt: string;
}

export function productSummary(doc: ProductDoc): ProductSummary {
  return {
    id: doc.id,
    name: doc.name,
    sku: doc.sku,
    category: doc.category,
    unit: doc.unit,
    prices: doc.prices,
    stockQuantity: doc.stockQuantity,
    active: doc.active,
    hasImage: doc.image !== '',
    sortName: doc.sortName,
    updatedAt: doc.updatedAt,
  };
}

/** The price a card shows: the one in `preferred` (the base currency), else the first one. */
export function shownPrice(prices: readonly Money[], preferred: string | undefined): Money | null {
  return prices.find((p) => p.currency === preferred) ?? prices[0] ?? null;
}
