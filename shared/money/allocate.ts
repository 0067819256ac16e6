import { decimalFromNumber, rescaleDecimal } from './decimal';
import { MoneyError } from './errors';
import { minorUnits, moneyFromMinorUnits, type Money } from './money';

/**
 * Splits money in proportion to `ratios` (non-negative numbers, not all zero) so that
 * the parts add up to the whole exactly. Each part gets its rounded-down share; the
 * leftover minor units go one each to the parts with the largest remainders (earlier
 * parts win ties). A negative amount is split as its magnitude, then negated.
 * Ratios are read as the decimals they are written as, so 0.1 : 0.2 is exactly 1 : 2.
 */
export function allocate(value: Money, ratios: readonly number[]): Money[] {
  if (ratios.length === 0) throw new MoneyError('invalidArgument', 'allocate needs at least one ratio');
  for (const ratio of ratios) {
    if (!Number.isFinite(ratio) || ratio < 0) {
      throw new MoneyError('invalidArgument', `Ratios must be finite and non-negative, got ${ratio}`);
    }
  }
  const decimals = ratios.map(decimalFromNumber);
  const scale = Math.max(...decimals.map((d) => d.scale));
  const weights = decimals.map((d) => rescaleDecimal(d, scale));
  const totalWeight = weights.reduce((a, b) => a + b, 0n);
  if (totalWeight === 0n) throw new MoneyError('invalidArgument', 'At least one ratio must be positive');

  const amount = minorUnits(value);
  const magnitude = amount < 0n ? -amount : amount;
  const shares = weights.map((weight) => (magnitude * weight) / totalWeight);
  let leftover = magnitude - shares.reduce((a, b) => a + b, 0n);
  const byRemainder = weights
    .map((weight, index) => ({ index, remainder: (magnitude * weight) % totalWeight }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (leftover === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return shares.map((share) => moneyFromMinorUnits(amount < 0n ? -share : share, value.currency));
}
