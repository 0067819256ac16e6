import { afterEach, describe, expect, it } from 'vitest';
import { buildAccountDoc, buildContactDoc, EMPTY_ADDRESS, newId, type AccountDoc, type ContactDoc } from '../../../shared/entities';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { scanQuery, SearchService, useSearchStatus } from '../../../renderer/src/features/search/search-service';
import { openTestDatabase } from '../db/test-db';

let db: PeyvandDatabase | undefined;
let service: SearchService | undefined;
afterEach(async () => {
  service?.stop();
  await db?.remove();
  db = undefined;
});

const meta = (id = newId()) => ({ id, teamId: 't', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' });

function account(name: string, id?: string): AccountDoc {
  return buildAccountDoc({
    name, kind: 'customer', industry: '', segment: '', phones: [], emails: [], website: '', address: { ...EMPTY_ADDRESS },
    tags: ['صادرات'], notes: '', nationalId: '', economicCode: '', creditLimit: null, ownerId: 'u',
  }, meta(id));
}

function contact(first: string, last: string, accountId = '', phone = '+989121234567'): ContactDoc {
  return buildContactDoc({
    firstName: first, lastName: last, jobTitle: '', accountId, phones: [{ label: 'mobile', e164: phone }],
    emails: [{ label: 'work', address: `${newId().slice(0, 6)}@example.ir` }], website: '', address: { ...EMPTY_ADDRESS },
    segment: '', tags: ['vip'], preferredChannel: '', notes: '', ownerId: 'u',
  }, meta());
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('SearchService', () => {
  it('builds the index from index range reads, never a table scan per batch', async () => {
    db = await openTestDatabase();
    for (const collection of [db.accounts, db.contacts]) {
      const { queryPlan } = collection.find(scanQuery('م')).getPreparedQuery();
      expect(queryPlan.index).toEqual(['_deleted', 'sortName', 'id']);
      expect(queryPlan.sortSatisfiedByIndex).toBe(true);
      expect(queryPlan.startKeys[1]).toBe('م');
    }
  });


  it('indexes existing records in batches, then follows inserts, renames and deletes', async () => {
    db = await openTestDatabase();
    const acme = account('صنایع غذایی آرین');
    await db.accounts.insert(acme);
    await db.contacts.bulkInsert(Array.from({ length: 2100 }, (_, i) => contact('مریم', `نمونه${i}`, '', `+98912${String(1000000 + i)}`)));
    const ali = contact('علی', 'کریمی', acme.id, '+989351112233');
    await db.contacts.insert(ali);
    service = new SearchService(db);
    await service.start();
    expect(useSearchStatus.getState().ready).toBe(true);
    expect(service.index.size).toBe(2102);
    expect(useSearchStatus.getState().tags).toMatchObject({ vip: 2101, صادرات: 1 });

    // By Arabic-keyboard letters, by phone in Persian digits, and by company name.
    expect(service.index.search('علي كريمي')[0]?.id).toBe(ali.id);
    expect(service.index.search('۰۹۳۵۱۱۱')[0]?.id).toBe(ali.id);
    expect(service.index.search('آرین', { kinds: ['contact'] }).map((h) => h.id)).toContain(ali.id);

    const sara = contact('سارا', 'محمدی', '', '+989127654321');
    await db.contacts.insert(sara);
    await until(() => service!.index.search('سارا')[0]?.id === sara.id);

    // Renaming the account re-indexes its contacts' company name.
    await db.accounts.upsert({ ...acme, name: 'بازرگانی پارس' });
    await until(() => service!.index.search('پارس', { kinds: ['contact'] }).some((h) => h.id === ali.id));

    await (await db.contacts.findOne(sara.id).exec())!.remove();
    await until(() => service!.index.search('سارا').length === 0);
  });
});
