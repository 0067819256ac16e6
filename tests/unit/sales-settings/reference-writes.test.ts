import { afterEach, describe, expect, it } from 'vitest';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { removeRecord } from '../../../renderer/src/db/records';
import { planRateImport, rowsToWrite } from '../../../renderer/src/features/sales-settings/rate-import';
import { exchangeRateKey } from '../../../renderer/src/features/sales-settings/rate-rules';
import {
  referenceId, removeReferenceRows, saveReferenceRow, saveReferenceRows,
} from '../../../renderer/src/features/sales-settings/sales-reference';
import { draftFromStages, planStageSave } from '../../../renderer/src/features/sales-settings/stage-plan';
import { DEFAULT_PIPELINE_STAGES, effectiveStages } from '../../../shared/sales';
import { openTestDatabase } from '../db/test-db';

const actor = { userId: 'u1', teamId: 't1' };
let db: PeyvandDatabase | undefined;
afterEach(async () => {
  await db?.remove();
  db = undefined;
});

async function rateRows(database: PeyvandDatabase) {
  const docs = await database.reference.find({ selector: { kind: 'exchangeRate' } }).exec();
  return docs.map((d) => ({ key: d.key, data: d.data as { currency: string; baseCurrency: string; rate: string; effectiveDate: string } }));
}

describe('reference writes of the sales settings', () => {
  it('a manual rate for the same currency and date corrects the row instead of adding one', async () => {
    db = await openTestDatabase();
    const first = { currency: 'USD', baseCurrency: 'IRR', rate: '1000000', effectiveDate: '2026-12-02' };
    expect(await saveReferenceRow(db, 'exchangeRate', exchangeRateKey(first), first, actor)).toEqual({ ok: true });
    await saveReferenceRow(db, 'exchangeRate', exchangeRateKey(first), { ...first, rate: '1050000' }, actor);
    expect(await rateRows(db)).toEqual([{ key: 'USD/IRR@2026-12-02', data: { ...first, rate: '1050000' } }]);
    expect((await db.reference.findOne(referenceId('exchangeRate', 'USD/IRR@2026-12-02')).exec())?.id).toBe('exchangeRate-USD_IRR_2026-12-02');
  });

  it('a deleted rate comes back with undo, and entering it again after the undo window also works', async () => {
    db = await openTestDatabase();
    const data = { currency: 'EUR', baseCurrency: 'IRR', rate: '1150000', effectiveDate: '2026-12-02' };
    await saveReferenceRow(db, 'exchangeRate', exchangeRateKey(data), data, actor);
    const undo = await removeRecord(db.reference, referenceId('exchangeRate', exchangeRateKey(data)));
    expect(await rateRows(db)).toEqual([]);
    await undo!();
    expect((await rateRows(db)).map((r) => r.data.rate)).toEqual(['1150000']);
    await removeReferenceRows(db, 'exchangeRate', [exchangeRateKey(data)]);
    expect(await rateRows(db)).toEqual([]);
    await saveReferenceRows(db, 'exchangeRate', [{ key: exchangeRateKey(data), data: { ...data, rate: '1160000' } }], actor);
    expect((await rateRows(db)).map((r) => r.data.rate)).toEqual(['1160000']);
  });

  it('imports the rows of a CSV plan in one validated write, with progress', async () => {
    db = await openTestDatabase();
    const existing = { currency: 'USD', baseCurrency: 'IRR', rate: '1000000', effectiveDate: '2026-12-02' };
    await saveReferenceRow(db, 'exchangeRate', exchangeRateKey(existing), existing, actor);
    const lines = ['ارز,تاریخ,نرخ', 'USD,1405/09/11,1050000', 'XYZ,1405/09/11,1'];
    for (let day = 1; day <= 30; day++) lines.push(`EUR,1405/08/${day},${1_100_000 + day}`);
    const plan = planRateImport(lines.join('\n'), { baseCurrency: 'IRR', existing: await rateRows(db) });
    expect(plan.rejected).toEqual([{ line: 3, reason: 'unknownCurrency', value: 'XYZ' }]);
    const progress: number[] = [];
    const result = await saveReferenceRows(db, 'exchangeRate', rowsToWrite(plan), actor, { onProgress: (done) => progress.push(done) });
    expect(result).toEqual({ ok: true, written: 31 });
    expect(progress.at(-1)).toBe(31);
    const stored = await rateRows(db);
    expect(stored).toHaveLength(31);
    expect(stored.find((r) => r.key === 'USD/IRR@2026-12-02')?.data.rate).toBe('1050000');
  });

  it('writes nothing when any row of a batch is invalid', async () => {
    db = await openTestDatabase();
    const good = { currency: 'USD', baseCurrency: 'IRR', rate: '1050000', effectiveDate: '2026-12-02' };
    const result = await saveReferenceRows(db, 'exchangeRate', [
      { key: exchangeRateKey(good), data: good },
      { key: 'bad', data: { ...good, rate: '-1' } },
    ], actor);
    expect(result).toMatchObject({ ok: false, index: 1, errors: { 'data.rate': 'validation:invalidRate' } });
    expect(await rateRows(db)).toEqual([]);
  });

  it('saving the built-in stages writes them under their stable ids, so existing deals keep their stage', async () => {
    db = await openTestDatabase();
    const draft = draftFromStages(DEFAULT_PIPELINE_STAGES.map((s) => ({ ...s, name: `مرحله ${s.order}` })));
    draft[0] = { ...draft[0]!, name: 'آشنایی' };
    const plan = planStageSave([], draft, new Map());
    await saveReferenceRows(db, 'pipelineStage', plan.upserts, actor);
    const docs = await db.reference.find({ selector: { kind: 'pipelineStage' } }).exec();
    const stages = effectiveStages(docs.map((d) => ({ key: d.key, data: d.data as never })));
    expect(stages.map((s) => s.id)).toEqual(DEFAULT_PIPELINE_STAGES.map((s) => s.id));
    expect(stages[0]).toMatchObject({ id: 'prospecting', name: 'آشنایی', builtIn: false });
    expect(docs.map((d) => d.id).sort()).toContain('pipelineStage-prospecting');
  });
});
