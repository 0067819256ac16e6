import { describe, expect, it } from 'vitest';
import { findRate, type ExchangeRate } from '../../../shared/money';
import { pipelineTotals } from '../../../shared/sales';
import {
  baseEquivalent, boardSummary, buildColumns, ORPHAN_COLUMN_ID, rateLookup, ratesInForce,
} from '../../../renderer/src/features/opportunities/board-model';
import { deal, eur, irr, RATES, STAGES, usd } from './fixtures';

describe('buildColumns', () => {
  it('gives each active stage a column, in stage order, keeping the deals in index order', () => {
    const a = deal({ stageId: 'proposal' });
    const b = deal({ stageId: 'prospecting' });
    const c = deal({ stageId: 'proposal' });
    const columns = buildColumns(STAGES, [a, b, c]);
    expect(columns.map((col) => col.id)).toEqual(['prospecting', 'needsAnalysis', 'proposal', 'negotiation', 'closing']);
    expect(columns.find((col) => col.id === 'proposal')!.deals).toEqual([a, c]);
    expect(columns.every((col) => col.droppable)).toBe(true);
  });

  it('leaves closed deals off the board', () => {
    const columns = buildColumns(STAGES, [deal({ status: 'won' }), deal({ status: 'lost' }), deal()]);
    expect(columns.flatMap((col) => col.deals)).toHaveLength(1);
  });

  it('never hides an open deal: inactive stages with deals keep a column, deleted stages gather in "no stage"', () => {
    const stages = STAGES.map((s) => (s.id === 'needsAnalysis' || s.id === 'negotiation' ? { ...s, active: false } : s));
    const inInactive = deal({ stageId: 'needsAnalysis' });
    const orphan = deal({ stageId: 'gone-stage' });
    const columns = buildColumns(stages, [inInactive, orphan]);
    expect(columns.map((col) => col.id)).toEqual(['prospecting', 'needsAnalysis', 'proposal', 'closing', ORPHAN_COLUMN_ID]);
    expect(columns.find((col) => col.id === 'needsAnalysis')).toMatchObject({ droppable: false, deals: [inInactive] });
    expect(columns.at(-1)).toMatchObject({ stage: null, droppable: false, deals: [orphan] });
  });

  it('shows a deal whose move is being written in its new column, at the top', () => {
    const first = deal({ stageId: 'proposal' });
    const moving = deal({ stageId: 'prospecting' });
    const columns = buildColumns(STAGES, [first, moving], new Map([[moving.id, 'proposal']]));
    expect(columns[0]!.deals).toEqual([]);
    expect(columns[2]!.deals.map((d) => d.id)).toEqual([moving.id, first.id]);
    expect(columns[2]!.deals[0]!.stageId).toBe('proposal');
  });
});

describe('rates for the board', () => {
  it('ratesInForce answers every lookup exactly as the whole history does', () => {
    const history: ExchangeRate[] = [
      ...RATES,
      { currency: 'USD', baseCurrency: 'IRR', rate: '990000', effectiveDate: '2025-06-01' },
      { currency: 'EUR', baseCurrency: 'IRR', rate: '1200000', effectiveDate: '2026-03-01' },
      { currency: 'EUR', baseCurrency: 'IRR', rate: '1210000', effectiveDate: '2026-03-01' }, // same-day correction
      { currency: 'IRR', baseCurrency: 'AED', rate: '0.0000035', effectiveDate: '2026-05-01' }, // inverse row
      { currency: 'AED', baseCurrency: 'IRR', rate: '290000', effectiveDate: '2026-05-01' },
      { currency: 'USD', baseCurrency: 'IRR', rate: '1100000', effectiveDate: '2027-01-01' }, // future
    ];
    for (const onDate of ['2025-01-01', '2025-07-01', '2026-03-01', '2026-06-01', '2026-11-20', '2027-02-01']) {
      const reduced = ratesInForce(history, onDate);
      for (const [from, to] of [['USD', 'IRR'], ['EUR', 'IRR'], ['AED', 'IRR'], ['IRR', 'AED'], ['EUR', 'USD'], ['IRR', 'USD']] as const) {
        expect(findRate(reduced, from, to, onDate), `${from}→${to} on ${onDate}`).toEqual(findRate(history, from, to, onDate));
      }
    }
    expect(ratesInForce(history, '2026-11-20').length).toBeLessThan(history.length);
  });

  it('converts to the base currency, or gives null (not zero) when no rate covers the currency', () => {
    const rateFor = rateLookup(RATES, 'IRR', '2026-11-20');
    expect(baseEquivalent(usd(1_000_00), 'IRR', rateFor)).toEqual(irr(1_050_000_000)); // 1,000 USD at 1,050,000
    expect(baseEquivalent(irr(7), 'IRR', rateFor)).toEqual(irr(7));
    expect(baseEquivalent(eur(5_00), 'IRR', rateFor)).toBeNull();
  });
});

describe('boardSummary', () => {
  const options = { baseCurrency: 'IRR', rates: RATES, onDate: '2026-11-20' };

  it('agrees with shared pipelineTotals for every column, owner and the whole board', () => {
    const deals = [
      deal({ stageId: 'prospecting', ownerId: 'sara', amount: irr(10_000_001), probability: 10 }),
      deal({ stageId: 'proposal', ownerId: 'reza', amount: usd(12_345), probability: 50 }),
      deal({ stageId: 'proposal', ownerId: 'sara', amount: irr(3_000_000), probability: 55 }),
    ];
    const columns = buildColumns(STAGES, deals);
    const summary = boardSummary(columns, options);
    expect(summary.totals).toEqual(pipelineTotals(deals, options));
    expect(summary.byColumn.proposal).toEqual(summary.totals.byStage.proposal);
    expect(summary.byColumn.negotiation).toEqual({ count: 0, amount: irr(0), weighted: irr(0) });
    // 123.45 USD × 1,050,000 = 129,622,500 IRR, weighted 50 %.
    expect(summary.byColumn.proposal!.weighted).toEqual(irr(129_622_500 / 2 + 1_650_000));
    expect(summary.owners.map((o) => o.ownerId)).toEqual(['reza', 'sara']);
  });

  it('names deals without a rate per column and currency instead of counting them as zero', () => {
    const deals = [
      deal({ stageId: 'proposal', amount: eur(100_00), probability: 50 }),
      deal({ stageId: 'proposal', amount: eur(1_00), probability: 50 }),
      deal({ stageId: 'proposal', amount: irr(1_000), probability: 50 }),
      deal({ stageId: 'closing', amount: eur(1_00), probability: 90 }),
    ];
    const summary = boardSummary(buildColumns(STAGES, deals), options);
    expect(summary.missingByColumn.proposal).toEqual([{ currency: 'EUR', count: 2 }]);
    expect(summary.missingByColumn.closing).toEqual([{ currency: 'EUR', count: 1 }]);
    expect(summary.missingByColumn.prospecting).toEqual([]);
    expect(summary.totals.missingRates).toEqual([{ currency: 'EUR', count: 3 }]);
    // The column total holds only what could be converted.
    expect(summary.byColumn.proposal).toEqual({ count: 1, amount: irr(1_000), weighted: irr(500) });
  });

  it('totals deals of a deleted stage under the "no stage" column', () => {
    const summary = boardSummary(buildColumns(STAGES, [deal({ stageId: 'gone', amount: irr(2_000), probability: 50 })]), options);
    expect(summary.byColumn[ORPHAN_COLUMN_ID]).toEqual({ count: 1, amount: irr(2_000), weighted: irr(1_000) });
  });
});
