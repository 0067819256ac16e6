import { afterEach, describe, expect, it } from 'vitest';
import {
  buildAccountDoc, buildContactDoc, buildLeadDoc, buildOpportunityDoc, EMPTY_ADDRESS, newId, type AccountDoc, type ContactDoc,
  type LeadDoc, type OpportunityDoc,
} from '../../../shared/entities';
import { emptyLead } from '../../../renderer/src/features/leads/lead-model';
import type { SearchOptions } from '../../../shared/search';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { scanQuery, SearchService, useSearchStatus } from '../../../renderer/src/features/search/search-service';
import { openTestDatabase } from '../db/test-db';
import { opportunityInput } from '../opportunities/fixtures';
import { productDoc } from '../products/fixtures';

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

function lead(first: string, last: string, companyName: string, phone: string, email: string): LeadDoc {
  return buildLeadDoc({
    ...emptyLead('u'), firstName: first, lastName: last, companyName,
    phones: [{ label: 'mobile', e164: phone }], emails: [{ label: 'work', address: email }], tags: ['نمایشگاه'],
  }, meta());
}

const opportunity = (name: string, accountId: string): OpportunityDoc => buildOpportunityDoc(opportunityInput({ name, accountId }), meta());

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('SearchService', () => {
  it('builds the index from index range reads, never a table scan per batch', async () => {
    db = await openTestDatabase();
    for (const collection of [db.accounts, db.contacts, db.leads, db.opportunities, db.products]) {
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

  it('finds leads, opportunities and products by their fields and follows their changes', async () => {
    db = await openTestDatabase();
    const acme = account('صنایع غذایی آرین');
    await db.accounts.insert(acme);
    const leadDoc = lead('نرگس', 'صالحی', 'پخش البرز', '+989127778899', 'narges@alborz.ir');
    const deal = opportunity('تجهیز انبار', acme.id);
    const phone = productDoc({ name: 'گوشی سامسونگ', sku: 'SM-A54-128' });
    await db.leads.insert(leadDoc);
    await db.opportunities.insert(deal);
    await db.products.insert(phone);
    service = new SearchService(db);
    await service.start();
    const found = (query: string, options?: SearchOptions) =>
      service!.index.search(query, options).map((h) => `${h.kind}:${h.id}`);
    expect(service.index.size).toBe(4);
    // Only accounts' and contacts' tags feed the lists' tag filter.
    expect(useSearchStatus.getState().tags).toEqual({ صادرات: 1 });

    // A lead by name, company, phone (Persian digits) and email.
    for (const q of ['نرگس صال', 'البرز', '۰۹۱۲۷۷۷۸', 'narges@al']) expect(found(q)).toContain(`lead:${leadDoc.id}`);
    // An opportunity by its name and its account's, with the account under its title.
    expect(found('تجهیز')).toEqual([`opportunity:${deal.id}`]);
    expect(found('آرین')).toEqual([`account:${acme.id}`, `opportunity:${deal.id}`]);
    expect(service.index.search('تجهیز')[0]?.subtitle).toBe('صنایع غذایی آرین');
    // A product by name and by SKU, case and digits aside.
    expect(found('گوشی')).toEqual([`product:${phone.id}`]);
    expect(found('sm-a۵۴')).toEqual([`product:${phone.id}`]);
    // The pickers and list searches ask for their own kinds only.
    for (const q of ['نرگس', 'البرز', '۰۹۱۲۷۷۷۸', 'آرین', 'sm-a54']) {
      expect(found(q, { kinds: ['account', 'contact'] }).filter((h) => !h.startsWith('account:') && !h.startsWith('contact:'))).toEqual([]);
    }

    // Inserts, updates (and an account rename) and deletes follow the change streams.
    const lamp = productDoc({ name: 'لامپ کم‌مصرف', sku: 'LMP-9W' });
    await db.products.insert(lamp);
    await until(() => found('lmp9').includes(`product:${lamp.id}`));
    await db.leads.upsert({ ...leadDoc, companyName: 'پخش دماوند' });
    await until(() => found('دماوند').includes(`lead:${leadDoc.id}`) && !found('البرز').includes(`lead:${leadDoc.id}`));
    await db.opportunities.upsert({ ...deal, name: 'تجهیز سردخانه' });
    await until(() => found('سردخانه').includes(`opportunity:${deal.id}`));
    await db.accounts.upsert({ ...acme, name: 'بازرگانی پارس' });
    await until(() => found('پارس', { kinds: ['opportunity'] }).includes(`opportunity:${deal.id}`));
    expect(found('آرین')).toEqual([]);
    for (const doc of [await db.leads.findOne(leadDoc.id).exec(), await db.opportunities.findOne(deal.id).exec(), await db.products.findOne(phone.id).exec()]) {
      await doc!.remove();
    }
    await until(() => service!.index.size === 2);
    expect([...found('دماوند'), ...found('سردخانه'), ...found('sm-a54')]).toEqual([]);
  });

  it('is ready once accounts and contacts are in; leads follow, and a change made meanwhile is not lost to the scan', async () => {
    db = await openTestDatabase();
    await db.accounts.insert(account('صنایع غذایی آرین'));
    await db.contacts.insert(contact('مهسا', 'رضایی'));
    const leads = Array.from({ length: 30 }, (_, i) => lead('سرنخ', `شماره ${i}`, `شرکت ${i}`, `+98912000${String(1000 + i)}`, `l${i}@example.ir`));
    await db.leads.bulkInsert(leads);
    service = new SearchService(db);
    let indexedAtReady = -1;
    const unsubscribe = useSearchStatus.subscribe((s, before) => {
      if (s.ready && !before.ready) indexedAtReady = service!.index.size;
    });
    useSearchStatus.setState({ ready: false, complete: false, indexed: 0 });
    const started = service.start();
    // Changed while the index builds (before the leads are scanned): the new company must win.
    await db.leads.upsert({ ...leads[0]!, companyName: 'پخش دماوند' });
    await started;
    unsubscribe();
    expect(indexedAtReady).toBe(2);
    expect(service.index.size).toBe(32);
    expect(useSearchStatus.getState().complete).toBe(true);
    const hits = service.index.search('دماوند').map((h) => h.id);
    expect(hits).toEqual([leads[0]!.id]);
    expect(service.index.search('شرکت 0', { kinds: ['lead'] }).map((h) => h.id)).not.toContain(leads[0]!.id);
  });

  it('a rename (same size, no tags) still tells open searches to run again', async () => {
    db = await openTestDatabase();
    const doc = productDoc({ name: 'گوشی سامسونگ', sku: 'SM-A54-128' });
    await db.products.insert(doc);
    service = new SearchService(db);
    await service.start();
    const before = useSearchStatus.getState().revision;
    await db.products.upsert({ ...doc, name: 'گوشی شیائومی' });
    await until(() => useSearchStatus.getState().revision > before);
    expect(service.index.search('شیائومی').map((h) => h.id)).toEqual([doc.id]);
  });
});
