import { describe, expect, it } from 'vitest';
import { parseDecimal, type CurrencyCode } from '../../../../shared/money';
import {
  computeQuoteTotals,
  QUOTE_ERROR_CODES,
  type Discount,
  type QuoteError,
  type QuoteTotalsInput,
  type QuoteTotalsLineInput,
  type QuoteTotals,
} from '../../../../shared/sales';

function totalsOf(input: QuoteTotalsInput): QuoteTotals {
  const result = computeQuoteTotals(input);
  if (!result.ok) throw new Error(`Expected totals, got ${JSON.stringify(result.errors)}`);
  return result.totals;
}

function errorsOf(input: QuoteTotalsInput): QuoteError[] {
  const result = computeQuoteTotals(input);
  if (result.ok) throw new Error(`Expected errors, got ${JSON.stringify(result.totals)}`);
  return result.errors;
}

/** Amounts only, to keep expectations readable (currency is checked separately). */
function amounts(totals: QuoteTotals) {
  const n = (m: { amountMinor: number }) => m.amountMinor;
  return {
    lines: totals.lines.map((line) => [n(line.gross), n(line.discount), n(line.net)]),
    subtotal: n(totals.subtotal),
    discount: n(totals.discount),
    taxable: n(totals.taxable),
    vat: n(totals.vat),
    total: n(totals.total),
  };
}

const line = (quantity: string, unitPriceMinor: number, discount?: Discount): QuoteTotalsLineInput =>
  discount ? { quantity, unitPriceMinor, discount } : { quantity, unitPriceMinor };
const percent = (value: string): Discount => ({ kind: 'percent', percent: value });
const amount = (amountMinor: number): Discount => ({ kind: 'amount', amountMinor });

describe('computeQuoteTotals', () => {
  it('computes a 3-line rial quote with line and overall discounts and 10 % VAT', () => {
    // By hand (IRR has no minor digits: 1 minor unit = 1 rial; round half up):
    //   line 1: 3 × 1,234,567          = 3,703,701
    //           12.5 % of 3,703,701    =   462,962.625 → 462,963
    //           net 3,703,701 − 462,963 = 3,240,738
    //   line 2: 2.5 × 845,001          = 2,112,502.5   → 2,112,503
    //           amount discount          =   112,503
    //           net                      = 2,000,000
    //   line 3: 0.75 × 4,000,000        = 3,000,000, no discount, net 3,000,000
    //   subtotal 3,240,738 + 2,000,000 + 3,000,000 = 8,240,738
    //   overall 5 % of 8,240,738        =   412,036.9   → 412,037
    //   taxable 8,240,738 − 412,037     = 7,828,701
    //   VAT 10 % of 7,828,701           =   782,870.1   → 782,870
    //   total 7,828,701 + 782,870       = 8,611,571
    const totals = totalsOf({
      currency: 'IRR',
      lines: [line('3', 1_234_567, percent('12.5')), line('2.5', 845_001, amount(112_503)), line('0.75', 4_000_000)],
      discount: percent('5'),
      vatPercent: '10',
    });
    expect(amounts(totals)).toEqual({
      lines: [
        [3_703_701, 462_963, 3_240_738],
        [2_112_503, 112_503, 2_000_000],
        [3_000_000, 0, 3_000_000],
      ],
      subtotal: 8_240_738,
      discount: 412_037,
      taxable: 7_828_701,
      vat: 782_870,
      total: 8_611_571,
    });
    const all = [totals.subtotal, totals.discount, totals.taxable, totals.vat, totals.total, ...totals.lines.flatMap((l) => [l.gross, l.discount, l.net])];
    expect(all.every((m) => m.currency === 'IRR')).toBe(true);
  });

  it('rounds half up where a USD quote lands on half a cent', () => {
    // 1.5 × $3.35 = $5.025 → 503¢ (truncating or half-even would give 502¢).
    // 0.125 × $19.99 = $2.49875 → 250¢, less 3¢ → 247¢.
    // Subtotal 750¢; 9 % VAT = 67.5¢ → 68¢; total 818¢.
    const totals = totalsOf({
      currency: 'USD',
      lines: [line('1.5', 335), line('0.125', 1_999, amount(3))],
      vatPercent: '9',
    });
    expect(amounts(totals)).toEqual({
      lines: [
        [503, 0, 503],
        [250, 3, 247],
      ],
      subtotal: 750,
      discount: 0,
      taxable: 750,
      vat: 68,
      total: 818,
    });
  });

  it('rounds the percent discount, so its half unit goes to the customer', () => {
    // 5¢ less 10 %: discount 0.5¢ → 1¢, net 4¢.
    expect(amounts(totalsOf({ currency: 'USD', lines: [line('1', 5, percent('10'))], vatPercent: '0' })).lines).toEqual([[5, 1, 4]]);
  });

  it('charges no VAT at 0 %', () => {
    const totals = totalsOf({ currency: 'IRR', lines: [line('2', 1_500_000)], discount: amount(500_000), vatPercent: '0' });
    expect(amounts(totals)).toMatchObject({ subtotal: 3_000_000, discount: 500_000, taxable: 2_500_000, vat: 0, total: 2_500_000 });
  });

  it('accepts Persian digits, trailing fraction zeros, full discounts and an empty quote', () => {
    const persian = totalsOf({ currency: 'IRR', lines: [line('۲٫۵۰۰۰', 1_000, percent('۱۰۰'))], vatPercent: '۹' });
    expect(amounts(persian)).toMatchObject({ lines: [[2_500, 2_500, 0]], total: 0 });
    const empty = totalsOf({ currency: 'USD', lines: [], discount: amount(0), vatPercent: '10' });
    expect(amounts(empty)).toEqual({ lines: [], subtotal: 0, discount: 0, taxable: 0, vat: 0, total: 0 });
    const fractionalPercent = totalsOf({ currency: 'IRR', lines: [line('1', 10_000)], discount: percent('33.33'), vatPercent: '9.5' });
    // 33.33 % of 10,000 = 3,333; taxable 6,667; 9.5 % = 633.365 → 633.
    expect(amounts(fractionalPercent)).toMatchObject({ discount: 3_333, taxable: 6_667, vat: 633, total: 7_300 });
  });

  it('reads a null discount (as stored quote documents have it) as none', () => {
    const totals = totalsOf({ currency: 'IRR', lines: [{ quantity: '1', unitPriceMinor: 100, discount: null }], discount: null, vatPercent: '10' });
    expect(amounts(totals)).toMatchObject({ lines: [[100, 0, 100]], discount: 0, total: 110 });
  });

  describe('errors', () => {
    const base: QuoteTotalsInput = { currency: 'IRR', lines: [line('1', 1_000)], vatPercent: '10' };

    const cases: { name: string; input: QuoteTotalsInput; errors: QuoteError[] }[] = [
      {
        name: 'unknown currency',
        input: { ...base, currency: 'XYZ' },
        errors: [{ path: 'currency', code: 'quotes:errors.unknownCurrency' }],
      },
      {
        name: 'unreadable numbers',
        input: { ...base, lines: [line('two', 1_000)], vatPercent: '' },
        errors: [
          { path: 'vatPercent', code: 'quotes:errors.invalidNumber' },
          { path: 'lines.0.quantity', code: 'quotes:errors.invalidNumber' },
        ],
      },
      {
        name: 'negative quantity, price and amount discount',
        input: { ...base, lines: [line('-1', 1_000), line('1', -5, amount(-1))] },
        errors: [
          { path: 'lines.0.quantity', code: 'quotes:errors.negative' },
          { path: 'lines.1.unitPriceMinor', code: 'quotes:errors.negative' },
          { path: 'lines.1.discount.amountMinor', code: 'quotes:errors.negative' },
        ],
      },
      {
        name: 'too many quantity decimals',
        input: { ...base, lines: [line('1.0005', 1_000)] },
        errors: [{ path: 'lines.0.quantity', code: 'quotes:errors.quantityTooManyDecimals' }],
      },
      {
        name: 'too many percent decimals',
        input: { ...base, lines: [line('1', 1_000, percent('12.345'))], vatPercent: '9.001' },
        errors: [
          { path: 'vatPercent', code: 'quotes:errors.percentTooManyDecimals' },
          { path: 'lines.0.discount.percent', code: 'quotes:errors.percentTooManyDecimals' },
        ],
      },
      {
        name: 'percent outside 0–100',
        input: { ...base, lines: [line('1', 1_000, percent('100.01'))], discount: percent('-1'), vatPercent: '101' },
        errors: [
          { path: 'vatPercent', code: 'quotes:errors.percentOutOfRange' },
          { path: 'discount.percent', code: 'quotes:errors.percentOutOfRange' },
          { path: 'lines.0.discount.percent', code: 'quotes:errors.percentOutOfRange' },
        ],
      },
      {
        name: 'amounts that are not integers',
        input: { ...base, lines: [line('1', 10.5), line('1', Number.NaN, amount(Infinity))] },
        errors: [
          { path: 'lines.0.unitPriceMinor', code: 'quotes:errors.invalidAmount' },
          { path: 'lines.1.unitPriceMinor', code: 'quotes:errors.invalidAmount' },
          { path: 'lines.1.discount.amountMinor', code: 'quotes:errors.invalidAmount' },
        ],
      },
      {
        name: 'unsafe integers given',
        input: { ...base, lines: [line('1', 2 ** 53)], discount: amount(2 ** 60) },
        errors: [
          { path: 'discount.amountMinor', code: 'quotes:errors.amountTooLarge' },
          { path: 'lines.0.unitPriceMinor', code: 'quotes:errors.amountTooLarge' },
        ],
      },
      {
        name: 'a line gross beyond the safe range',
        input: { ...base, lines: [line('1000', Number.MAX_SAFE_INTEGER)] },
        errors: [{ path: 'lines.0', code: 'quotes:errors.amountTooLarge' }],
      },
      {
        name: 'a subtotal beyond the safe range',
        input: { ...base, lines: [line('1', Number.MAX_SAFE_INTEGER), line('1', 1)] },
        errors: [{ path: 'lines', code: 'quotes:errors.amountTooLarge' }],
      },
      {
        name: 'a total with VAT beyond the safe range',
        input: { ...base, lines: [line('1', Number.MAX_SAFE_INTEGER)] },
        errors: [{ path: 'lines', code: 'quotes:errors.amountTooLarge' }],
      },
      {
        name: 'a line amount discount larger than the line gross',
        input: { ...base, lines: [line('0.5', 1_001, amount(502))] },
        errors: [{ path: 'lines.0.discount.amountMinor', code: 'quotes:errors.discountTooLarge' }],
      },
      {
        name: 'an overall amount discount larger than the subtotal',
        input: { ...base, lines: [line('2', 1_000, amount(500))], discount: amount(1_501) },
        errors: [{ path: 'discount.amountMinor', code: 'quotes:errors.discountTooLarge' }],
      },
    ];

    it.each(cases)('reports $name', ({ input, errors }) => {
      expect(errorsOf(input)).toEqual(errors);
    });

    it('has a case for every error code', () => {
      const covered = new Set(cases.flatMap((c) => c.errors.map((e) => e.code)));
      expect([...covered].sort()).toEqual([...QUOTE_ERROR_CODES].sort());
    });

    it('accepts discounts exactly equal to what they reduce', () => {
      // 0.5 × 1,001 = 500.5 → 501, so 501 is the largest line discount allowed.
      expect(computeQuoteTotals({ ...base, lines: [line('0.5', 1_001, amount(501))] }).ok).toBe(true);
      expect(computeQuoteTotals({ ...base, lines: [line('2', 1_000, amount(500))], discount: amount(1_500) }).ok).toBe(true);
    });
  });

  it('keeps every total consistent over 1,000 random quotes', () => {
    // Deterministic generator so a failure can be reproduced.
    let state = 1_403;
    const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
    const int = (max: number) => Math.floor(next() * (max + 1));
    const decimalText = (maxInt: number, maxDecimals: number) => {
      const decimals = int(maxDecimals);
      const fraction = decimals === 0 ? '' : `.${String(int(10 ** decimals - 1)).padStart(decimals, '0')}`;
      return `${int(maxInt)}${fraction}`;
    };
    const percentText = () => (next() < 0.1 ? '100' : decimalText(99, 2));
    const currencies: CurrencyCode[] = ['IRR', 'USD', 'KWD'];

    for (let run = 0; run < 1_000; run += 1) {
      const currency = currencies[int(2)] as CurrencyCode;
      const lines = Array.from({ length: int(6) }, (): QuoteTotalsLineInput => {
        const quantity = decimalText(next() < 0.5 ? 5 : 10_000, 3);
        const unitPriceMinor = int(next() < 0.5 ? 1_000 : 5_000_000_000);
        const roll = next();
        // floor(quantity) × price never exceeds the rounded gross, so this discount is valid.
        const maxAmount = Math.floor(Number(quantity)) * unitPriceMinor;
        const discount = roll < 0.3 ? percent(percentText()) : roll < 0.6 ? amount(int(maxAmount)) : undefined;
        return line(quantity, unitPriceMinor, discount);
      });
      const vatPercent = next() < 0.3 ? '0' : percentText();
      const plain = totalsOf({ currency, lines, vatPercent });
      const roll = next();
      const discount = roll < 0.3 ? percent(percentText()) : roll < 0.6 ? amount(int(plain.subtotal.amountMinor)) : undefined;
      const totals = totalsOf(discount ? { currency, lines, discount, vatPercent } : { currency, lines, vatPercent });

      const all = [totals.subtotal, totals.discount, totals.taxable, totals.vat, totals.total, ...totals.lines.flatMap((l) => [l.gross, l.discount, l.net])];
      for (const m of all) {
        expect(Number.isSafeInteger(m.amountMinor)).toBe(true);
        expect(m.amountMinor).toBeGreaterThanOrEqual(0);
        expect(m.currency).toBe(currency);
      }
      const net = totals.lines.reduce((acc, l) => acc + l.net.amountMinor, 0);
      expect(totals.subtotal.amountMinor).toBe(net);
      expect(totals.taxable.amountMinor).toBe(totals.subtotal.amountMinor - totals.discount.amountMinor);
      expect(totals.total.amountMinor).toBe(totals.taxable.amountMinor + totals.vat.amountMinor);
      totals.lines.forEach((l, i) => {
        expect(l.net.amountMinor).toBe(l.gross.amountMinor - l.discount.amountMinor);
        // |gross − quantity × price| ≤ ½ minor unit, checked exactly: 2·|gross·10^s − q·p| ≤ 10^s.
        const input = lines[i] as QuoteTotalsLineInput;
        const parsed = parseDecimal(input.quantity);
        if (!parsed.ok) throw new Error('generator wrote a bad quantity');
        const unit = 10n ** BigInt(parsed.value.scale);
        const error = BigInt(l.gross.amountMinor) * unit - parsed.value.int * BigInt(input.unitPriceMinor);
        expect(2n * (error < 0n ? -error : error) <= unit).toBe(true);
      });
    }
  });
});
