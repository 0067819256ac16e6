import { describe, expect, it } from 'vitest';
import { SortedKeyIndex } from '../../../../shared/search/sorted-keys';

function scan(index: SortedKeyIndex, prefix: string): Array<[number, boolean]> {
  const out: Array<[number, boolean]> = [];
  index.scanPrefix(prefix, (handle, exact) => {
    out.push([handle, exact]);
  });
  return out;
}

function handles(index: SortedKeyIndex, prefix: string): number[] {
  return scan(index, prefix).map(([h]) => h);
}

describe('SortedKeyIndex', () => {
  it('visits keys with a prefix in key order, the exact key first', () => {
    const index = new SortedKeyIndex();
    index.add('9123', 3);
    index.add('912', 1);
    index.add('913', 9);
    index.add('9120', 2);
    index.add('91', 0);
    expect(scan(index, '912')).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
  });

  it('keeps several handles under one key, in insertion order', () => {
    const index = new SortedKeyIndex();
    index.add('علی', 5);
    index.add('علی', 2);
    index.add('علی', 7);
    expect(index.exact('علی')).toEqual([5, 2, 7]);
    expect(index.countExact('علی')).toBe(3);
    expect(index.keyCount).toBe(1);
  });

  it('stops when the visitor returns false', () => {
    const index = new SortedKeyIndex();
    for (let i = 0; i < 10; i++) index.add(`a${i}`, i);
    const seen: number[] = [];
    index.scanPrefix('a', (handle) => {
      seen.push(handle);
      return seen.length < 3;
    });
    expect(seen).toEqual([0, 1, 2]);
  });

  it('counts pairs under a prefix, up to a cap', () => {
    const index = new SortedKeyIndex();
    index.add('ab', 1);
    index.add('ab', 2);
    index.add('abc', 3);
    index.add('b', 4);
    expect(index.countPrefix('ab')).toBe(3);
    expect(index.countPrefix('a', 2)).toBe(2);
    expect(index.countPrefix('c')).toBe(0);
    expect(index.countExact('abc')).toBe(1);
    expect(index.countExact('a')).toBe(0);
    expect(index.exact('a')).toEqual([]);
  });

  it('removes one pair, and the key with its last handle', () => {
    const index = new SortedKeyIndex();
    index.add('k', 1);
    index.add('k', 2);
    index.add('m', 3);
    index.delete('k', 1);
    expect(index.exact('k')).toEqual([2]);
    index.delete('k', 2);
    expect(index.exact('k')).toEqual([]);
    expect(index.keyCount).toBe(1);
  });

  it('cancels an add and a delete of the same pair between reads', () => {
    const index = new SortedKeyIndex();
    index.add('k', 1);
    index.delete('k', 1);
    expect(index.keyCount).toBe(0);
    index.add('k', 1);
    expect(index.exact('k')).toEqual([1]);
    index.delete('k', 1);
    index.add('k', 1);
    expect(index.exact('k')).toEqual([1]);
  });

  it('ignores the removal of a pair that is not there', () => {
    const index = new SortedKeyIndex();
    index.add('k', 1);
    index.delete('k', 2);
    index.delete('x', 1);
    expect(index.exact('k')).toEqual([1]);
  });

  it('applies buffered changes on flush() as a read would', () => {
    const index = new SortedKeyIndex();
    for (let i = 0; i < 100; i++) index.add(`k${i % 7}`, i);
    index.flush();
    expect(index.countPrefix('k')).toBe(100);
    expect(index.exact('k3')).toEqual([3, 10, 17, 24, 31, 38, 45, 52, 59, 66, 73, 80, 87, 94]);
  });

  it('clears', () => {
    const index = new SortedKeyIndex();
    index.add('k', 1);
    index.clear();
    expect(index.keyCount).toBe(0);
  });

  // Small batches are spliced in, large ones merged: both must agree with a plain model.
  it.each([5, 500])('matches a naive model under random batches of %i changes', (batch) => {
    let seed = batch;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return Math.floor((seed / 0x80000000) * n); // high bits: the low ones cycle fast
    };
    const index = new SortedKeyIndex();
    const model: Array<[string, number]> = [];
    for (let round = 0; round < 20; round++) {
      for (let op = 0; op < batch; op++) {
        if (model.length > 0 && next(3) === 0) {
          const [key, handle] = model.splice(next(model.length), 1)[0] as [string, number];
          index.delete(key, handle);
        } else {
          const key = `${next(40)}`;
          let handle = next(1000);
          while (model.some(([k, h]) => k === key && h === handle)) handle = (handle + 1) % 1000;
          model.push([key, handle]);
          index.add(key, handle);
        }
      }
      const keys = [...new Set(model.map(([k]) => k))].sort();
      for (const key of keys) {
        const expected = model.filter(([k]) => k === key).map(([, h]) => h);
        expect([...index.exact(key)].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
      }
      // A full scan walks the keys in sorted order.
      expect(handles(index, '')).toEqual(keys.flatMap((key) => index.exact(key)));
      expect(index.keyCount).toBe(keys.length);
      expect(index.countPrefix('')).toBe(model.length);
    }
  });
});
