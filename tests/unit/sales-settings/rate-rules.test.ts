import { describe, expect, it } from 'vitest';
import {
  existingRate, exchangeRateKey, parseRateText, rateCounts, rateHistory, rialsToTomans, todaysRates, type RateRow,
} from '../../../renderer/src/features/sales-settings/rate-rules';
import { decimalToString } from '../../../shared/money';

const row = (currency: string, effectiveDate: string, rate: string, baseCurrency = 'IRR'): RateRow => {
  const data = { currency, baseCurrency, rate, effectiveDate };
  return { key: exchangeRateKey(data), data };
};

describe('parseRateText', () => {
  it.each([
    ['1050000', '1050000'],
    ['۱٬۰۵۰٬۰۰۰', '1050000'],
    ['١٬٠٥٠٬٠٠٠', '1050000'],
    ['1,050,000', '1050000'],
    [' 1 050 000 ', '1050000'],
    ['0.92', '0.92'],
    ['۰٫۹۲', '0.92'],
    ['1050000.00', '1050000'],
    ['1.50', '1.5'],
    ['0.000000952381', '0.000000952381'],
  ])('reads %j as %j', (text, rate) => {
    expect(parseRateText(text)).toEqual({ ok: true, rate });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'invalid'],
    ['1,05', 'invalid'],
    ['1/3', 'invalid'],
    ['0', 'notPositive'],
    ['0.000', 'notPositive'],
    ['-5', 'notPositive'],
    ['0.0000000000001', 'tooPrecise'],
    ['1234567890123456', 'tooLarge'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(parseRateText(text)).toEqual({ ok: false, reason });
  });

  it('gives what the shared schema stores', () => {
    const parsed = parseRateText('۹۹۹٬۹۹۹٬۹۹۹٬۹۹۹٬۹۹۹٫۱۲۳۴۵۶۷۸۹۰۱۲');
    expect(parsed).toEqual({ ok: true, rate: '999999999999999.123456789012' });
  });
});

describe('exchange-rate keys and history', () => {
  it('keys a rate by currency, base and date, so the same currency and date is a correction', () => {
    expect(exchangeRateKey({ currency: 'USD', baseCurrency: 'IRR', effectiveDate: '2026-12-02' })).toBe('USD/IRR@2026-12-02');
    const rows = [row('USD', '2026-12-02', '1050000')];
    expect(existingRate(rows, { currency: 'USD', baseCurrency: 'IRR', effectiveDate: '2026-12-02' })?.data.rate).toBe('1050000');
    expect(existingRate(rows, { currency: 'USD', baseCurrency: 'IRR', effectiveDate: '2026-12-03' })).toBeUndefined();
    // A rate against another base is another row.
    expect(existingRate(rows, { currency: 'USD', baseCurrency: 'EUR', effectiveDate: '2026-12-02' })).toBeUndefined();
  });

  it('lists one currency newest first, with rates kept against an earlier base', () => {
    const rows = [
      row('USD', '2026-11-01', '1000000'),
      row('EUR', '2026-12-01', '1150000'),
      row('USD', '2026-12-02', '1050000'),
      row('USD', '2026-11-15', '0.95', 'EUR'),
    ];
    expect(rateHistory(rows, 'USD').map((r) => r.data.effectiveDate)).toEqual(['2026-12-02', '2026-11-15', '2026-11-01']);
    expect(rateHistory(rows, 'USD', 'IRR').map((r) => r.data.effectiveDate)).toEqual(['2026-12-02', '2026-11-01']);
    expect(Object.fromEntries(rateCounts(rows))).toEqual({ USD: 3, EUR: 1 });
  });
});

describe("today's rates", () => {
  const rates = [
    row('USD', '2026-11-20', '1000000').data,
    row('USD', '2026-12-01', '1050000').data,
    row('USD', '2026-12-10', '1100000').data, // future: not in force yet
    row('EUR', '2026-12-02', '1150000').data,
  ];

  it('gives the latest rate on or before today per enabled currency, and null where there is none', () => {
    const today = todaysRates(rates, ['IRR', 'USD', 'EUR', 'AED'], 'IRR', '2026-12-02');
    expect(today.map((r) => r.currency)).toEqual(['USD', 'EUR', 'AED']);
    expect(today[0]!.found?.effectiveDate).toBe('2026-12-01');
    expect(decimalToString(today[0]!.decimal!)).toBe('1050000');
    expect(decimalToString(today[1]!.decimal!)).toBe('1150000');
    expect(today[2]).toEqual({ currency: 'AED', found: null, decimal: null });
  });

  it('shows an inverse or cross rate (after a base change) with six significant digits', () => {
    const [irr, eur] = todaysRates(rates, ['USD', 'IRR', 'EUR'], 'USD', '2026-12-02');
    expect(irr!.currency).toBe('IRR');
    expect(decimalToString(irr!.decimal!)).toBe('0.000000952381');
    expect(eur!.found?.via).toBe('IRR');
    expect(decimalToString(eur!.decimal!)).toBe('1.095238');
  });

  it('writes a rial rate in tomans exactly', () => {
    expect(decimalToString(rialsToTomans('1050000'))).toBe('105000');
    expect(decimalToString(rialsToTomans('1050005'))).toBe('105000.5');
  });
});
