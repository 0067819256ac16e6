import { afterEach, describe, expect, it } from 'vitest';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { createQuoteNumbering, type NumberingStorage } from '../../../renderer/src/features/quotes/provisional-number';
import { toQuoteInput } from '../../../renderer/src/features/quotes/quote-form';
import { saveQuote } from '../../../renderer/src/features/quotes/quote-save';
import { openTestDatabase } from '../db/test-db';
import { SCENARIO_TOTAL_MINOR, scenarioInput } from './fixtures';

const actor = { userId: 'u1', teamId: 't1' };
let db: PeyvandDatabase | undefined;
afterEach(async () => {
  await db?.remove();
  db = undefined;
});

function numbering() {
  const data = new Map<string, string>();
  const storage: NumberingStorage = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  return createQuoteNumbering({ storage, randomBytes: (n) => Uint8Array.from({ length: n }, (_, i) => i) });
}

describe('saving a quote', () => {
  it('a new quote gets the next provisional number at once (no final number yet) and its computed totals', async () => {
    db = await openTestDatabase();
    const n = numbering();
    const first = await saveQuote({ db, input: scenarioInput(), actor, numbering: n });
    const second = await saveQuote({ db, input: scenarioInput(), actor, numbering: n });
    if (!first.ok || !second.ok) throw new Error('not saved');
    expect([first.doc.provisionalNumber, second.doc.provisionalNumber]).toEqual(['P-23456789-1', 'P-23456789-2']);
    expect(first.doc.number).toBe('');
    expect(first.doc.totals.totalMinor).toBe(SCENARIO_TOTAL_MINOR);
    const stored = await db.quotes.findOne(first.doc.id).exec();
    expect(stored?.provisionalNumber).toBe('P-23456789-1');
  });

  it('a refused save writes nothing, uses up no number, and points at the offending line field', async () => {
    db = await openTestDatabase();
    const n = numbering();
    const bad = scenarioInput();
    bad.lines[1] = { ...bad.lines[1]!, discount: { kind: 'amount', amountMinor: 999_000_000 } };
    const refused = await saveQuote({ db, input: bad, actor, numbering: n });
    expect(refused).toEqual({ ok: false, errors: { 'lines.1.discount.amountMinor': 'quotes:errors.discountTooLarge' } });
    expect(await db.quotes.count().exec()).toBe(0);
    const ok = await saveQuote({ db, input: scenarioInput(), actor, numbering: n });
    expect(ok.ok && ok.doc.provisionalNumber).toBe('P-23456789-1');
  });

  it('an edit keeps the numbers the database holds now, including a final number that arrived while the form was open', async () => {
    db = await openTestDatabase();
    const n = numbering();
    const created = await saveQuote({ db, input: scenarioInput(), actor, numbering: n });
    if (!created.ok) throw new Error('not saved');
    const formInput = toQuoteInput(created.doc); // the form was opened here
    await (await db.quotes.findOne(created.doc.id).exec())!.incrementalPatch({ number: 'Q-1405-000042' }); // sync delivered the final number
    const edited = await saveQuote({ db, input: { ...formInput, status: 'sent', title: 'تجهیز دفتر مرکزی (ویرایش)' }, id: created.doc.id, actor, numbering: n });
    if (!edited.ok) throw new Error(JSON.stringify(edited.errors));
    expect(edited.doc).toMatchObject({ number: 'Q-1405-000042', provisionalNumber: 'P-23456789-1', status: 'sent' });
    // Editing never takes a new provisional number.
    const next = await saveQuote({ db, input: scenarioInput(), actor, numbering: n });
    expect(next.ok && next.doc.provisionalNumber).toBe('P-23456789-2');
  });

  it('refuses to save over a quote that is gone', async () => {
    db = await openTestDatabase();
    expect(await saveQuote({ db, input: scenarioInput(), id: 'missing', actor, numbering: numbering() })).toEqual({ ok: false, errors: { _: 'validation:recordGone' } });
  });
});
