import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { findStoredLeadIds, writeLeads } from '../../../renderer/src/features/leads/lead-import-db';
import { useLeadImportStore } from '../../../renderer/src/features/leads/lead-import-store';
import { openTestDatabase } from '../db/test-db';

const SETTINGS = { ownerId: 'u1', teamId: 't1', baseCurrency: 'IRR', enabledCurrencies: ['IRR', 'USD'], now: '2026-12-01T08:00:00.000Z' };

function csvFile(rows: number, extra: string[] = []): File {
  const lines = ['نام و نام خانوادگی,شرکت,موبایل,کانال,مبلغ'];
  for (let i = 0; i < rows; i++) lines.push(`شخص ${i} نمونه,شرکت ${i},09${String(121000000 + i)},${i % 2 ? 'تلفن' : 'پیامک'},${i * 1000}`);
  lines.push(...extra);
  return new File([`\uFEFF${lines.join('\r\n')}\r\n`], 'leads.csv', { type: 'text/csv' });
}

const store = () => useLeadImportStore.getState();

async function runImport(db: PeyvandDatabase, file: File) {
  await store().chooseFile(file, 'rial');
  expect(store().phase).toBe('mapping');
  await store().validate(db, SETTINGS);
  expect(store().phase).toBe('review');
  await store().confirm(db);
  expect(store().phase).toBe('done');
  return store().report!;
}

let db: PeyvandDatabase;
beforeEach(async () => {
  db = await openTestDatabase();
  store().reset();
});
afterEach(async () => {
  vi.restoreAllMocks();
  store().reset();
  await db.remove();
});

describe('CSV import of leads, end to end against an in-memory database', () => {
  it('reads, maps, validates everything first, then writes only the valid rows and reports the rest by line', async () => {
    const file = csvFile(30, ['بدون شماره,شرکت,۱۲۳,تلفن,0', ',,,,', ',,09120000000,تلفن,5', 'کوتاه,فقط']);
    await store().chooseFile(file, 'rial');
    expect(store()).toMatchObject({ phase: 'mapping', encoding: 'utf-8', fileName: 'leads.csv' });
    expect(store().mapping).toEqual(['fullName', 'companyName', 'phone', 'channel', 'estimatedValue']);
    expect(store().parsed!.rows).toHaveLength(33);

    await store().validate(db, SETTINGS);
    expect(store().phase).toBe('review');
    // Validated, nothing written yet: the user confirms first.
    expect(await db.leads.count().exec()).toBe(0);
    expect(store().toWrite).toHaveLength(30);
    expect(store().prepared!.rejected.map((p) => [p.line, p.code])).toEqual([[32, 'badPhone'], [34, 'missingName'], [35, 'columnCount']]);

    await store().confirm(db);
    const report = store().report!;
    expect(report).toMatchObject({ status: 'completed', inserted: 30, alreadyImported: 0, repeats: 0, notWritten: 0 });
    expect(report.rejected.map((p) => p.line)).toEqual([32, 34, 35]);
    expect(report.elapsedMs).toBeGreaterThan(0);
    expect(await db.leads.count().exec()).toBe(30);
    const one = (await db.leads.find({ selector: { companyName: 'شرکت 7' } }).exec())[0]!;
    expect(one.toJSON()).toMatchObject({ firstName: 'شخص 7', lastName: 'نمونه', channel: 'phone', status: 'new', ownerId: 'u1', estimatedValue: { amountMinor: 7000, currency: 'IRR' } });
  });

  it('imports the same file again without duplicating anything', async () => {
    expect((await runImport(db, csvFile(25))).inserted).toBe(25);
    const again = await runImport(db, csvFile(25));
    expect(again).toMatchObject({ inserted: 0, alreadyImported: 25 });
    expect(await db.leads.count().exec()).toBe(25);
    // The same file with five more rows (say, fixed ones): only those are new.
    const more = await runImport(db, csvFile(30));
    expect(more).toMatchObject({ inserted: 5, alreadyImported: 25 });
    expect(await db.leads.count().exec()).toBe(30);
  });

  it('finishes an import that stopped midway when the same file is imported again', async () => {
    const original = db.leads.bulkInsert.bind(db.leads);
    let calls = 0;
    vi.spyOn(db.leads, 'bulkInsert').mockImplementation(async (docs) => {
      calls += 1;
      if (calls === 2) throw new Error('QuotaExceededError');
      return original(docs);
    });
    await store().chooseFile(csvFile(2500), 'rial');
    await store().validate(db, SETTINGS);
    await store().confirm(db);
    expect(store().report).toMatchObject({ status: 'failed', inserted: 1000, notWritten: 1500, error: 'QuotaExceededError' });
    expect(await db.leads.count().exec()).toBe(1000);
    vi.restoreAllMocks();

    const resumed = await runImport(db, csvFile(2500));
    expect(resumed).toMatchObject({ status: 'completed', inserted: 1500, alreadyImported: 1000 });
    expect(await db.leads.count().exec()).toBe(2500);
  });

  it('stops between batches when cancelled, and says how many rows were not written', async () => {
    await store().chooseFile(csvFile(2500), 'rial');
    await store().validate(db, SETTINGS);
    const writing = store().confirm(db);
    expect(store().phase).toBe('writing');
    store().cancel();
    await writing;
    const report = store().report!;
    expect(report.status).toBe('cancelled');
    expect(report.inserted + report.notWritten).toBe(2500);
    expect(await db.leads.count().exec()).toBe(report.inserted);
  });

  it('does not bring back a lead that was imported and then deleted', async () => {
    await runImport(db, csvFile(3));
    const first = (await db.leads.find().exec())[0]!;
    await first.remove();
    const again = await runImport(db, csvFile(3));
    expect(again).toMatchObject({ inserted: 0, alreadyImported: 3 });
    expect(await db.leads.findOne(first.id).exec()).toBeNull();
  });

  it('refuses an empty file, and reads a header-only file as zero rows', async () => {
    await store().chooseFile(new File(['\uFEFF\r\n  \r\n'], 'empty.csv'), 'rial');
    expect(store()).toMatchObject({ phase: 'idle', fileError: 'emptyFile' });
    await store().chooseFile(new File(['نام,شرکت\n'], 'header.csv'), 'rial');
    expect(store().phase).toBe('mapping');
    expect(store().parsed!.rows).toEqual([]);
  });

  it('lets the user change the mapping and the toman/rial unit before validating', async () => {
    await store().chooseFile(csvFile(2), 'rial');
    store().setColumn(3, null); // channel ignored
    store().setIrrUnit('toman');
    await store().validate(db, SETTINGS);
    expect(store().toWrite.map((r) => [r.doc.channel, r.doc.estimatedValue?.amountMinor])).toEqual([['', 0], ['', 10_000]]);
    store().backToMapping();
    expect(store().phase).toBe('mapping');
  });
});

describe('the database side', () => {
  it('finds stored ids, deleted ones included, in chunks', async () => {
    await runImport(db, csvFile(5));
    const ids = (await db.leads.find().exec()).map((d) => d.id);
    await (await db.leads.findOne(ids[0]!).exec())!.remove();
    const progress: number[] = [];
    const found = await findStoredLeadIds(db, [...ids, 'lead-missing'], { chunk: 2, onProgress: (done) => progress.push(done) });
    expect([...found].sort()).toEqual([...ids].sort());
    expect(progress).toEqual([2, 4, 6]);
  });

  it('skips an id that arrived meanwhile instead of overwriting it', async () => {
    await store().chooseFile(csvFile(3), 'rial');
    await store().validate(db, SETTINGS);
    const rows = store().toWrite;
    await db.leads.insert({ ...rows[0]!.doc, notes: 'from sync' });
    const result = await writeLeads(db, rows, { batchSize: 2 });
    expect(result).toMatchObject({ status: 'completed', inserted: 2, skipped: 1, failed: [] });
    expect((await db.leads.findOne(rows[0]!.doc.id).exec())!.notes).toBe('from sync');
  });
});
