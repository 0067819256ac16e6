import { afterEach, describe, expect, it } from 'vitest';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import {
  CatalogList, catalogSources, sourcePageQuery, takeMerged, type CatalogFilter, type CatalogListState,
} from '../../../renderer/src/features/products/catalog-list';
import { openTestDatabase } from '../db/test-db';
import { productDoc, summary, TINY_PNG } from './fixtures';

let db: PeyvandDatabase | undefined;
let list: CatalogList | undefined;
afterEach(async () => {
  list?.close();
  list = undefined;
  await db?.remove();
  db = undefined;
});

async function settle(l: CatalogList): Promise<CatalogListState> {
  for (let i = 0; i < 200; i++) {
    await new Promise((r) => setTimeout(r, 5));
    const s = l.snapshot();
    if (!s.loading) return s;
  }
  throw new Error('list never settled');
}

async function loadAll(l: CatalogList): Promise<CatalogListState> {
  let s = await settle(l);
  while (s.hasMore) {
    await l.loadMore();
    s = await settle(l);
  }
  return s;
}

const names = (s: CatalogListState) => s.rows.map((r) => r.name);

describe('takeMerged', () => {
  const src = (names: string[], exhausted: boolean) => ({
    selector: {}, cursor: null, exhausted, buffer: names.map((n) => summary({ name: n })),
  });

  it('merges the sources in name order', () => {
    const sources = [src(['ب', 'ت'], true), src(['آ', 'پ', 'ث'], true)];
    expect(takeMerged(sources, 10).map((r) => r.name)).toEqual(['آ', 'ب', 'پ', 'ت', 'ث']);
  });

  it('stops where a source that may hold smaller names must be read first', () => {
    const sources = [src(['ب'], false), src(['آ', 'پ', 'ث'], true)];
    expect(takeMerged(sources, 10).map((r) => r.name)).toEqual(['آ', 'ب']);
    expect(sources[1]!.buffer.map((r) => r.name)).toEqual(['پ', 'ث']);
  });

  it('takes no more than asked', () => {
    expect(takeMerged([src(['آ', 'ب', 'پ'], true)], 2)).toHaveLength(2);
  });
});

describe('CatalogList', () => {
  const all: CatalogFilter = { categories: null, activeOnly: false };

  it('pages the whole catalog in Persian name order without gaps or repeats, as summaries without pictures', async () => {
    db = await openTestDatabase();
    const input = ['یخچال', 'گاز', 'کولر', 'ژنراتور', 'زعفران', 'چای', 'جارو', 'پنکه', 'بخاری', 'اتو', 'آبمیوه‌گیری'];
    await db.products.bulkInsert(input.map((n) => productDoc({ name: n, image: TINY_PNG })));
    list = new CatalogList(db.products, all, 4);
    list.start();
    const s = await loadAll(list);
    expect(names(s)).toEqual(['آبمیوه‌گیری', 'اتو', 'بخاری', 'پنکه', 'جارو', 'چای', 'زعفران', 'ژنراتور', 'کولر', 'گاز', 'یخچال']);
    expect(s.rows.every((r) => r.hasImage && !('image' in r))).toBe(true);
  });

  it('shows a category node with its subcategories merged by name, each read from the [category, sortName] index', async () => {
    db = await openTestDatabase();
    await db.products.bulkInsert([
      productDoc({ name: 'الف', category: 'الکترونیک / گوشی' }),
      productDoc({ name: 'ب', category: 'الکترونیک' }),
      productDoc({ name: 'پ', category: 'الکترونیک / گوشی' }),
      productDoc({ name: 'ت', category: 'خدمات' }),
      productDoc({ name: 'ث', category: 'الکترونیک / کابل' }),
      productDoc({ name: 'ج', category: 'الکترونیک' }),
      productDoc({ name: 'چ', category: 'الکترونیک صنعتی' }),
    ]);
    list = new CatalogList(db.products, { categories: ['الکترونیک', 'الکترونیک / کابل', 'الکترونیک / گوشی'], activeOnly: false }, 2);
    list.start();
    expect(names(await loadAll(list))).toEqual(['الف', 'ب', 'پ', 'ث', 'ج']);

    const [source] = catalogSources({ categories: ['الکترونیک / گوشی'], activeOnly: true });
    source!.cursor = 'x';
    const { queryPlan } = db.products.find(sourcePageQuery(source!, 60) as never).getPreparedQuery();
    expect(queryPlan.index).toEqual(['_deleted', 'category', 'sortName', 'id']);
    expect(queryPlan.sortSatisfiedByIndex).toBe(true);
  });

  it('pages the [sortName] index when no category is chosen, hiding inactive products on request', async () => {
    db = await openTestDatabase();
    await db.products.bulkInsert([productDoc({ name: 'فعال' }), productDoc({ name: 'غیرفعال', active: false })]);
    list = new CatalogList(db.products, { categories: null, activeOnly: true });
    list.start();
    expect(names(await loadAll(list))).toEqual(['فعال']);
    const [source] = catalogSources({ categories: null, activeOnly: true });
    const { queryPlan } = db.products.find(sourcePageQuery(source!, 60) as never).getPreparedQuery();
    expect(queryPlan.index).toEqual(['_deleted', 'sortName', 'id']);
    expect(queryPlan.sortSatisfiedByIndex).toBe(true);
  });

  it('an empty category list shows nothing (a node whose products are all gone)', async () => {
    db = await openTestDatabase();
    await db.products.bulkInsert([productDoc({ name: 'الف' })]);
    list = new CatalogList(db.products, { categories: [], activeOnly: false });
    list.start();
    const s = await settle(list);
    expect(s.rows).toEqual([]);
    expect(s.hasMore).toBe(false);
  });

  it('merges live changes: a new product in the loaded window, an edit that moves one, a delete', async () => {
    db = await openTestDatabase();
    const moving = productDoc({ name: 'پ' });
    await db.products.bulkInsert([productDoc({ name: 'آ' }), productDoc({ name: 'ت' }), moving]);
    list = new CatalogList(db.products, all);
    list.start();
    expect(names(await settle(list))).toEqual(['آ', 'پ', 'ت']);

    await db.products.insert(productDoc({ name: 'ب' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(names(list.snapshot())).toEqual(['آ', 'ب', 'پ', 'ت']);

    await db.products.incrementalUpsert(productDoc({ id: moving.id, name: 'ی', updatedAt: '2026-11-02T10:00:00.000Z' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(names(list.snapshot())).toEqual(['آ', 'ب', 'ت', 'ی']);

    await (await db.products.findOne(moving.id).exec())!.remove();
    await new Promise((r) => setTimeout(r, 20));
    expect(names(list.snapshot())).toEqual(['آ', 'ب', 'ت']);
  });

  it('a product edited out of the filter leaves it; one beyond the loaded window waits for its page', async () => {
    db = await openTestDatabase();
    const docs = ['آ', 'ب', 'پ', 'ت', 'ث', 'ج'].map((n) => productDoc({ name: n, category: 'الف' }));
    await db.products.bulkInsert(docs);
    list = new CatalogList(db.products, { categories: ['الف'], activeOnly: true }, 2);
    list.start();
    expect(names(await settle(list))).toEqual(['آ', 'ب']);

    await db.products.incrementalUpsert(productDoc({ id: docs[0]!.id, name: 'آ', category: 'الف', active: false, updatedAt: '2026-11-02T10:00:00.000Z' }));
    await db.products.insert(productDoc({ name: 'ی', category: 'الف' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(names(list.snapshot())).toEqual(['ب']);
    expect(names(await loadAll(list))).toEqual(['ب', 'پ', 'ت', 'ث', 'ج', 'ی']);
  });
});
