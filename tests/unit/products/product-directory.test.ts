import { afterEach, describe, expect, it } from 'vitest';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { ProductDirectory } from '../../../renderer/src/features/products/product-directory';
import { openTestDatabase } from '../db/test-db';
import { productDoc, TINY_PNG } from './fixtures';

let db: PeyvandDatabase | undefined;
let dir: ProductDirectory | undefined;
afterEach(async () => {
  dir?.stop();
  dir = undefined;
  await db?.remove();
  db = undefined;
});

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('ProductDirectory', () => {
  it('reads every product in batches into summaries (no pictures) and reports when ready', async () => {
    db = await openTestDatabase();
    await db.products.bulkInsert(Array.from({ length: 1203 }, (_, i) => productDoc({ name: `کالا ${i}`, sku: `K-${i}`, image: TINY_PNG })));
    dir = new ProductDirectory(db.products);
    const seen: number[] = [];
    dir.subscribe(() => seen.push(dir!.getStatus().indexed));
    await dir.start();
    expect(dir.getStatus()).toMatchObject({ ready: true, indexed: 1203 });
    // Three batches of at most 500, then ready.
    expect(seen.slice(0, 3)).toEqual([500, 1000, 1203]);
    const [hit] = dir.index.search('K-1202');
    expect(hit).toMatchObject({ name: 'کالا 1202', hasImage: true });
    expect(hit).not.toHaveProperty('image');
  });

  it('follows inserts, edits and deletes after the build, and changes made during it', async () => {
    db = await openTestDatabase();
    const first = productDoc({ name: 'اول', sku: 'A-1' });
    await db.products.insert(first);
    dir = new ProductDirectory(db.products);
    const started = dir.start();
    await db.products.insert(productDoc({ name: 'حین ساخت', sku: 'B-1' }));
    await started;
    await until(() => dir!.index.size === 2);

    await db.products.incrementalUpsert(productDoc({ id: first.id, name: 'اول ویرایش‌شده', sku: 'A-2', updatedAt: '2026-11-05T00:00:00.000Z' }));
    await until(() => dir!.index.withSku('A-2').length === 1);
    expect(dir.index.withSku('A-1')).toEqual([]);

    await (await db.products.findOne(first.id).exec())!.remove();
    await until(() => dir!.index.size === 1);
    expect(dir.index.search('').map((p) => p.name)).toEqual(['حین ساخت']);
  });
});
