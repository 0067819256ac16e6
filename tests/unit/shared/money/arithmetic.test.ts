import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  isNegative,
  isZero,
  minorUnits,
  money,
  MoneyError,
  moneyFromMinorUnits,
  multiplyByDecimal,
  negate,
  percentOf,
  subtract,
  sum,
  zero,
  type Money,
} from '../../../../shared/money';

const MAX = Number.MAX_SAFE_INTEGER;
const usd = (cents: number) => money(cents, 'USD');
const irr = (rials: number) => money(rials, 'IRR');

function errorCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof MoneyError) return error.code;
    throw error;
  }
  return undefined;
}

describe('money()', () => {
  it('builds a Money and normalises -0', () => {
    expect(money(1250, 'USD')).toEqual({ amountMinor: 1250, currency: 'USD' });
    expect(Object.is(money(-0, 'USD').amountMinor, 0)).toBe(true);
    expect(zero('IRR')).toEqual({ amountMinor: 0, currency: 'IRR' });
  });

  it('refuses floats, unsafe integers and unknown currencies', () => {
    expect(errorCode(() => money(0.1, 'USD'))).toBe('notInteger');
    expect(errorCode(() => money(NaN, 'USD'))).toBe('notInteger');
    expect(errorCode(() => money(Infinity, 'USD'))).toBe('notInteger');
    expect(errorCode(() => money(2 ** 53, 'IRR'))).toBe('overflow');
    expect(errorCode(() => money(1, 'TOMAN'))).toBe('unknownCurrency');
    expect(errorCode(() => zero('XXX'))).toBe('unknownCurrency');
  });

  it('minorUnits / moneyFromMinorUnits guard the safe range', () => {
    expect(minorUnits(usd(-5))).toBe(-5n);
    expect(errorCode(() => minorUnits({ amountMinor: 1.5, currency: 'USD' }))).toBe('notInteger');
    expect(errorCode(() => minorUnits({ amountMinor: '5' as unknown as number, currency: 'USD' }))).toBe('notInteger');
    expect(moneyFromMinorUnits(BigInt(MAX), 'IRR').amountMinor).toBe(MAX);
    expect(errorCode(() => moneyFromMinorUnits(BigInt(MAX) + 1n, 'IRR'))).toBe('overflow');
    expect(errorCode(() => moneyFromMinorUnits(-BigInt(MAX) - 1n, 'IRR'))).toBe('overflow');
  });
});

describe('add / subtract / negate', () => {
  it('is exact in minor units (the 0.1 + 0.2 case)', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(add(usd(10), usd(20))).toEqual(usd(30));
    expect(subtract(usd(30), usd(10))).toEqual(usd(20));
    let total = zero('USD');
    for (let i = 0; i < 1000; i += 1) total = add(total, usd(1));
    expect(total).toEqual(usd(1000));
  });

  it('handles negatives', () => {
    expect(add(usd(-150), usd(50))).toEqual(usd(-100));
    expect(subtract(usd(50), usd(150))).toEqual(usd(-100));
    expect(negate(usd(150))).toEqual(usd(-150));
    expect(Object.is(negate(usd(0)).amountMinor, 0)).toBe(true);
  });

  it('refuses to mix currencies', () => {
    expect(errorCode(() => add(usd(1), irr(1)))).toBe('currencyMismatch');
    expect(errorCode(() => subtract(usd(1), irr(1)))).toBe('currencyMismatch');
  });

  it('throws overflow instead of losing precision past 2^53', () => {
    expect(add(irr(MAX - 1), irr(1))).toEqual(irr(MAX));
    expect(errorCode(() => add(irr(MAX), irr(1)))).toBe('overflow');
    expect(errorCode(() => subtract(irr(-MAX), irr(1)))).toBe('overflow');
  });
});

describe('sum', () => {
  it('totals a list, zero when empty', () => {
    expect(sum([usd(10), usd(20), usd(-5)], 'USD')).toEqual(usd(25));
    expect(sum([], 'IRR')).toEqual(irr(0));
  });

  it('only needs the final total to fit', () => {
    expect(sum([irr(MAX), irr(MAX), irr(-MAX)], 'IRR')).toEqual(irr(MAX));
    expect(errorCode(() => sum([irr(MAX), irr(1)], 'IRR'))).toBe('overflow');
  });

  it('refuses items in another currency and unknown currencies', () => {
    expect(errorCode(() => sum([usd(1), irr(1)], 'USD'))).toBe('currencyMismatch');
    expect(errorCode(() => sum([], 'ABC'))).toBe('unknownCurrency');
  });
});

describe('compare / isZero / isNegative', () => {
  it('orders amounts of one currency', () => {
    expect(compare(usd(1), usd(2))).toBe(-1);
    expect(compare(usd(2), usd(2))).toBe(0);
    expect(compare(usd(3), usd(-2))).toBe(1);
    const sorted = [usd(5), usd(-1), usd(3)].sort(compare).map((m: Money) => m.amountMinor);
    expect(sorted).toEqual([-1, 3, 5]);
    expect(errorCode(() => compare(usd(1), irr(1)))).toBe('currencyMismatch');
  });

  it('tells zero and negative amounts', () => {
    expect(isZero(usd(0))).toBe(true);
    expect(isZero(usd(1))).toBe(false);
    expect(isNegative(usd(-1))).toBe(true);
    expect(isNegative(usd(0))).toBe(false);
  });
});

describe('multiplyByDecimal', () => {
  it('multiplies by quantities and factors exactly', () => {
    expect(multiplyByDecimal(usd(1999), '3')).toEqual(usd(5997));
    expect(multiplyByDecimal(usd(1000), '1.5')).toEqual(usd(1500));
    expect(multiplyByDecimal(irr(12_500_000), '0.9')).toEqual(irr(11_250_000));
    expect(multiplyByDecimal(usd(10), '0.1')).toEqual(usd(1));
    expect(multiplyByDecimal(usd(10), '۲٫۵')).toEqual(usd(25));
    expect(multiplyByDecimal(usd(10), { int: 25n, scale: 1 })).toEqual(usd(25));
  });

  it('rounds half up away from zero by default, half even on request', () => {
    expect(multiplyByDecimal(usd(5), '0.5')).toEqual(usd(3));
    expect(multiplyByDecimal(usd(-5), '0.5')).toEqual(usd(-3));
    expect(multiplyByDecimal(usd(5), '0.5', 'halfEven')).toEqual(usd(2));
    expect(multiplyByDecimal(usd(7), '0.5', 'halfEven')).toEqual(usd(4));
    expect(multiplyByDecimal(usd(101), '0.333')).toEqual(usd(34));
  });

  it('computes with products beyond 2^53 and rejects results beyond it', () => {
    expect(multiplyByDecimal(irr(MAX), '0.000000001')).toEqual(irr(9_007_199));
    expect(errorCode(() => multiplyByDecimal(irr(MAX), '1.0000001'))).toBe('overflow');
  });

  it('refuses a factor that is not a decimal', () => {
    expect(errorCode(() => multiplyByDecimal(usd(1), '1/2'))).toBe('invalidNumber');
    expect(errorCode(() => multiplyByDecimal(usd(1), 'abc'))).toBe('invalidNumber');
  });
});

describe('percentOf', () => {
  it('computes VAT and discounts', () => {
    expect(percentOf(irr(12_500_000), '10')).toEqual(irr(1_250_000));
    expect(percentOf(irr(12_345_679), '9')).toEqual(irr(1_111_111));
    expect(percentOf(usd(1999), '12.5')).toEqual(usd(250));
    expect(percentOf(usd(1000), '۹')).toEqual(usd(90));
    expect(percentOf(usd(5), '10', 'halfEven')).toEqual(usd(0));
    expect(percentOf(usd(15), '10', 'halfEven')).toEqual(usd(2));
    expect(percentOf(usd(-15), '10')).toEqual(usd(-2));
  });

  it('refuses a bad percent', () => {
    expect(errorCode(() => percentOf(usd(1), '9%'))).toBe('invalidNumber');
  });
});
