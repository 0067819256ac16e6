import { describe, expect, it } from 'vitest';
import { CURRENCIES, currencyInfo, currencyMinorDigits, isKnownCurrency, MoneyError } from '../../../../shared/money';

describe('currency table', () => {
  it('has the currencies the team relies on, with CLDR minor digits', () => {
    const expected: Record<string, number> = {
      IRR: 0, USD: 2, EUR: 2, AED: 2, TRY: 2, GBP: 2, CNY: 2, IQD: 0, AFN: 0, RUB: 2, JPY: 0, KWD: 3,
    };
    for (const [code, digits] of Object.entries(expected)) expect(currencyMinorDigits(code)).toBe(digits);
  });

  it('agrees with Intl (CLDR) on fraction digits for every row', () => {
    for (const info of Object.values(CURRENCIES)) {
      const intl = new Intl.NumberFormat('en', { style: 'currency', currency: info.code }).resolvedOptions();
      expect(intl.maximumFractionDigits, info.code).toBe(info.minorDigits);
      expect(info.code).toMatch(/^[A-Z]{3}$/);
      expect(info.nameFa.length).toBeGreaterThan(0);
    }
  });

  it('knows which codes it has', () => {
    expect(isKnownCurrency('IRR')).toBe(true);
    expect(isKnownCurrency('irr')).toBe(false);
    expect(isKnownCurrency('TOMAN')).toBe(false);
    expect(isKnownCurrency('toString')).toBe(false);
  });

  it('throws unknownCurrency for codes it lacks', () => {
    expect(() => currencyMinorDigits('IRT')).toThrow(MoneyError);
    try {
      currencyInfo('XYZ');
    } catch (error) {
      expect((error as MoneyError).code).toBe('unknownCurrency');
    }
    expect.assertions(2);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(CURRENCIES)).toBe(true);
    expect(Object.isFrozen(CURRENCIES.IRR)).toBe(true);
  });
});
