import { describe, expect, it } from 'vitest';
import { skuKey } from '../../../shared/entities';
import { ProductSearchIndex } from '../../../renderer/src/features/products/product-search';
import { summary } from './fixtures';

function indexOf(...items: Parameters<typeof summary>[0][]) {
  const index = new ProductSearchIndex();
  for (const item of items) index.upsert(summary(item));
  return index;
}
const names = (list: { name: string }[]) => list.map((p) => p.name);

describe('ProductSearchIndex', () => {
  const index = indexOf(
    { id: 'a', name: 'گوشی سامسونگ A54', sku: 'SM-A54-128', category: 'الکترونیک / گوشی' },
    { id: 'b', name: 'گوشی شیائومی', sku: 'XI-13', category: 'الکترونیک / گوشی' },
    { id: 'c', name: 'کابل USB-C', sku: 'CBL-1', category: 'الکترونیک / لوازم جانبی' },
    { id: 'd', name: 'می‌خواهم', sku: 'X-9', category: '', active: false },
    { id: 'e', name: 'آب معدنی', sku: 'W-1', category: 'نوشیدنی' },
  );

  it('lists by Persian name order when the query is empty', () => {
    expect(names(index.search(''))).toEqual(['آب معدنی', 'کابل USB-C', 'گوشی سامسونگ A54', 'گوشی شیائومی', 'می‌خواهم']);
  });

  it('matches the start of every typed word of the name', () => {
    expect(names(index.search('گوشی سام'))).toEqual(['گوشی سامسونگ A54']);
    expect(names(index.search('گوش'))).toEqual(['گوشی سامسونگ A54', 'گوشی شیائومی']);
    expect(index.search('سونگ')).toEqual([]);
  });

  it('normalizes Arabic letters, ZWNJ and digits the way users type them', () => {
    expect(names(index.search('كابل'))).toEqual(['کابل USB-C']); // Arabic kaf
    expect(names(index.search('میخواهم'))).toEqual(['می‌خواهم']); // without ZWNJ
    expect(names(index.search('A۵۴'))).toEqual(['گوشی سامسونگ A54']); // Persian digits
  });

  it('finds by SKU: exact first, then prefix, then part; case and dashes do not matter', () => {
    expect(index.search('sm-a54-128')[0]!.id).toBe('a');
    expect(index.search('SMA54')[0]!.id).toBe('a');
    expect(index.search('a54128')[0]!.id).toBe('a');
    expect(index.search('cbl')[0]!.id).toBe('c');
  });

  it('ranks an exact SKU above a name that merely starts with the query', () => {
    const i = indexOf({ id: 'n', name: 'W1 series', sku: 'ZZ' }, { id: 's', name: 'چیز دیگر', sku: 'W1' });
    expect(i.search('W1').map((p) => p.id)).toEqual(['s', 'n']);
  });

  it('also matches category words, below name matches', () => {
    expect(names(index.search('نوشیدنی'))).toEqual(['آب معدنی']);
  });

  it('filters inactive products and by category paths', () => {
    expect(names(index.search('می', { activeOnly: true }))).toEqual([]);
    expect(names(index.search('می'))).toEqual(['می‌خواهم']);
    expect(names(index.search('', { categories: new Set(['الکترونیک / گوشی']) }))).toEqual(['گوشی سامسونگ A54', 'گوشی شیائومی']);
    expect(index.search('', { limit: 2 })).toHaveLength(2);
  });

  it('finds other products with the same SKU, however typed, for the duplicate warning', () => {
    expect(index.withSku('sm-a54-128').map((p) => p.id)).toEqual(['a']);
    expect(index.withSku('SM-A54-128', 'a')).toEqual([]);
    expect(index.withSku('')).toEqual([]);
    expect(skuKey(' SM-a54/128 ')).toBe('sma54128');
  });

  it('follows updates and removals', () => {
    const i = indexOf({ id: 'x', name: 'اول', sku: 'K1' });
    i.upsert(summary({ id: 'x', name: 'دوم', sku: 'K2' }));
    expect(i.size).toBe(1);
    expect(names(i.search('اول'))).toEqual([]);
    expect(i.withSku('K1')).toEqual([]);
    expect(names(i.search('k2'))).toEqual(['دوم']);
    i.remove('x');
    expect(i.size).toBe(0);
    expect(i.search('')).toEqual([]);
  });
});
