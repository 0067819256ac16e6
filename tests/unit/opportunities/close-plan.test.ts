import { describe, expect, it } from 'vitest';
import { instantToBusinessDate } from '../../../shared/dates';
import { opportunityInputSchema } from '../../../shared/entities';
import type { ExchangeRate } from '../../../shared/money';
import {
  closedAtFor, dealBaseValue, enteredRateText, planClose, planReopen, unitValue,
} from '../../../renderer/src/features/opportunities/close-plan';
import { eur, irr, opportunityInput, RATES, STAGES, usd } from './fixtures';

const NOW = new Date('2026-11-25T09:00:00.000Z'); // 12:30 in Tehran, 4 Azar 1405
const base = { baseCurrency: 'IRR', rates: RATES, now: NOW };
const open = { status: 'open' as const, amount: usd(1_000_00) };

describe('planClose', () => {
  it('a win locks the rate in force on the close date, from the deal currency to the base', () => {
    const plan = planClose(open, { ...base, outcome: 'won', reason: 'بهترین پیشنهاد', closeDate: '2026-11-25' });
    expect(plan).toEqual({
      ok: true,
      rateToSave: null,
      patch: {
        status: 'won', closeReason: 'بهترین پیشنهاد', closedAt: NOW.toISOString(), probability: 100,
        lockedRate: { from: 'USD', to: 'IRR', numerator: '1050000', denominator: '1', effectiveDate: '2026-11-01' },
      },
    });
  });

  it('the close date picks the rate: an earlier day locks the older rate', () => {
    const plan = planClose(open, { ...base, outcome: 'won', reason: 'x', closeDate: '2026-10-15' });
    expect(plan.ok && plan.patch.lockedRate).toMatchObject({ numerator: '1000000', effectiveDate: '2026-01-01' });
    expect(plan.ok && instantToBusinessDate(plan.patch.closedAt)).toBe('2026-10-15');
  });

  it('without a rate it refuses, and never locks a rate nobody gave', () => {
    expect(planClose({ status: 'open', amount: eur(5_00) }, { ...base, outcome: 'won', reason: 'x', closeDate: '2026-11-25' }))
      .toEqual({ ok: false, error: 'noRate' });
    expect(planClose(open, { ...base, rates: [], outcome: 'won', reason: 'x', closeDate: '2026-11-25' })).toEqual({ ok: false, error: 'noRate' });
  });

  it('locks a rate the user typed (value of one unit in the base currency) and offers it to the rate table', () => {
    const plan = planClose({ status: 'open', amount: eur(5_00) }, {
      ...base, outcome: 'won', reason: 'x', closeDate: '2026-11-25', enteredRate: irr(1_234_567),
    });
    expect(plan).toMatchObject({
      ok: true,
      patch: { lockedRate: { from: 'EUR', to: 'IRR', numerator: '1234567', denominator: '1', effectiveDate: '2026-11-25' } },
      rateToSave: { currency: 'EUR', baseCurrency: 'IRR', rate: '1234567', effectiveDate: '2026-11-25' },
    });
    expect(planClose({ status: 'open', amount: eur(5_00) }, { ...base, outcome: 'won', reason: 'x', closeDate: '2026-11-25', enteredRate: irr(0) }))
      .toEqual({ ok: false, error: 'invalidRate' });
  });

  it('reads a typed rate in a base currency with cents exactly', () => {
    expect(enteredRateText({ amountMinor: 108, currency: 'USD' }, 'USD')).toBe('1.08');
    expect(enteredRateText(irr(5), 'USD')).toBeNull();
  });

  it('a base-currency deal has nothing to lock; a loss locks nothing and zeroes the probability', () => {
    expect(planClose({ status: 'open', amount: irr(9) }, { ...base, outcome: 'won', reason: 'x', closeDate: '2026-11-25' }))
      .toMatchObject({ ok: true, patch: { lockedRate: null, probability: 100 } });
    expect(planClose(open, { ...base, rates: [], outcome: 'lost', reason: 'قیمت بالا', closeDate: '2026-11-25' }))
      .toMatchObject({ ok: true, patch: { status: 'lost', lockedRate: null, probability: 0, closeReason: 'قیمت بالا' }, rateToSave: null });
  });

  it('asks for a reason, a real date, not in the future, and an open deal', () => {
    expect(planClose(open, { ...base, outcome: 'lost', reason: '  ', closeDate: '2026-11-25' })).toEqual({ ok: false, error: 'reasonRequired' });
    expect(planClose(open, { ...base, outcome: 'lost', reason: 'x', closeDate: '' })).toEqual({ ok: false, error: 'badDate' });
    expect(planClose(open, { ...base, outcome: 'lost', reason: 'x', closeDate: '2026-11-26' })).toEqual({ ok: false, error: 'futureDate' });
    expect(planClose({ ...open, status: 'won' }, { ...base, outcome: 'lost', reason: 'x', closeDate: '2026-11-25' })).toEqual({ ok: false, error: 'alreadyClosed' });
  });

  it('produces a document the shared schema accepts', () => {
    const plan = planClose(open, { ...base, outcome: 'won', reason: 'x', closeDate: '2026-11-25' });
    if (!plan.ok) throw new Error('expected a plan');
    expect(opportunityInputSchema.safeParse(opportunityInput({ amount: usd(1_000_00), ...plan.patch })).success).toBe(true);
  });
});

describe('closedAtFor', () => {
  it('is now for today and noon in Tehran for another day', () => {
    expect(closedAtFor('2026-11-25', NOW)).toBe(NOW.toISOString());
    expect(closedAtFor('2026-11-01', NOW)).toBe('2026-11-01T08:30:00.000Z');
    expect(instantToBusinessDate(closedAtFor('2026-11-01', NOW))).toBe('2026-11-01');
  });
});

describe('dealBaseValue', () => {
  const later: ExchangeRate[] = [...RATES, { currency: 'USD', baseCurrency: 'IRR', rate: '2000000', effectiveDate: '2026-11-24' }];

  it('a won deal keeps its locked value when the rate table changes later', () => {
    const plan = planClose(open, { ...base, outcome: 'won', reason: 'x', closeDate: '2026-11-20' });
    if (!plan.ok) throw new Error('expected a plan');
    const won = { ...open, ...plan.patch };
    const before = dealBaseValue(won, 'IRR', RATES, '2026-11-25');
    const after = dealBaseValue(won, 'IRR', later, '2026-12-01');
    expect(before).toMatchObject({ kind: 'locked', value: irr(1_050_000_000) });
    expect(after).toEqual(before);
  });

  it('an open deal follows today\'s rate; without one it says so', () => {
    expect(dealBaseValue({ ...open, lockedRate: null, closedAt: null }, 'IRR', later, '2026-11-25')).toMatchObject({ kind: 'rate', value: irr(2_000_000_000), onDate: '2026-11-25' });
    expect(dealBaseValue({ status: 'open', amount: eur(1), lockedRate: null, closedAt: null }, 'IRR', later, '2026-11-25')).toEqual({ kind: 'noRate', onDate: '2026-11-25' });
    expect(dealBaseValue({ status: 'open', amount: irr(5), lockedRate: null, closedAt: null }, 'IRR', [], '2026-11-25')).toEqual({ kind: 'same', value: irr(5) });
  });

  it('a won deal without a lock (made elsewhere) is valued at its close date, not today', () => {
    const won = { status: 'won' as const, amount: usd(1_00), lockedRate: null, closedAt: '2026-10-10T08:30:00.000Z' };
    expect(dealBaseValue(won, 'IRR', later, '2026-12-01')).toMatchObject({ kind: 'rate', value: irr(1_000_000), onDate: '2026-10-10' });
  });

  it('unitValue gives what one unit is worth, for the rate line', () => {
    expect(unitValue('USD', 'IRR', { from: 'USD', to: 'IRR', numerator: '1050000', denominator: '1', effectiveDate: '2026-11-01' })).toEqual(irr(1_050_000));
  });
});

describe('planReopen', () => {
  it('clears the outcome and the lock and puts back the stage default probability', () => {
    expect(planReopen({ stageId: 'negotiation', probability: 100 }, STAGES)).toEqual({
      status: 'open', closeReason: '', closedAt: null, lockedRate: null, probability: 75,
    });
    expect(planReopen({ stageId: 'gone', probability: 100 }, STAGES).probability).toBe(100);
  });
});
