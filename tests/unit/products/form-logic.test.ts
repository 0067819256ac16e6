import { describe, expect, it } from 'vitest';
import {
  addableCurrencies, addRow, pricesFromRows, pricesKey, removeRow, rowsFromPrices, setRowValue,
} from '../../../renderer/src/features/products/price-rows';
import { readQuantity } from '../../../renderer/src/features/products/quantity-input';
import { productInputSchema, validate } from '../../../shared/entities';
import { productInput } from './fixtures';

const irr = { amountMinor: 12_500_000, currency: 'IRR' };
const usd = { amountMinor: 1999, currency: 'USD' };

describe('price rows', () => {
  it('starts a product without prices with one empty row in the base currency', () => {
    expect(rowsFromPrices([], 'IRR')).toEqual([{ currency: 'IRR', value: null }]);
    expect(rowsFromPrices([usd], 'IRR')).toEqual([{ currency: 'USD', value: usd }]);
    expect(rowsFromPrices([], undefined)).toEqual([]);
  });

  it('offers only currencies without a row, so there is one price per currency', () => {
    const rows = addRow(rowsFromPrices([irr], 'IRR'), 'USD');
    expect(addableCurrencies(rows, ['IRR', 'EUR', 'USD'])).toEqual(['EUR']);
    expect(addRow(rows, 'USD')).toHaveLength(2);
    expect(addableCurrencies(removeRow(rows, 'IRR'), ['IRR', 'EUR', 'USD'])).toEqual(['IRR', 'EUR']);
  });

  it('stores filled rows only, each in its row currency', () => {
    let rows = addRow(rowsFromPrices([], 'IRR'), 'USD');
    expect(pricesFromRows(rows)).toEqual([]);
    rows = setRowValue(rows, 'USD', { amountMinor: 500, currency: 'EUR' });
    expect(pricesFromRows(rows)).toEqual([{ amountMinor: 500, currency: 'USD' }]);
    rows = setRowValue(rows, 'IRR', irr);
    expect(pricesFromRows(rows)).toEqual([irr, { amountMinor: 500, currency: 'USD' }]);
    expect(validate(productInputSchema, productInput({ prices: pricesFromRows(rows) })).ok).toBe(true);
    expect(pricesKey([irr, usd])).toBe('IRR:12500000|USD:1999');
  });
});

describe('readQuantity', () => {
  it('reads Persian, Arabic and Latin digits, the Persian decimal point and grouping', () => {
    expect(readQuantity('۱۲')).toEqual({ ok: true, value: '12' });
    expect(readQuantity('٣')).toEqual({ ok: true, value: '3' });
    expect(readQuantity('۲٫۵')).toEqual({ ok: true, value: '2.5' });
    expect(readQuantity('1,250.500')).toEqual({ ok: true, value: '1250.5' });
    expect(readQuantity('۱٬۲۵۰')).toEqual({ ok: true, value: '1250' });
    expect(readQuantity('007')).toEqual({ ok: true, value: '7' });
    expect(readQuantity('0')).toEqual({ ok: true, value: '0' });
  });

  it('refuses what is not a stock quantity, with a translated key', () => {
    expect(readQuantity('')).toEqual({ ok: false, error: 'validation:required' });
    expect(readQuantity('-3')).toEqual({ ok: false, error: 'validation:mustNotBeNegative' });
    expect(readQuantity('1.2345')).toEqual({ ok: false, error: 'validation:invalidNumber' });
    expect(readQuantity('دوازده')).toEqual({ ok: false, error: 'validation:invalidNumber' });
    expect(readQuantity('1,5')).toEqual({ ok: false, error: 'validation:invalidNumber' });
    expect(readQuantity('1234567890123')).toEqual({ ok: false, error: 'validation:invalidNumber' });
  });

  it('produces text the product schema accepts', () => {
    for (const typed of ['۱۲', '۲٫۵', '1,250.125', '0']) {
      const read = readQuantity(typed);
      expect(read.ok && validate(productInputSchema, productInput({ stockQuantity: read.value })).ok).toBe(true);
    }
  });
});
