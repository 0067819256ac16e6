import { describe, expect, it } from 'vitest';
import { baseChangeImpact, enabledSet, planCurrencySave, type CurrencyRow } from '../../../renderer/src/features/sales-settings/currency-plan';
import { exchangeRateKey } from '../../../renderer/src/features/sales-settings/rate-rules';

const rows = (...list: [string, boolean][]): CurrencyRow[] => list.map(([code, enabled]) => ({ key: code, data: { code, enabled } }));

describe('enabled currencies', () => {
  it('are the defaults until saved, always with the base', () => {
    expect([...enabledSet([], 'IRR')].sort()).toEqual(['AED', 'EUR', 'IRR', 'USD']);
    expect([...enabledSet([], 'GBP')].sort()).toEqual(['AED', 'EUR', 'GBP', 'IRR', 'USD']);
    expect([...enabledSet(rows(['IRR', true], ['USD', true], ['EUR', false]), 'IRR')].sort()).toEqual(['IRR', 'USD']);
  });

  it('writes every enabled currency on the first save (a code without a row then counts as disabled)', () => {
    const writes = planCurrencySave([], new Set(['USD', 'TRY']), 'IRR');
    expect(writes).toEqual([
      { code: 'IRR', enabled: true },
      { code: 'USD', enabled: true },
      { code: 'TRY', enabled: true },
    ]);
    expect([...enabledSet(rows(...writes.map((w) => [w.code, w.enabled] as [string, boolean])), 'IRR')].sort()).toEqual(['IRR', 'TRY', 'USD']);
  });

  it('afterwards writes only what changes, and never disables the base', () => {
    const saved = rows(['IRR', true], ['USD', true], ['EUR', true]);
    expect(planCurrencySave(saved, new Set(['IRR', 'USD', 'EUR']), 'IRR')).toEqual([]);
    expect(planCurrencySave(saved, new Set(['USD', 'GBP']), 'IRR')).toEqual([
      { code: 'EUR', enabled: false },
      { code: 'GBP', enabled: true },
    ]);
    expect(planCurrencySave(saved, new Set(['USD']), 'AED')).toEqual([
      { code: 'IRR', enabled: false },
      { code: 'EUR', enabled: false },
      { code: 'AED', enabled: true },
    ]);
  });
});

describe('baseChangeImpact', () => {
  const rate = (currency: string, rateText: string, baseCurrency = 'IRR') => ({ currency, baseCurrency, rate: rateText, effectiveDate: '2026-12-01' });

  it('asks only when rates or deals exist', () => {
    expect(baseChangeImpact({ from: 'IRR', to: 'USD', rates: [], hasDeals: false, today: '2026-12-02' }).needsConfirmation).toBe(false);
    expect(baseChangeImpact({ from: 'IRR', to: 'USD', rates: [], hasDeals: true, today: '2026-12-02' }).needsConfirmation).toBe(true);
    expect(baseChangeImpact({ from: 'IRR', to: 'IRR', rates: [rate('USD', '1')], hasDeals: true, today: '2026-12-02' }).needsConfirmation).toBe(false);
  });

  it('counts the rates that stay as history and whether the old base still converts to the new', () => {
    const rates = [rate('USD', '1050000'), rate('EUR', '1150000')];
    expect(baseChangeImpact({ from: 'IRR', to: 'USD', rates, hasDeals: false, today: '2026-12-02' })).toEqual({
      from: 'IRR', to: 'USD', ratesAgainstOld: 2, linked: true, hasDeals: false, needsConfirmation: true,
    });
    // No rate links rials and pounds: amounts in rials would not convert until one is entered.
    expect(baseChangeImpact({ from: 'IRR', to: 'GBP', rates, hasDeals: false, today: '2026-12-02' }).linked).toBe(false);
    expect(exchangeRateKey(rates[0]!)).not.toBe(exchangeRateKey({ ...rates[0]!, baseCurrency: 'USD' }));
  });
});
