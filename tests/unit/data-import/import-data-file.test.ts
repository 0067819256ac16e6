import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type PeyvandDatabase } from '../../../renderer/src/db/database';
import { importDataFile, type ImportProgress } from '../../../renderer/src/features/data-import/import-data-file';
import { accountDoc, contactDoc, header, line, sampleLines } from '../shared/data-exchange/fixtures';

const open: PeyvandDatabase[] = [];
let dbCounter = 0;
async function freshDb() {
  const db = await openDatabase({ name: `import-test-${Date.now()}-${dbCounter++}`, storage: getRxStorageMemory(), multiInstance: false });
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

const file = (lines: string[]) => new Blob([lines.join('\n') + '\n'], { type: 'application/x-ndjson' });

/** A Blob whose stream delivers `chunkSize`-byte pieces, to cut lines and UTF-8 characters apart. */
function chunkedBlob(bytes: Uint8Array, chunkSize: number): Blob {
  return {
    size: bytes.byteLength,
    stream: () => new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.byteLength; i += chunkSize) controller.enqueue(bytes.slice(i, i + chunkSize));
        controller.close();
      },
    }),
  } as unknown as Blob;
}

async function counts(db: PeyvandDatabase) {
  return {
    reference: await db.reference.count().exec(),
    accounts: await db.accounts.count().exec(),
    contacts: await db.contacts.count().exec(),
    activities: await db.activities.count().exec(),
  };
}

describe('importDataFile', () => {
  it('imports a valid file completely', async () => {
    const db = await freshDb();
    const report = await importDataFile(db, file(sampleLines(25)), { batchSize: 10 });
    expect(report).toMatchObject({ status: 'completed', inserted: 76, skipped: 0, rejected: 0, problems: [], fatal: null, linesRead: 77 });
    expect(report.header?.counts).toEqual({ reference: 1, accounts: 25, contacts: 25, activities: 25 });
    expect(report.byCollection.contacts).toEqual({ inserted: 25, skipped: 0, rejected: 0 });
    expect(await counts(db)).toEqual({ reference: 1, accounts: 25, contacts: 25, activities: 25 });
    const stored = await db.contacts.findOne('con-3').exec();
    expect(stored?.fullName).toBe('سارا رحیمی');
    expect(report.bytesRead).toBe(report.totalBytes);
  });

  it('reads lines and UTF-8 characters cut across chunks', async () => {
    const db = await freshDb();
    const bytes = new TextEncoder().encode(sampleLines(5).join('\r\n'));
    const report = await importDataFile(db, chunkedBlob(bytes, 7), { batchSize: 4 });
    expect(report).toMatchObject({ status: 'completed', inserted: 16, rejected: 0 });
    expect((await db.accounts.findOne('acc-2').exec())?.name).toBe('بازرگانی پارس‌تجارت acc-2');
  });

  it('reports bad lines with their line numbers and writes none of them', async () => {
    const db = await freshDb();
    const badEmail = { ...contactDoc('bad-email'), emails: [{ label: 'work', address: 'not an email' }] };
    const lines = [
      header(),
      line('accounts', accountDoc('a1')),
      '{"c":"accounts","d":{',                              // 3: bad JSON
      '',                                                  // 4: blank, ignored
      JSON.stringify({ c: 'users', d: { id: 'x' } }),      // 5: unknown collection
      JSON.stringify({ c: 'contacts', d: badEmail }),      // 6: invalid document
      line('contacts', contactDoc('c1', 'a1')),
      '"just a string"',                                   // 8: not an object
    ];
    const report = await importDataFile(db, file(lines));
    expect(report).toMatchObject({ status: 'completed', inserted: 2, skipped: 0, rejected: 4 });
    expect(report.problems.map((p) => [p.line, p.reason])).toEqual([
      [3, 'badJson'], [5, 'unknownCollection'], [6, 'invalidDocument'], [8, 'notAnObject'],
    ]);
    expect(report.problems[2]!.detail).toContain('emails.0.address');
    expect(await db.contacts.findOne('bad-email').exec()).toBeNull();
    expect(await counts(db)).toMatchObject({ accounts: 1, contacts: 1 });
  });

  it('keeps only the first problems but counts them all', async () => {
    const db = await freshDb();
    const lines = [header(), ...Array.from({ length: 80 }, () => 'garbage')];
    const report = await importDataFile(db, file(lines), { maxProblems: 50 });
    expect(report.rejected).toBe(80);
    expect(report.problems).toHaveLength(50);
  });

  it('skips ids that already exist and never overwrites them', async () => {
    const db = await freshDb();
    await db.contacts.insert(contactDoc('con-1', 'acc-1', 'ویرایش‌شده'));
    const lines = sampleLines(3);
    lines.push(line('contacts', contactDoc('con-2', '', 'تکراری در همین فایل'))); // same id twice in one file
    const report = await importDataFile(db, file(lines), { batchSize: 2 });
    expect(report).toMatchObject({ status: 'completed', inserted: 9, skipped: 2, rejected: 0 });
    expect(report.byCollection.contacts).toEqual({ inserted: 2, skipped: 2, rejected: 0 });
    expect((await db.contacts.findOne('con-1').exec())?.lastName).toBe('ویرایش‌شده');
    expect((await db.contacts.findOne('con-2').exec())?.lastName).toBe('رحیمی');

    const again = await importDataFile(db, file(sampleLines(3)));
    expect(again).toMatchObject({ inserted: 0, skipped: 10, rejected: 0 });
  });

  it('never revives a record that was deleted: its id counts as skipped', async () => {
    const db = await freshDb();
    await importDataFile(db, file(sampleLines(3)));
    await (await db.contacts.findOne('con-2').exec())!.remove();
    const again = await importDataFile(db, file(sampleLines(3)), { batchSize: 2 });
    expect(again).toMatchObject({ status: 'completed', inserted: 0, skipped: 10, rejected: 0 });
    expect(await db.contacts.findOne('con-2').exec()).toBeNull();
  });

  it('stops when cancelled, after finishing the batch in hand', async () => {
    const db = await freshDb();
    const controller = new AbortController();
    const report = await importDataFile(db, file(sampleLines(100)), {
      batchSize: 20,
      signal: controller.signal,
      progressIntervalMs: 0,
      onProgress: (p) => { if (p.inserted >= 40) controller.abort(); },
    });
    expect(report.status).toBe('cancelled');
    expect(report.inserted).toBeGreaterThanOrEqual(40);
    expect(report.inserted).toBeLessThan(301);
    // Every line read so far is accounted for, and the database holds exactly what was reported.
    expect(report.inserted + report.skipped + report.rejected).toBe(report.linesRead - 1);
    const stored = await counts(db);
    expect(stored.reference + stored.accounts + stored.contacts + stored.activities).toBe(report.inserted);
  });

  it('does nothing when the signal is already aborted', async () => {
    const db = await freshDb();
    const controller = new AbortController();
    controller.abort();
    const report = await importDataFile(db, file(sampleLines(3)), { signal: controller.signal });
    expect(report).toMatchObject({ status: 'cancelled', inserted: 0 });
    expect((await counts(db)).accounts).toBe(0);
  });

  it('reports progress that only moves forward and ends at the totals', async () => {
    const db = await freshDb();
    const seen: ImportProgress[] = [];
    const bytes = new TextEncoder().encode(sampleLines(60).join('\n'));
    const report = await importDataFile(db, chunkedBlob(bytes, 512), { batchSize: 15, progressIntervalMs: 0, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(5);
    for (let i = 1; i < seen.length; i++) {
      for (const key of ['bytesRead', 'linesRead', 'inserted', 'skipped', 'rejected', 'elapsedMs'] as const) {
        expect(seen[i]![key], `${key} at report ${i}`).toBeGreaterThanOrEqual(seen[i - 1]![key]);
      }
    }
    expect(seen.at(-1)).toMatchObject({ bytesRead: bytes.byteLength, totalBytes: bytes.byteLength, inserted: report.inserted });
    expect(report.inserted).toBe(181);
  });

  it.each([
    ['a file without a header', () => sampleLines(3).slice(1), 'notADataFile'],
    ['another NDJSON format', () => ['{"format":"other-app","version":1}', ...sampleLines(3).slice(1)], 'notADataFile'],
    ['a newer format version', () => [header().replace('"version":1', '"version":2'), ...sampleLines(3).slice(1)], 'unsupportedVersion'],
    ['a CSV file', () => ['name,phone', 'سارا,0912'], 'notADataFile'],
  ])('refuses %s before writing anything', async (_name, lines, reason) => {
    const db = await freshDb();
    const report = await importDataFile(db, file(lines()));
    expect(report.status).toBe('refused');
    expect(report.fatal).toMatchObject({ line: 1, reason });
    expect(report.inserted).toBe(0);
    expect(await counts(db)).toEqual({ reference: 0, accounts: 0, contacts: 0, activities: 0 });
  });

  it('stops and reports the batch when the database fails mid-way', async () => {
    const db = await freshDb();
    db.contacts.bulkInsert = () => Promise.reject(new Error('QuotaExceededError'));
    const report = await importDataFile(db, file(sampleLines(10)), { batchSize: 4 });
    expect(report.status).toBe('failed');
    expect(report.fatal).toMatchObject({ reason: 'writeFailed', line: 13, detail: 'QuotaExceededError' });
    expect(report.byCollection.accounts).toEqual({ inserted: 10, skipped: 0, rejected: 0 });
    expect(report.byCollection.contacts).toEqual({ inserted: 0, skipped: 0, rejected: 4 });
    expect(report.byCollection.activities.inserted).toBe(0);
    expect(await db.accounts.count().exec()).toBe(10);
  });

  it('refuses an empty file', async () => {
    const db = await freshDb();
    const report = await importDataFile(db, new Blob([]));
    expect(report).toMatchObject({ status: 'refused', fatal: { reason: 'emptyFile' } });
  });

  it('stops at bytes that are not UTF-8', async () => {
    const db = await freshDb();
    const good = new TextEncoder().encode(sampleLines(2).join('\n') + '\n');
    const bytes = new Uint8Array([...good, 0xff, 0xfe, 0x0a]);
    const report = await importDataFile(db, new Blob([bytes]));
    expect(report.status).toBe('failed');
    expect(report.fatal?.reason).toBe('notUtf8');
  });
});
