import { describe, expect, it } from 'vitest';
import { formatQuantity, isOutOfStock, stockStatus } from '../../../renderer/src/features/products/stock';
import { shownPrice } from '../../../renderer/src/features/products/product-summary';

describe('stockStatus', () => {
  it("reads '' as not tracked, zero in any spelling as out of stock, else the quantity", () => {
    expect(stockStatus('')).toEqual({ kind: 'untracked' });
    for (const zero of ['0', '0.0', '00', '0.000']) expect(stockStatus(zero)).toEqual({ kind: 'out' });
    expect(stockStatus('12')).toEqual({ kind: 'in', quantity: '12' });
    expect(stockStatus('0.5')).toEqual({ kind: 'in', quantity: '0.5' });
    expect(isOutOfStock('0')).toBe(true);
    expect(isOutOfStock('')).toBe(false);
  });

  it('formats quantities exactly, grouped, in the chosen digits', () => {
    expect(formatQuantity('12', 'persian')).toBe('۱۲');
    expect(formatQuantity('1250.5', 'persian')).toBe('۱٬۲۵۰٫۵');
    expect(formatQuantity('1250.5', 'latin')).toBe('1,250.5');
    expect(formatQuantity('123456789012.125', 'latin')).toBe('123,456,789,012.125');
  });
});

describe('shownPrice', () => {
  const irr = { amountMinor: 1_000_000, currency: 'IRR' };
  const usd = { amountMinor: 1999, currency: 'USD' };
  it('shows the base-currency price, else the first one, else none', () => {
    expect(shownPrice([usd, irr], 'IRR')).toBe(irr);
    expect(shownPrice([usd], 'IRR')).toBe(usd);
    expect(shownPrice([usd, irr], undefined)).toBe(usd);
    expect(shownPrice([], 'IRR')).toBeNull();
  });
});
