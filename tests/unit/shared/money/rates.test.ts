import { describe, expect, it } from 'vitest';
import {
  convert,
  convertWithRate,
  findRate,
  lockRate,
  money,
  MoneyError,
  rational,
  type ExchangeRate,
} from '../../../../shared/money';

const row = (currency: string, baseCurrency: string, rate: string, effectiveDate: string): ExchangeRate => ({
  currency,
  baseCurrency,
  rate,
  effectiveDate,
});

// Deliberately out of date order: lookups must not depend on it.
const RATES: ExchangeRate[] = [
  row('USD', 'IRR', '1050000.5', '2025-03-01'),
  row('EUR', 'IRR', '1150000', '2025-02-01'),
  row('USD', 'IRR', '1000000', '2025-01-01'),
  row('KWD', 'USD', '3.25', '2025-01-01'),
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

describe('findRate', () => {
  it('takes the latest rate dated on or before the day', () => {
    expect(findRate(RATES, 'USD', 'IRR', '2025-02-28')).toEqual({
      from: 'USD', to: 'IRR', rate: rational(1000000n), effectiveDate: '2025-01-01',
    });
    expect(findRate(RATES, 'USD', 'IRR', '2025-03-01')?.rate).toEqual(rational(2100001n, 2n));
    expect(findRate(RATES, 'USD', 'IRR', '2030-01-01')?.effectiveDate).toBe('2025-03-01');
  });

  it('returns null before the first rate', () => {
    expect(findRate(RATES, 'USD', 'IRR', '2024-12-31')).toBeNull();
    expect(findRate([], 'USD', 'IRR', '2025-01-01')).toBeNull();
    expect(findRate(RATES, 'GBP', 'IRR', '2025-06-01')).toBeNull();
  });

  it('inverts a rate quoted the other way round', () => {
    expect(findRate(RATES, 'IRR', 'USD', '2025-03-05')).toEqual({
      from: 'IRR', to: 'USD', rate: rational(2n, 2100001n), effectiveDate: '2025-03-01',
    });
  });

  it('crosses through a shared base currency, dated by the older leg', () => {
    expect(findRate(RATES, 'EUR', 'USD', '2025-03-05')).toEqual({
      from: 'EUR', to: 'USD', rate: rational(2300000n, 2100001n), effectiveDate: '2025-02-01', via: 'IRR',
    });
    expect(findRate(RATES, 'EUR', 'USD', '2025-01-15')).toBeNull();
    // Two hops (KWD→USD→IRR) are fine because USD is the pivot.
    // 3.25 × 1,050,000.5 = 27,300,013 / 8.
    expect(findRate(RATES, 'KWD', 'IRR', '2025-03-05')).toMatchObject({ rate: rational(27_300_013n, 8n), via: 'USD' });
  });

  it('prefers a direct or inverse quote over a cross rate', () => {
    const rates = [...RATES, row('EUR', 'USD', '1.08', '2024-06-01')];
    expect(findRate(rates, 'EUR', 'USD', '2025-03-05')).toEqual({
      from: 'EUR', to: 'USD', rate: rational(108n, 100n), effectiveDate: '2024-06-01',
    });
  });

  it('picks the cross pivot with the freshest legs, then alphabetically', () => {
    const rates = [
      row('GBP', 'IRR', '1300000', '2025-01-01'),
      row('TRY', 'IRR', '30000', '2025-01-01'),
      row('GBP', 'AED', '4.6', '2025-02-01'),
      row('TRY', 'AED', '0.1', '2025-02-01'),
    ];
    expect(findRate(rates, 'GBP', 'TRY', '2025-03-01')).toMatchObject({ via: 'AED', rate: rational(46n), effectiveDate: '2025-02-01' });
    expect(findRate(rates, 'GBP', 'TRY', '2025-01-15')).toMatchObject({ via: 'IRR', rate: rational(130n, 3n) });
    const sameDay = rates.map((r) => ({ ...r, effectiveDate: '2025-01-01' }));
    expect(findRate(sameDay, 'GBP', 'TRY', '2025-03-01')?.via).toBe('AED');
  });

  it('on the same date, lets a later row correct an earlier one and a direct row beat an inverse', () => {
    const corrected = [row('USD', 'IRR', '1000000', '2025-01-01'), row('USD', 'IRR', '1010000', '2025-01-01')];
    expect(findRate(corrected, 'USD', 'IRR', '2025-01-01')?.rate).toEqual(rational(1010000n));
    const both = [row('USD', 'IRR', '1000000', '2025-01-01'), row('IRR', 'USD', '0.000001', '2025-01-01')];
    expect(findRate(both, 'USD', 'IRR', '2025-01-01')?.rate).toEqual(rational(1000000n));
    expect(findRate(both, 'IRR', 'USD', '2025-01-01')?.rate).toEqual(rational(1n, 1000000n));
    const newerInverse = [row('USD', 'IRR', '1000000', '2025-01-01'), row('IRR', 'USD', '0.000002', '2025-01-02')];
    expect(findRate(newerInverse, 'USD', 'IRR', '2025-01-02')?.rate).toEqual(rational(500000n));
  });

  it('gives 1 for the same currency', () => {
    expect(findRate([], 'IRR', 'IRR', '2025-01-01')).toEqual({ from: 'IRR', to: 'IRR', rate: rational(1n), effectiveDate: '2025-01-01' });
  });

  it('rejects bad rows it has to use and a bad date', () => {
    expect(errorCode(() => findRate([row('USD', 'IRR', '0', '2025-01-01')], 'USD', 'IRR', '2025-02-01'))).toBe('invalidRate');
    expect(errorCode(() => findRate([row('USD', 'IRR', '-5', '2025-01-01')], 'USD', 'IRR', '2025-02-01'))).toBe('invalidRate');
    expect(errorCode(() => findRate([row('USD', 'IRR', 'abc', '2025-01-01')], 'USD', 'IRR', '2025-02-01'))).toBe('invalidRate');
    expect(errorCode(() => findRate([row('USD', 'IRR', '5', '2025/01/01')], 'USD', 'IRR', '2025-02-01'))).toBe('invalidRate');
    expect(errorCode(() => findRate(RATES, 'USD', 'IRR', '1403/12/30'))).toBe('invalidArgument');
    // A broken row for an unrelated pair does not block a lookup.
    expect(findRate([...RATES, row('GBP', 'CNY', 'x', '2025-01-01')], 'USD', 'IRR', '2025-02-01')).not.toBeNull();
  });
});

describe('convert', () => {
  it('converts 1.50 USD at 1050000.5 to an exact, rounded number of rials', () => {
    // 150 cents × 1,050,000.5 / 100 = 1,575,000.75 rials → 1,575,001 (half up; not a tie).
    expect(convert(money(150, 'USD'), 'IRR', RATES, '2025-03-01')).toEqual(money(1_575_001, 'IRR'));
    expect(convert(money(150, 'USD'), 'IRR', RATES, '2025-03-01', 'halfEven')).toEqual(money(1_575_001, 'IRR'));
  });

  it('rounds ties by the chosen mode', () => {
    // 1 USD = 1,050,000.5 rials exactly: a tie.
    expect(convert(money(100, 'USD'), 'IRR', RATES, '2025-03-01')).toEqual(money(1_050_001, 'IRR'));
    expect(convert(money(100, 'USD'), 'IRR', RATES, '2025-03-01', 'halfEven')).toEqual(money(1_050_000, 'IRR'));
    expect(convert(money(-100, 'USD'), 'IRR', RATES, '2025-03-01')).toEqual(money(-1_050_001, 'IRR'));
  });

  it('converts back through the inverse rate and scales minor digits', () => {
    expect(convert(money(1_050_000_500, 'IRR'), 'USD', RATES, '2025-03-01')).toEqual(money(100_000, 'USD'));
    expect(convert(money(1000, 'KWD'), 'USD', RATES, '2025-03-01')).toEqual(money(325, 'USD'));
    expect(convert(money(325, 'USD'), 'KWD', RATES, '2025-03-01')).toEqual(money(1000, 'KWD'));
    expect(convert(money(100, 'EUR'), 'USD', RATES, '2025-03-01')).toEqual(money(110, 'USD'));
    expect(convert(money(42, 'USD'), 'USD', [], '2025-03-01')).toEqual(money(42, 'USD'));
  });

  it('handles IRR totals whose intermediate products pass 2^53', () => {
    // 9e15 rials × 100 × 2 = 1.8e18 before dividing by 2,100,001.
    expect(convert(money(9_000_000_000_000_000, 'IRR'), 'USD', RATES, '2025-03-01')).toEqual(money(857_142_448_980, 'USD'));
  });

  it('refuses a result beyond the safe integer range instead of losing rials', () => {
    expect(errorCode(() => convert(money(10_000_000_000_000, 'USD'), 'IRR', RATES, '2025-03-01'))).toBe('overflow');
  });

  it('throws noRate when no rate covers the date', () => {
    expect(errorCode(() => convert(money(100, 'USD'), 'IRR', RATES, '2024-01-01'))).toBe('noRate');
    expect(errorCode(() => convert(money(100, 'GBP'), 'IRR', RATES, '2025-03-01'))).toBe('noRate');
  });
});

describe('convertWithRate and locked rates', () => {
  it('converts at a decimal string or a rational', () => {
    expect(convertWithRate(money(150, 'USD'), 'IRR', '1050000.5')).toEqual(money(1_575_001, 'IRR'));
    expect(convertWithRate(money(150, 'USD'), 'IRR', '۱٬۰۵۰٬۰۰۰٫۵')).toEqual(money(1_575_001, 'IRR'));
    expect(convertWithRate(money(3_000_000, 'IRR'), 'USD', rational(1n, 1_000_000n))).toEqual(money(300, 'USD'));
  });

  it('keeps a won deal at the rate it locked, whatever happens to the table later', () => {
    const found = findRate(RATES, 'USD', 'IRR', '2025-02-10');
    if (!found) throw new Error('expected a rate');
    const locked = JSON.parse(JSON.stringify(lockRate(found))) as ReturnType<typeof lockRate>;
    expect(locked).toEqual({ from: 'USD', to: 'IRR', numerator: '1000000', denominator: '1', effectiveDate: '2025-01-01' });
    const later = [...RATES, row('USD', 'IRR', '2000000', '2025-02-10')];
    expect(convert(money(100, 'USD'), 'IRR', later, '2025-02-10')).toEqual(money(2_000_000, 'IRR'));
    expect(convertWithRate(money(100, 'USD'), 'IRR', locked)).toEqual(money(1_000_000, 'IRR'));
  });

  it('locks cross rates exactly', () => {
    const found = findRate(RATES, 'EUR', 'USD', '2025-03-05');
    if (!found) throw new Error('expected a rate');
    const locked = lockRate(found);
    expect(locked).toMatchObject({ numerator: '2300000', denominator: '2100001' });
    expect(convertWithRate(money(2_100_001, 'EUR'), 'USD', locked)).toEqual(money(2_300_000, 'USD'));
  });

  it('refuses a locked rate for other currencies and bad rates', () => {
    const locked = { from: 'USD', to: 'IRR', numerator: '1000000', denominator: '1', effectiveDate: '2025-01-01' };
    expect(errorCode(() => convertWithRate(money(100, 'EUR'), 'IRR', locked))).toBe('currencyMismatch');
    expect(errorCode(() => convertWithRate(money(100, 'USD'), 'AED', locked))).toBe('currencyMismatch');
    expect(errorCode(() => convertWithRate(money(100, 'USD'), 'IRR', { ...locked, numerator: '1e6' }))).toBe('invalidRate');
    expect(errorCode(() => convertWithRate(money(100, 'USD'), 'IRR', { ...locked, denominator: '0' }))).toBe('invalidRate');
    expect(errorCode(() => convertWithRate(money(100, 'USD'), 'IRR', '0'))).toBe('invalidRate');
    expect(errorCode(() => convertWithRate(money(100, 'USD'), 'IRR', '-3'))).toBe('invalidRate');
    expect(errorCode(() => convertWithRate(money(100, 'USD'), 'IRR', 'abc'))).toBe('invalidRate');
    expect(errorCode(() => convertWithRate(money(100, 'USD'), 'XYZ', '1'))).toBe('unknownCurrency');
  });
});
