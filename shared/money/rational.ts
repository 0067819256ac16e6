import { type Decimal } from './decimal';
import { divideRounded, type RoundingMode } from './rounding';

/**
 * An exact fraction num/den with den > 0, kept in lowest terms. Exchange rates are
 * rationals rather than decimals because an inverse or cross rate (1 / 1,050,000) has
 * no finite decimal form.
 */
export interface Rational {
  num: bigint;
  den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError('Rational with a zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den) || 1n;
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

export function rationalFromDecimal(value: Decimal): Rational {
  return rational(value.int, 10n ** BigInt(value.scale));
}

export function multiplyRationals(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

export function invertRational(value: Rational): Rational {
  return rational(value.den, value.num);
}

/** The rational rounded to `scale` fraction digits, e.g. for showing a cross rate. */
export function roundRational(value: Rational, scale: number, mode: RoundingMode = 'halfUp'): Decimal {
  return { int: divideRounded(value.num * 10n ** BigInt(scale), value.den, mode), scale };
}
