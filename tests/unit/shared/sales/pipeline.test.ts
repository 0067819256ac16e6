import { describe, expect, it } from 'vitest';
import { findRate, lockRate, money, MoneyError, type ExchangeRate, type Money } from '../../../../shared/money';
import { pipelineTotals, weightedAmount, type PipelineOpportunity } from '../../../../shared/sales';

const irr = (rials: number) => money(rials, 'IRR');
const usd = (cents: number) => money(cents, 'USD');

const deal = (fields: Partial<PipelineOpportunity> & { amount: Money }): PipelineOpportunity => ({
  stageId: 'qualify',
  ownerId: 'sara',
  probability: 50,
  status: 'open',
  ...fields,
});

// Deliberately out of date order: lookups must not depend on it.
const RATES: ExchangeRate[] = [
  { currency: 'USD', baseCurrency: 'IRR', rate: '600000', effectiveDate: '2025-06-01' },
  { currency: 'USD', baseCurrency: 'IRR', rate: '500000', effectiveDate: '2025-01-01' },
  { currency: 'USD', baseCurrency: 'IRR', rate: '700000', effectiveDate: '2026-01-01' },
];

function errorCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof MoneyError) return error.code;
    throw error;
  }
  return undefined;
}

describe('weightedAmount', () => {
  it('weights by the probability, rounding half up', () => {
    expect(weightedAmount(irr(1_000_005), 50)).toEqual(irr(500_003)); // 500,002.5 → 500,003
    expect(weightedAmount(usd(333), 33)).toEqual(usd(110)); // 109.89 → 110
    expect(weightedAmount(usd(333), 0)).toEqual(usd(0));
    expect(weightedAmount(usd(333), 100)).toEqual(usd(333));
  });

  it('refuses a probability that is not an integer 0..100', () => {
    for (const bad of [-1, 101, 12.5, Number.NaN]) expect(errorCode(() => weightedAmount(usd(1), bad))).toBe('invalidArgument');
  });
});

describe('pipelineTotals', () => {
  const options = { baseCurrency: 'IRR', rates: RATES, onDate: '2025-03-15' };

  it('sums amounts and weighted amounts by stage, by owner and overall, leaving lost deals out', () => {
    const totals = pipelineTotals(
      [
        deal({ stageId: 'qualify', ownerId: 'sara', amount: irr(10_000_000), probability: 20 }),
        deal({ stageId: 'qualify', ownerId: 'reza', amount: irr(3_000_001), probability: 50 }),
        deal({ stageId: 'propose', ownerId: 'sara', amount: irr(8_000_000), probability: 75 }),
        deal({ stageId: 'propose', ownerId: 'reza', amount: irr(99_000_000), probability: 75, status: 'lost' }),
      ],
      options,
    );
    // weighted: 2,000,000; 1,500,000.5 → 1,500,001; 6,000,000
    expect(totals.byStage).toEqual({
      qualify: { count: 2, amount: irr(13_000_001), weighted: irr(3_500_001) },
      propose: { count: 1, amount: irr(8_000_000), weighted: irr(6_000_000) },
    });
    expect(totals.byOwner).toEqual({
      sara: { count: 2, amount: irr(18_000_000), weighted: irr(8_000_000) },
      reza: { count: 1, amount: irr(3_000_001), weighted: irr(1_500_001) },
    });
    expect(totals.total).toEqual({ count: 3, amount: irr(21_000_001), weighted: irr(9_500_001) });
    expect(totals.missingRates).toEqual([]);
  });

  it('counts a won deal at 100 % whatever probability it still carries', () => {
    const totals = pipelineTotals([deal({ amount: irr(1_000), probability: 40, status: 'won' })], options);
    expect(totals.total).toEqual({ count: 1, amount: irr(1_000), weighted: irr(1_000) });
  });

  it('converts open deals at the rate in force on onDate', () => {
    const deals = [deal({ amount: usd(12_345), probability: 10 })]; // $123.45
    const march = pipelineTotals(deals, options);
    // 123.45 × 500,000 = 61,725,000; 10 % = 6,172,500
    expect(march.total).toEqual({ count: 1, amount: irr(61_725_000), weighted: irr(6_172_500) });
    // The day the new rate starts, it applies: 123.45 × 600,000 = 74,070,000.
    expect(pipelineTotals(deals, { ...options, onDate: '2025-06-01' }).total.amount).toEqual(irr(74_070_000));
    expect(pipelineTotals(deals, { ...options, onDate: '2025-05-31' }).total.amount).toEqual(irr(61_725_000));
    expect(pipelineTotals(deals, { ...options, onDate: '2026-02-01' }).total.amount).toEqual(irr(86_415_000));
  });

  it('keeps a won deal at its locked rate after the rate table changes', () => {
    const found = findRate(RATES, 'USD', 'IRR', '2025-02-10');
    if (!found) throw new Error('fixture has a rate');
    const lockedRate = lockRate(found); // 500,000 IRR per USD
    const deals = [
      deal({ stageId: 'closed', amount: usd(100_00), status: 'won', lockedRate, closeDate: '2025-02-10' }),
      deal({ stageId: 'propose', amount: usd(100_00), probability: 50 }),
    ];
    const later = pipelineTotals(deals, { ...options, onDate: '2026-03-01' });
    expect(later.byStage.closed).toEqual({ count: 1, amount: irr(50_000_000), weighted: irr(50_000_000) });
    expect(later.byStage.propose).toEqual({ count: 1, amount: irr(70_000_000), weighted: irr(35_000_000) });
  });

  it('values a won deal without a lock at the rate on its close date', () => {
    const won = deal({ amount: usd(100_00), status: 'won', closeDate: '2025-07-01' });
    expect(pipelineTotals([won], { ...options, onDate: '2026-03-01' }).total.amount).toEqual(irr(60_000_000));
    // A lock for another pair does not apply to this report's base currency.
    const eurLock = { from: 'USD', to: 'EUR', numerator: '9', denominator: '10', effectiveDate: '2025-07-01' };
    expect(pipelineTotals([{ ...won, lockedRate: eurLock }], { ...options, onDate: '2026-03-01' }).total.amount).toEqual(irr(60_000_000));
    // No lock and no close date ('' or null lock as stored): the report day's rate.
    const bare = deal({ amount: usd(100_00), status: 'won', closeDate: '', lockedRate: null });
    expect(pipelineTotals([bare], { ...options, onDate: '2026-03-01' }).total.amount).toEqual(irr(70_000_000));
  });

  it('reports deals with no rate instead of counting them as zero', () => {
    const totals = pipelineTotals(
      [
        deal({ stageId: 'qualify', amount: money(5_000_00, 'EUR') }),
        deal({ stageId: 'qualify', amount: money(1_000_00, 'EUR'), status: 'won' }),
        deal({ stageId: 'qualify', amount: money(7_000, 'AED'), status: 'lost' }),
        deal({ stageId: 'qualify', amount: usd(100_00), closeDate: '2024-06-01' }),
        deal({ stageId: 'qualify', amount: money(1_00, 'GBP') }),
        deal({ stageId: 'qualify', amount: irr(1_000) }),
      ],
      { ...options, onDate: '2024-12-31' }, // before the first USD rate
    );
    expect(totals.missingRates).toEqual([
      { currency: 'EUR', count: 2 },
      { currency: 'GBP', count: 1 },
      { currency: 'USD', count: 1 },
    ]);
    expect(totals.byStage).toEqual({ qualify: { count: 1, amount: irr(1_000), weighted: irr(500) } });
    expect(totals.total).toEqual({ count: 1, amount: irr(1_000), weighted: irr(500) });
  });

  it('gives zero totals for an empty pipeline and refuses a malformed date', () => {
    expect(pipelineTotals([], options)).toEqual({
      byStage: {},
      byOwner: {},
      total: { count: 0, amount: irr(0), weighted: irr(0) },
      missingRates: [],
    });
    expect(errorCode(() => pipelineTotals([], { ...options, onDate: '2025/03/15' }))).toBe('invalidArgument');
    expect(errorCode(() => pipelineTotals([deal({ amount: irr(1), probability: 150 })], options))).toBe('invalidArgument');
  });

  it('keeps ids like "__proto__" as ordinary keys', () => {
    const totals = pipelineTotals([deal({ stageId: '__proto__', amount: irr(10) })], options);
    expect(Object.keys(totals.byStage)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(totals.byStage)).toBe(Object.prototype);
  });
});
