import { afterEach, describe, expect, it } from 'vitest';
import { buildContactDoc, EMPTY_ADDRESS, newId, type ContactDoc } from '../../../shared/entities';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { LiveKeysetList, type KeysetListState } from '../../../renderer/src/db/live-keyset-list';
import { openTestDatabase } from './test-db';

let db: PeyvandDatabase | undefined;
let list: LiveKeysetList<ContactDoc> | undefined;
afterEach(async () => {
  list?.close();
  await db?.remove();
  db = undefined;
});

function doc(lastName: string, patch: Partial<ContactDoc> = {}): ContactDoc {
  const now = patch.updatedAt ?? '2026-11-01T10:00:00.000Z';
  return buildContactDoc(
    {
      firstName: '', lastName, jobTitle: '', accountId: patch.accountId ?? '', phones: [], emails: [], website: '',
      address: { ...EMPTY_ADDRESS }, segment: '', tags: patch.tags ?? [], preferredChannel: '', notes: '', ownerId: patch.ownerId ?? 'u1',
    },
    { id: patch.id ?? newId(), teamId: 't', createdAt: now, updatedAt: now },
  );
}

async function settle(l: LiveKeysetList<ContactDoc>): Promise<KeysetListState<ContactDoc>> {
  for (let i = 0; i < 100; i++) {
    const s = l.snapshot();
    if (!s.loading) return s;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('list never settled');
}

const names = (s: KeysetListState<ContactDoc>) => s.rows.map((r) => r.fullName);

describe('LiveKeysetList', () => {
  it('pages by the Persian collation key with $gt and no gaps or repeats', async () => {
    db = await openTestDatabase();
    // Persian alphabet order puts پ after ب, چ after ج, ژ after ز, گ after ک, ی last.
    const input = ['یزدانی', 'گلستانی', 'کاظمی', 'ژیان', 'زارعی', 'چمران', 'جعفری', 'پارسا', 'بهرامی', 'احمدی', 'آقایی'];
    await db.contacts.bulkInsert(input.map((n) => doc(n)));
    list = new LiveKeysetList(db.contacts, 'sortName', {}, 4);
    list.start();
    let s = await settle(list);
    expect(s.rows).toHaveLength(4);
    while (s.hasMore) {
      await list.loadMore();
      s = await settle(list);
    }
    expect(names(s)).toEqual([...input].sort(new Intl.Collator('fa').compare));
    expect(names(s)).toEqual(['آقایی', 'احمدی', 'بهرامی', 'پارسا', 'جعفری', 'چمران', 'زارعی', 'ژیان', 'کاظمی', 'گلستانی', 'یزدانی']);
  });

  it('sorts latest first on the inverted time key', async () => {
    db = await openTestDatabase();
    await db.contacts.bulkInsert([
      doc('قدیمی', { updatedAt: '2025-01-01T00:00:00.000Z' }),
      doc('تازه', { updatedAt: '2026-11-20T00:00:00.000Z' }),
      doc('میانه', { updatedAt: '2026-03-01T00:00:00.000Z' }),
    ]);
    list = new LiveKeysetList(db.contacts, 'sortUpdated', {}, 10);
    list.start();
    expect(names(await settle(list))).toEqual(['تازه', 'میانه', 'قدیمی']);
  });

  it('merges inserts, edits and deletes into the loaded window without reloading', async () => {
    db = await openTestDatabase();
    const a = doc('احمدی');
    await db.contacts.bulkInsert([a, doc('کاظمی')]);
    list = new LiveKeysetList(db.contacts, 'sortName', {}, 10);
    list.start();
    await settle(list);
    await db.contacts.insert(doc('بهرامی'));
    await new Promise((r) => setTimeout(r, 20));
    expect(names(list.snapshot())).toEqual(['احمدی', 'بهرامی', 'کاظمی']);
    const renamed = doc('یزدانی', { id: a.id });
    await db.contacts.upsert(renamed);
    await new Promise((r) => setTimeout(r, 20));
    expect(names(list.snapshot())).toEqual(['بهرامی', 'کاظمی', 'یزدانی']);
    await (await db.contacts.findOne(a.id).exec())!.remove();
    await new Promise((r) => setTimeout(r, 20));
    expect(names(list.snapshot())).toEqual(['بهرامی', 'کاظمی']);
  });

  it('applies filters to pages and to live changes', async () => {
    db = await openTestDatabase();
    await db.contacts.bulkInsert([doc('احمدی', { ownerId: 'u1' }), doc('بهرامی', { ownerId: 'u2' })]);
    list = new LiveKeysetList(db.contacts, 'sortName', { ownerId: 'u1' }, 10);
    list.start();
    expect(names(await settle(list))).toEqual(['احمدی']);
    await db.contacts.insert(doc('پارسا', { ownerId: 'u2' }));
    await db.contacts.insert(doc('جعفری', { ownerId: 'u1' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(names(list.snapshot())).toEqual(['احمدی', 'جعفری']);
  });

  it('filters by tag', async () => {
    db = await openTestDatabase();
    await db.contacts.bulkInsert([doc('احمدی', { tags: ['vip', 'تهران'] }), doc('بهرامی', { tags: ['تهران'] })]);
    list = new LiveKeysetList(db.contacts, 'sortName', { tags: { $elemMatch: { $eq: 'vip' } } } as never, 10);
    list.start();
    expect(names(await settle(list))).toEqual(['احمدی']);
  });
});
