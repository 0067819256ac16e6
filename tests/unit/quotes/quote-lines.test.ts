import { describe, expect, it } from 'vitest';
import { QUOTE_LINES_MAX, type ProductDoc, type QuoteLine } from '../../../shared/entities';
import {
  addLine, blankLine, canAddLine, changeCurrency, currencyChangeLosesAmounts, decimalText, exceedsStock, focusAfterRemoval,
  insertLine, isBlankLine, lineErrors, lineFromProduct, moveLine, normalizeDecimalText, removeLine, updateLine, withDiscountKind,
} from '../../../renderer/src/features/quotes/quote-lines';

const line = (id: string, patch: Partial<QuoteLine> = {}): QuoteLine => ({ ...blankLine(id), description: `line ${id}`, ...patch });
const ids = (lines: QuoteLine[]) => lines.map((l) => l.id);

const switchProduct = {
  id: 'p-sw', name: 'سوئیچ شبکه ۲۴ پورت', sku: 'SW-24', unit: 'دستگاه',
  prices: [{ amountMinor: 185_000_000, currency: 'IRR' }, { amountMinor: 42_000, currency: 'USD' }],
};

describe('quote editor: lines', () => {
  it('a catalog product becomes a line with its name, SKU, unit and its price in the quote currency', () => {
    expect(lineFromProduct(switchProduct, 'USD', 'l1')).toEqual({
      line: { id: 'l1', productId: 'p-sw', description: 'سوئیچ شبکه ۲۴ پورت', sku: 'SW-24', unit: 'دستگاه', quantity: '1', unitPriceMinor: 42_000, discount: null },
      priced: true,
    });
    const unpriced = lineFromProduct(switchProduct, 'EUR', 'l2');
    expect(unpriced.priced).toBe(false);
    expect(unpriced.line.unitPriceMinor).toBe(0);
  });

  it('adding the first line replaces the untouched starting line, later ones append', () => {
    const start = [blankLine('blank')];
    expect(isBlankLine(start[0]!)).toBe(true);
    const one = addLine(start, line('a'));
    expect(ids(one)).toEqual(['a']);
    expect(ids(addLine(one, line('b')))).toEqual(['a', 'b']);
    // A starting line the user typed into is kept.
    const typed = [{ ...blankLine('x'), description: 'نصب' }];
    expect(ids(addLine(typed, line('a')))).toEqual(['x', 'a']);
  });

  it('stops at the maximum number of lines', () => {
    const full = Array.from({ length: QUOTE_LINES_MAX }, (_, i) => line(`l${i}`));
    expect(canAddLine(full)).toBe(false);
    expect(addLine(full, line('extra'))).toHaveLength(QUOTE_LINES_MAX);
    expect(insertLine(full, 0, line('extra'))).toHaveLength(QUOTE_LINES_MAX);
  });

  it('moves a line up or down, and not past either end', () => {
    const lines = [line('a'), line('b'), line('c')];
    expect(ids(moveLine(lines, 0, 1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveLine(lines, 2, -1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveLine(lines, 0, -1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveLine(lines, 2, 1))).toEqual(['a', 'b', 'c']);
    expect(ids(lines)).toEqual(['a', 'b', 'c']); // never mutates
  });

  it('removes a line, puts it back where it was (undo), and says where the focus goes', () => {
    const lines = [line('a'), line('b'), line('c')];
    const without = removeLine(lines, 1);
    expect(ids(without)).toEqual(['a', 'c']);
    expect(ids(insertLine(without, 1, lines[1]!))).toEqual(['a', 'b', 'c']);
    expect(ids(insertLine(lines, 1, lines[1]!))).toEqual(['a', 'b', 'c']); // twice is once
    expect(focusAfterRemoval(1, 2)).toBe(1); // the line that took its place
    expect(focusAfterRemoval(2, 2)).toBe(1); // the last one was removed: the new last
    expect(focusAfterRemoval(0, 0)).toBe(-1); // none left: the "add line" button
  });

  it('updates one line by index', () => {
    const lines = [line('a'), line('b')];
    expect(updateLine(lines, 1, { quantity: '2.5' }).map((l) => l.quantity)).toEqual(['1', '2.5']);
  });

  it('switching the discount kind starts the new kind empty', () => {
    expect(withDiscountKind(null, 'percent')).toEqual({ kind: 'percent', percent: '' });
    expect(withDiscountKind({ kind: 'percent', percent: '10' }, 'amount')).toEqual({ kind: 'amount', amountMinor: 0 });
    expect(withDiscountKind({ kind: 'percent', percent: '10' }, 'percent')).toEqual({ kind: 'percent', percent: '10' });
    expect(withDiscountKind({ kind: 'amount', amountMinor: 5 }, 'none')).toBeNull();
  });

  it('reads quantities and percents typed in Persian, Arabic or Latin digits', () => {
    expect(normalizeDecimalText('۲٫۵')).toBe('2.5');
    expect(normalizeDecimalText('٢٫٥')).toBe('2.5');
    expect(normalizeDecimalText('۲/۵')).toBe('2.5');
    expect(normalizeDecimalText(' 12 ')).toBe('12');
    expect(normalizeDecimalText('۱٬۵۰۰')).toBe('1500');
    expect(normalizeDecimalText('1,500.25')).toBe('1500.25');
    expect(normalizeDecimalText('1,5')).toBe('1,5'); // ambiguous: left for validation to point at
    expect(normalizeDecimalText('abc')).toBe('abc');
    expect(normalizeDecimalText('')).toBe('');
  });

  it('writes stored quantities in the reader\'s digits', () => {
    expect(decimalText('25.5', 'persian')).toBe('۲۵٫۵');
    expect(decimalText('25.5', 'latin')).toBe('25.5');
    expect(decimalText('1500', 'persian')).toBe('۱۵۰۰');
    expect(decimalText('2,5x', 'persian')).toBe('۲,۵x');
  });

  it('warns when a line asks for more than the stock on hand', () => {
    expect(exceedsStock('4', '3')).toBe(true);
    expect(exceedsStock('3', '3')).toBe(false);
    expect(exceedsStock('2.5', '2.25')).toBe(true);
    expect(exceedsStock('100', '')).toBe(false); // not tracked
    expect(exceedsStock('', '3')).toBe(false);
  });

  it('a currency change re-reads catalog prices and clears amounts that meant the old currency', () => {
    const lines = [
      { ...lineFromProduct(switchProduct, 'IRR', 'p').line, discount: { kind: 'percent' as const, percent: '10' } },
      line('free', { unitPriceMinor: 120_000_000, discount: { kind: 'amount', amountMinor: 5_000_000 } }),
      { ...lineFromProduct({ ...switchProduct, id: 'p-irr-only', prices: [{ amountMinor: 9, currency: 'IRR' }] }, 'IRR', 'q').line },
    ];
    const products = new Map<string, Pick<ProductDoc, 'prices'>>([['p-sw', switchProduct], ['p-irr-only', { prices: [{ amountMinor: 9, currency: 'IRR' }] }]]);
    expect(currencyChangeLosesAmounts(lines, null)).toBe(true);
    const change = changeCurrency(lines, { kind: 'amount', amountMinor: 1_000 }, 'USD', products);
    expect(change.lines.map((l) => [l.unitPriceMinor, l.discount])).toEqual([
      [42_000, { kind: 'percent', percent: '10' }],
      [0, null],
      [0, null],
    ]);
    expect(change.discount).toBeNull();
    expect(change.unpriced).toEqual(['q']);
    expect(changeCurrency(lines, { kind: 'percent', percent: '5' }, 'USD', products).discount).toEqual({ kind: 'percent', percent: '5' });
    expect(currencyChangeLosesAmounts([blankLine('b')], { kind: 'percent', percent: '5' })).toBe(false);
  });

  it('hands each line its own errors, by field', () => {
    const errors = {
      'lines.1.discount.amountMinor': 'quotes:errors.discountTooLarge',
      'lines.1.quantity': 'quotes:errors.invalidNumber',
      'lines.10.quantity': 'quotes:errors.negative',
      'lines.1': 'quotes:errors.amountTooLarge',
      vatPercent: 'quotes:errors.percentOutOfRange',
    };
    expect(lineErrors(errors, 1)).toEqual({
      'discount.amountMinor': 'quotes:errors.discountTooLarge',
      quantity: 'quotes:errors.invalidNumber',
      _: 'quotes:errors.amountTooLarge',
    });
    expect(lineErrors(errors, 10)).toEqual({ quantity: 'quotes:errors.negative' });
    expect(lineErrors(errors, 0)).toEqual({});
  });
});
