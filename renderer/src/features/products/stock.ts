import { formatDecimalNumber } from '../../../../shared/money';
import type { DigitStyle } from '../../../../shared/text/digits';

/**
 * What a product's stock means to a salesperson. `stockQuantity` is '' when stock is not
 * tracked (services, made to order), else exact decimal text ('12', '2.5', '0').
 */
export type StockStatus =
  | { kind: 'untracked' }
  | { kind: 'out' }
  | { kind: 'in'; quantity: string };

export function stockStatus(stockQuantity: string): StockStatus {
  if (stockQuantity === '') return { kind: 'untracked' };
  // '0', '0.0', '00.000' all mean nothing left (the schema allows leading zeros).
  if (!/[1-9]/.test(stockQuantity)) return { kind: 'out' };
  return { kind: 'in', quantity: stockQuantity };
}

export function isOutOfStock(stockQuantity: string): boolean {
  return stockStatus(stockQuantity).kind === 'out';
}

/** "12", "1,250.5" / "۱٬۲۵۰٫۵": grouped, exact (no float), in the user's digits. */
export function formatQuantity(quantity: string, digits: DigitStyle): string {
  return formatDecimalNumber(quantity, { digits });
}
