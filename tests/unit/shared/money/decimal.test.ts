import { describe, expect, it } from 'vitest';
import {
  decimalFromNumber,
  decimalToString,
  divideRounded,
  invertRational,
  multiplyRationals,
  parseDecimal,
  rational,
  rationalFromDecimal,
  rescaleDecimal,
  roundRational,
} from '../../../../shared/money';

const value = (text: string) => {
  const parsed = parseDecimal(text);
  if (!parsed.ok) throw new Error(`did not parse: ${text}`);
  return parsed.value;
};

describe('parseDecimal', () => {
  it.each([
    ['1050000', 1050000n, 0],
    ['1050000.5', 10500005n, 1],
    ['1.50', 150n, 2],
    ['0.09', 9n, 2],
    ['-0.09', -9n, 2],
    ['\u22122.5', -25n, 1],
    ['+3', 3n, 0],
    ['.5', 5n, 1],
    ['7.', 7n, 0],
    ['۱٬۰۵۰٬۰۰۰٫۵', 10500005n, 1],
    ['١٬٠٥٠٬٠٠٠٫٥', 10500005n, 1],
    ['1,050,000.25', 105000025n, 2],
    ['  12 500 000 ', 12500000n, 0],
    ['\u200E\u2212۱۲٬۵۰۰', -12500n, 0],
    ['123456789012345678901234567890', 123456789012345678901234567890n, 0],
  ])('%s', (text, int, scale) => {
    expect(parseDecimal(text)).toEqual({ ok: true, value: { int, scale } });
  });

  it.each(['', '   ', 'abc', '1.2.3', '1/3', '1e5', '1,5', '1,50', '12,3456', '1.2,3', '.', '-', '1-2', '--1', 'NaN', 'Infinity'])(
    'rejects %j',
    (text) => {
      expect(parseDecimal(text)).toEqual({ ok: false });
    },
  );
});

describe('decimalToString', () => {
  it.each([
    ['1050000.5', '1050000.5'],
    ['-0.09', '-0.09'],
    ['1.50', '1.50'],
    ['۱۲٬۵۰۰', '12500'],
    ['.5', '0.5'],
  ])('%s → %s and reads back', (text, expected) => {
    expect(decimalToString(value(text))).toBe(expected);
    expect(value(decimalToString(value(text)))).toEqual(value(text));
  });
});

describe('decimalFromNumber', () => {
  it('reads the shortest decimal spelling, not the binary float', () => {
    expect(decimalFromNumber(0.1)).toEqual({ int: 1n, scale: 1 });
    expect(decimalFromNumber(0.30000000000000004)).toEqual({ int: 30000000000000004n, scale: 17 });
    expect(decimalFromNumber(-2.5)).toEqual({ int: -25n, scale: 1 });
    expect(decimalFromNumber(1e-7)).toEqual({ int: 1n, scale: 7 });
    expect(decimalFromNumber(1.5e21)).toEqual({ int: 1500000000000000000000n, scale: 0 });
    expect(decimalFromNumber(42)).toEqual({ int: 42n, scale: 0 });
  });

  it('refuses non-finite numbers', () => {
    expect(() => decimalFromNumber(NaN)).toThrow(RangeError);
    expect(() => decimalFromNumber(Infinity)).toThrow(RangeError);
  });
});

describe('rescaleDecimal', () => {
  it('adds zeros but never drops digits', () => {
    expect(rescaleDecimal({ int: 15n, scale: 1 }, 3)).toBe(1500n);
    expect(() => rescaleDecimal({ int: 15n, scale: 2 }, 1)).toThrow(RangeError);
  });
});

describe('divideRounded', () => {
  it.each([
    [25n, 10n, 'halfUp', 3n],
    [-25n, 10n, 'halfUp', -3n],
    [25n, -10n, 'halfUp', -3n],
    [24n, 10n, 'halfUp', 2n],
    [26n, 10n, 'halfUp', 3n],
    [25n, 10n, 'halfEven', 2n],
    [35n, 10n, 'halfEven', 4n],
    [-25n, 10n, 'halfEven', -2n],
    [-35n, 10n, 'halfEven', -4n],
    [251n, 100n, 'halfEven', 3n],
    [0n, 7n, 'halfUp', 0n],
    [10n, 3n, 'halfUp', 3n],
  ] as const)('%s / %s %s = %s', (n, d, mode, expected) => {
    expect(divideRounded(n, d, mode)).toBe(expected);
  });

  it('defaults to half up and refuses zero', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(() => divideRounded(1n, 0n)).toThrow(RangeError);
  });
});

describe('rationals', () => {
  it('stay in lowest terms with a positive denominator', () => {
    expect(rational(10n, -4n)).toEqual({ num: -5n, den: 2n });
    expect(rational(0n, 5n)).toEqual({ num: 0n, den: 1n });
    expect(rationalFromDecimal(value('1050000.5'))).toEqual({ num: 2100001n, den: 2n });
    expect(() => rational(1n, 0n)).toThrow(RangeError);
  });

  it('multiply and invert exactly', () => {
    const perUsd = rational(1050000n);
    const perEur = rational(1150000n);
    expect(multiplyRationals(perEur, invertRational(perUsd))).toEqual({ num: 23n, den: 21n });
    expect(invertRational(rational(-2n, 3n))).toEqual({ num: -3n, den: 2n });
  });

  it('round to a number of decimals for display', () => {
    expect(roundRational(rational(23n, 21n), 6)).toEqual({ int: 1095238n, scale: 6 });
    expect(roundRational(rational(5n, 2n), 0, 'halfEven')).toEqual({ int: 2n, scale: 0 });
  });
});
