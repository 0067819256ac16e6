import { afterEach, describe, expect, it } from 'vitest';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import {
  categoryLeaf, categoryLevels, categoryTree, distinctCategories, nextCategoryQuery, normalizeCategoryPath, pathsUnder,
} from '../../../renderer/src/features/products/categories';
import { readCategories } from '../../../renderer/src/features/products/use-catalog';
import { openTestDatabase } from '../db/test-db';
import { productDoc } from './fixtures';

describe('category paths', () => {
  it('normalizes typed paths to «level / level»', () => {
    expect(normalizeCategoryPath(' الکترونیک/گوشی ')).toBe('الکترونیک / گوشی');
    expect(normalizeCategoryPath('الکترونیک  /  /  گوشی   هوشمند')).toBe('الکترونیک / گوشی هوشمند');
    expect(normalizeCategoryPath('   ')).toBe('');
    expect(categoryLevels('الف / ب / ج')).toEqual(['الف', 'ب', 'ج']);
    expect(categoryLeaf('الف / ب / ج')).toBe('ج');
  });

  it('builds the tree with parents that exist only through their children, in Persian order', () => {
    const tree = categoryTree(['الکترونیک / گوشی', 'خدمات', 'الکترونیک / لپ‌تاپ', 'الکترونیک / کابل / USB', '']);
    expect(tree.map((n) => [n.path, n.depth, n.hasProducts])).toEqual([
      ['الکترونیک', 0, false],
      ['الکترونیک / کابل', 1, false],
      ['الکترونیک / کابل / USB', 2, true],
      ['الکترونیک / گوشی', 1, true],
      ['الکترونیک / لپ‌تاپ', 1, true],
      ['خدمات', 0, true],
    ]);
  });

  it('a node stands for itself and everything under it, not for siblings sharing a prefix', () => {
    const paths = ['الکترونیک', 'الکترونیک / گوشی', 'الکترونیک / گوشی / لوازم', 'الکترونیک صنعتی', 'خدمات'];
    expect(pathsUnder(paths, 'الکترونیک')).toEqual(['الکترونیک', 'الکترونیک / گوشی', 'الکترونیک / گوشی / لوازم']);
    expect(pathsUnder(paths, 'الکترونیک / گوشی')).toEqual(['الکترونیک / گوشی', 'الکترونیک / گوشی / لوازم']);
    expect(pathsUnder(paths, 'ناموجود')).toEqual([]);
  });

  it('walks distinct values with one step per value', async () => {
    const sorted = ['', 'a', 'b', 'c'];
    const asked: (string | null)[] = [];
    const found = await distinctCategories(async (after) => {
      asked.push(after);
      return sorted.find((c) => after === null || c > after) ?? null;
    });
    expect(found).toEqual(['', 'a', 'b', 'c']);
    expect(asked).toEqual([null, '', 'a', 'b', 'c']);
  });
});

describe('readCategories (RxDB)', () => {
  let db: PeyvandDatabase | undefined;
  afterEach(async () => {
    await db?.remove();
    db = undefined;
  });

  it('reads the distinct categories through the [category, sortName] index, not the table', async () => {
    db = await openTestDatabase();
    const docs = [];
    for (let i = 0; i < 40; i++) docs.push(productDoc({ name: `کالای ${i}`, category: 'الکترونیک / گوشی' }));
    docs.push(productDoc({ name: 'خدمت', category: 'خدمات' }), productDoc({ name: 'بی‌دسته', category: '' }), productDoc({ name: 'کابل', category: 'الکترونیک / کابل' }));
    await db.products.bulkInsert(docs);
    expect(await readCategories(db.products)).toEqual(['', 'الکترونیک / کابل', 'الکترونیک / گوشی', 'خدمات']);

    const { queryPlan } = db.products.find(nextCategoryQuery('الکترونیک / کابل') as never).getPreparedQuery();
    expect(queryPlan.index).toEqual(['_deleted', 'category', 'sortName', 'id']);
    expect(queryPlan.sortSatisfiedByIndex).toBe(true);
    expect(queryPlan.startKeys[1]).toBe('الکترونیک / کابل');
  });

  it('leaves out deleted products', async () => {
    db = await openTestDatabase();
    const gone = productDoc({ category: 'قدیمی' });
    await db.products.bulkInsert([gone, productDoc({ category: 'جدید' })]);
    await (await db.products.findOne(gone.id).exec())!.remove();
    expect(await readCategories(db.products)).toEqual(['جدید']);
  });
});
