/**
 * 'halfUp': ties go away from zero (2.5 → 3, -2.5 → -3), the everyday and invoice rule.
 * 'halfEven': ties go to the even neighbour (2.5 → 2, 3.5 → 4), banker's rounding, which
 * does not drift upward when many rounded values are summed.
 */
export type RoundingMode = 'halfUp' | 'halfEven';

/** numerator / denominator rounded to an integer, exactly (no floating point anywhere). */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode = 'halfUp'): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let quotient = n / d;
  const twiceRemainder = (n % d) * 2n;
  if (twiceRemainder > d || (twiceRemainder === d && (mode === 'halfUp' || quotient % 2n === 1n))) {
    quotient += 1n;
  }
  return negative ? -quotient : quotient;
}
