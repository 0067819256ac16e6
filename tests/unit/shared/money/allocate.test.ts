import { describe, expect, it } from 'vitest';
import { allocate, money, MoneyError, sum } from '../../../../shared/money';

const amounts = (list: { amountMinor: number }[]) => list.map((m) => m.amountMinor);

describe('allocate', () => {
  it('never loses or invents a minor unit', () => {
    expect(amounts(allocate(money(100, 'USD'), [1, 1, 1]))).toEqual([34, 33, 33]);
    expect(amounts(allocate(money(5, 'USD'), [1, 1, 1, 1, 1, 1, 1]))).toEqual([1, 1, 1, 1, 1, 0, 0]);
    for (let total = -50; total <= 500; total += 7) {
      for (const ratios of [[1, 2, 3], [0.1, 0.2, 0.7], [70, 30], [1, 0, 1], [3]]) {
        const parts = allocate(money(total, 'IRR'), ratios);
        expect(sum(parts, 'IRR').amountMinor).toBe(total);
        expect(parts).toHaveLength(ratios.length);
      }
    }
  });

  it('gives leftovers to the largest remainders, earlier parts on ties', () => {
    // 10 × 0.15/0.85: exact shares 1.5 and 8.5 → tie → first part gets the unit.
    expect(amounts(allocate(money(10, 'USD'), [15, 85]))).toEqual([2, 8]);
    // 100 × (1/6, 2/6, 3/6) = 16.67, 33.33, 50 → the 0.67 remainder wins.
    expect(amounts(allocate(money(100, 'USD'), [1, 2, 3]))).toEqual([17, 33, 50]);
  });

  it('reads decimal ratios as written (0.1 : 0.2 is exactly 1 : 2)', () => {
    expect(amounts(allocate(money(300, 'USD'), [0.1, 0.2]))).toEqual([100, 200]);
    expect(amounts(allocate(money(100, 'USD'), [0.7, 0.3]))).toEqual([70, 30]);
    expect(amounts(allocate(money(3, 'USD'), [1e-7, 2e-7]))).toEqual([1, 2]);
  });

  it('splits negative amounts symmetrically and gives zero-ratio parts nothing', () => {
    expect(amounts(allocate(money(-100, 'USD'), [1, 1, 1]))).toEqual([-34, -33, -33]);
    expect(amounts(allocate(money(7, 'USD'), [0, 1, 0]))).toEqual([0, 7, 0]);
    expect(allocate(money(7, 'USD'), [1, 1]).every((m) => m.currency === 'USD')).toBe(true);
  });

  it('handles the largest safe amounts', () => {
    const parts = allocate(money(Number.MAX_SAFE_INTEGER, 'IRR'), [1, 1, 1]);
    expect(sum(parts, 'IRR').amountMinor).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([[[]], [[0, 0]], [[-1, 2]], [[NaN]], [[Infinity, 1]]])('refuses ratios %j', (ratios) => {
    expect(() => allocate(money(100, 'USD'), ratios)).toThrow(MoneyError);
  });
});
