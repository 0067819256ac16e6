import { describe, expect, it } from 'vitest';
import { ProductImageCache } from '../../../renderer/src/features/products/image-cache';

function store(images: Record<string, { updatedAt: string; image: string }>) {
  const reads: string[][] = [];
  const read = async (ids: string[]) => {
    reads.push(ids);
    return new Map(ids.filter((id) => images[id]).map((id) => [id, images[id]!]));
  };
  return { read, reads };
}

describe('ProductImageCache', () => {
  it('reads the pictures asked for in the same tick in one batch and tells the waiting cards', async () => {
    const { read, reads } = store({ a: { updatedAt: 't1', image: 'A' }, b: { updatedAt: 't1', image: 'B' } });
    const cache = new ProductImageCache(read);
    let told = 0;
    cache.subscribe('a', () => told++);
    expect(cache.get('a', 't1')).toBeUndefined();
    expect(cache.get('b', 't1')).toBeUndefined();
    expect(cache.get('a', 't1')).toBeUndefined();
    await cache.flush();
    expect(reads).toEqual([['a', 'b']]);
    expect(told).toBe(1);
    expect(cache.get('a', 't1')).toBe('A');
    expect(cache.get('b', 't1')).toBe('B');
  });

  it('re-reads a picture when the product changed, not when an older summary asks', async () => {
    const images = { a: { updatedAt: 't2', image: 'A2' } };
    const { read, reads } = store(images);
    const cache = new ProductImageCache(read);
    cache.put('a', 't1', 'A1');
    expect(cache.get('a', 't1')).toBe('A1');
    expect(cache.get('a', 't2')).toBeUndefined();
    await cache.flush();
    expect(cache.get('a', 't2')).toBe('A2');
    expect(cache.get('a', 't1')).toBe('A2');
    expect(reads).toHaveLength(1);
  });

  it('remembers a product that is gone as having no picture instead of asking forever', async () => {
    const { read, reads } = store({});
    const cache = new ProductImageCache(read);
    cache.get('gone', 't1');
    await cache.flush();
    expect(cache.get('gone', 't1')).toBe('');
    await cache.flush();
    expect(reads).toHaveLength(1);
  });

  it('keeps at most `capacity` pictures, dropping the least recently shown', () => {
    const cache = new ProductImageCache(async () => new Map(), 2);
    cache.put('a', 't', 'A');
    cache.put('b', 't', 'B');
    cache.get('a', 't');
    cache.put('c', 't', 'C');
    expect(cache.size).toBe(2);
    expect(cache.get('a', 't')).toBe('A');
    expect(cache.get('c', 't')).toBe('C');
    expect(cache.get('b', 't')).toBeUndefined();
  });
});
