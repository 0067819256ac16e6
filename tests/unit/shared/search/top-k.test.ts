import { describe, expect, it } from 'vitest';
import { TopK } from '../../../../shared/search/top-k';

describe('TopK', () => {
  it('keeps the best k, best first', () => {
    const top = new TopK<number>(3, (a, b) => b - a);
    for (const n of [5, 1, 9, 3, 7, 2]) top.offer(n);
    expect(top.toArray()).toEqual([9, 7, 5]);
    expect(top.full).toBe(true);
    expect(top.last).toBe(5);
  });

  it('keeps the order of offer() among ties, and drops later ties when full', () => {
    const top = new TopK<{ tier: number; name: string }>(2, (a, b) => b.tier - a.tier);
    top.offer({ tier: 1, name: 'a' });
    top.offer({ tier: 1, name: 'b' });
    top.offer({ tier: 1, name: 'c' });
    top.offer({ tier: 2, name: 'd' });
    expect(top.toArray().map((x) => x.name)).toEqual(['d', 'a']);
  });

  it('is not full until k items arrive; k = 0 keeps nothing', () => {
    const top = new TopK<number>(2, (a, b) => a - b);
    top.offer(1);
    expect(top.full).toBe(false);
    const none = new TopK<number>(0, (a, b) => a - b);
    none.offer(1);
    expect(none.toArray()).toEqual([]);
    expect(none.last).toBeUndefined();
  });
});
