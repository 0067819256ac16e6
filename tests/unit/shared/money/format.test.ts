import { describe, expect, it } from 'vitest';
import {
  currencyUnitLabel,
  displayDecimal,
  displayUnitFor,
  formatAmount,
  formatDecimalNumber,
  formatMoney,
  maxInputFractionDigits,
  money,
  MoneyError,
  moneyToDecimalString,
} from '../../../../shared/money';

const NB = '\u00A0';
const faPersian = { language: 'fa', digits: 'persian' } as const;
const faLatin = { language: 'fa', digits: 'latin' } as const;
const enLatin = { language: 'en', digits: 'latin' } as const;
const enPersian = { language: 'en', digits: 'persian' } as const;

describe('formatMoney — IRR in rial and toman', () => {
  const price = money(12_500_000, 'IRR');

  it('writes the number, then the unit, in Persian', () => {
    expect(formatMoney(price, { ...faPersian, irrUnit: 'rial' })).toBe(`۱۲٬۵۰۰٬۰۰۰${NB}ریال`);
    expect(formatMoney(price, { ...faPersian, irrUnit: 'toman' })).toBe(`۱٬۲۵۰٬۰۰۰${NB}تومان`);
  });

  it('uses the ISO code for rials and "Toman" in English', () => {
    expect(formatMoney(price, { ...enLatin, irrUnit: 'rial' })).toBe(`12,500,000${NB}IRR`);
    expect(formatMoney(price, { ...enLatin, irrUnit: 'toman' })).toBe(`1,250,000${NB}Toman`);
  });

  it('keeps digits independent of language', () => {
    expect(formatMoney(price, { ...faLatin, irrUnit: 'toman' })).toBe(`1,250,000${NB}تومان`);
    expect(formatMoney(price, { ...enPersian, irrUnit: 'rial' })).toBe(`۱۲٬۵۰۰٬۰۰۰${NB}IRR`);
  });

  it('shows one toman decimal rather than rounding a rial amount not divisible by 10', () => {
    expect(formatMoney(money(1235, 'IRR'), { ...faPersian, irrUnit: 'toman' })).toBe(`۱۲۳٫۵${NB}تومان`);
    expect(formatMoney(money(1235, 'IRR'), { ...enLatin, irrUnit: 'toman' })).toBe(`123.5${NB}Toman`);
    expect(formatMoney(money(5, 'IRR'), { ...enLatin, irrUnit: 'toman' })).toBe(`0.5${NB}Toman`);
    expect(formatMoney(money(-5, 'IRR'), { ...enLatin, irrUnit: 'toman' })).toBe(`-0.5${NB}Toman`);
    expect(formatMoney(money(1230, 'IRR'), { ...enLatin, irrUnit: 'toman' })).toBe(`123${NB}Toman`);
  });

  it('shows zero plainly', () => {
    expect(formatMoney(money(0, 'IRR'), { ...faPersian, irrUnit: 'toman' })).toBe(`۰${NB}تومان`);
  });
});

describe('formatMoney — other currencies', () => {
  it('writes Persian names in fa and ISO codes in en, always with the minor digits', () => {
    const usd = money(125_050, 'USD');
    expect(formatMoney(usd, { ...faPersian, irrUnit: 'toman' })).toBe(`۱٬۲۵۰٫۵۰${NB}دلار`);
    expect(formatMoney(usd, { ...enLatin, irrUnit: 'toman' })).toBe(`1,250.50${NB}USD`);
    expect(formatMoney(money(100, 'EUR'), { ...faPersian, irrUnit: 'rial' })).toBe(`۱٫۰۰${NB}یورو`);
    expect(formatMoney(money(1_234_567, 'KWD'), { ...enLatin, irrUnit: 'rial' })).toBe(`1,234.567${NB}KWD`);
    expect(formatMoney(money(1500, 'JPY'), { ...faPersian, irrUnit: 'rial' })).toBe(`۱٬۵۰۰${NB}ین`);
    expect(formatMoney(money(7, 'USD'), { ...enLatin, irrUnit: 'rial' })).toBe(`0.07${NB}USD`);
  });

  it('keeps the minus sign right before the digits', () => {
    expect(formatMoney(money(-125_050, 'USD'), { ...faPersian, irrUnit: 'rial' })).toBe(`-۱٬۲۵۰٫۵۰${NB}دلار`);
    expect(formatMoney(money(-125_050, 'USD'), { ...enLatin, irrUnit: 'rial' })).toBe(`-1,250.50${NB}USD`);
    expect(formatMoney(money(-12_500_000, 'IRR'), { ...faPersian, irrUnit: 'toman' })).toBe(`-۱٬۲۵۰٬۰۰۰${NB}تومان`);
  });

  it('contains no bidi marks and no U+2212', () => {
    const text = formatMoney(money(-125_050, 'USD'), { ...faPersian, irrUnit: 'rial' });
    expect(text).not.toMatch(/[\u200E\u200F\u061C\u2212]/);
  });

  it('can leave the unit out', () => {
    expect(formatMoney(money(125_050, 'USD'), { ...enLatin, irrUnit: 'rial', showCurrency: false })).toBe('1,250.50');
  });

  it('throws for an unknown currency', () => {
    expect(() => formatMoney({ amountMinor: 1, currency: 'XYZ' }, { ...enLatin, irrUnit: 'rial' })).toThrow(MoneyError);
  });
});

describe('formatAmount', () => {
  it('gives the number in the display unit without a label', () => {
    expect(formatAmount(money(12_500_000, 'IRR'), { digits: 'persian', irrUnit: 'toman' })).toBe('۱٬۲۵۰٬۰۰۰');
    expect(formatAmount(money(12_500_000, 'IRR'), { digits: 'latin', irrUnit: 'rial' })).toBe('12,500,000');
    expect(formatAmount(money(125_050, 'USD'), { digits: 'persian', irrUnit: 'toman' })).toBe('۱٬۲۵۰٫۵۰');
  });

  it('formats amounts up to the largest safe integer exactly', () => {
    expect(formatAmount(money(Number.MAX_SAFE_INTEGER, 'IRR'), { digits: 'latin', irrUnit: 'rial' })).toBe('9,007,199,254,740,991');
    expect(formatAmount(money(Number.MAX_SAFE_INTEGER, 'IRR'), { digits: 'latin', irrUnit: 'toman' })).toBe('900,719,925,474,099.1');
  });
});

describe('formatDecimalNumber', () => {
  it('formats bigints, numbers, strings and decimals with grouping', () => {
    expect(formatDecimalNumber(1234567n, { digits: 'persian' })).toBe('۱٬۲۳۴٬۵۶۷');
    expect(formatDecimalNumber(12345678901234567890n, { digits: 'latin' })).toBe('12,345,678,901,234,567,890');
    expect(formatDecimalNumber(1050000.5, { digits: 'latin' })).toBe('1,050,000.5');
    expect(formatDecimalNumber('1050000.5', { digits: 'persian' })).toBe('۱٬۰۵۰٬۰۰۰٫۵');
    expect(formatDecimalNumber({ int: -5n, scale: 3 }, { digits: 'latin' })).toBe('-0.005');
    expect(formatDecimalNumber(999, { digits: 'latin' })).toBe('999');
    expect(formatDecimalNumber(-1000, { digits: 'latin' })).toBe('-1,000');
  });

  it('can drop grouping, pad and round fraction digits', () => {
    expect(formatDecimalNumber(1234567n, { digits: 'latin', grouping: false })).toBe('1234567');
    expect(formatDecimalNumber(12, { digits: 'latin', minFractionDigits: 2 })).toBe('12.00');
    expect(formatDecimalNumber('1.2345', { digits: 'latin', maxFractionDigits: 2 })).toBe('1.23');
    expect(formatDecimalNumber('1.235', { digits: 'latin', maxFractionDigits: 2 })).toBe('1.24');
    expect(formatDecimalNumber('-0.004', { digits: 'latin', maxFractionDigits: 2 })).toBe('0.00');
  });

  it('refuses text that is not a number', () => {
    expect(() => formatDecimalNumber('12abc', { digits: 'latin' })).toThrow(MoneyError);
  });
});

describe('display units', () => {
  it('treats toman as a display unit of IRR only', () => {
    expect(displayUnitFor('IRR', 'toman')).toEqual({ exponent: 1, fractionOnlyWhenNeeded: true, label: { fa: 'تومان', en: 'Toman' } });
    expect(displayUnitFor('IRR', 'rial')).toEqual({ exponent: 0, fractionOnlyWhenNeeded: false, label: { fa: 'ریال', en: 'IRR' } });
    expect(displayUnitFor('KWD', 'toman')).toEqual({ exponent: 3, fractionOnlyWhenNeeded: false, label: { fa: 'دینار کویت', en: 'KWD' } });
    expect(() => displayUnitFor('XYZ', 'rial')).toThrow(MoneyError);
  });

  it('labels units for inputs', () => {
    expect(currencyUnitLabel('IRR', 'fa', 'toman')).toBe('تومان');
    expect(currencyUnitLabel('IRR', 'fa', 'rial')).toBe('ریال');
    expect(currencyUnitLabel('IRR', 'en', 'rial')).toBe('IRR');
    expect(currencyUnitLabel('USD', 'fa', 'toman')).toBe('دلار');
    expect(currencyUnitLabel('AED', 'en', 'toman')).toBe('AED');
  });

  it('tells how many decimals an input may take', () => {
    expect(maxInputFractionDigits('IRR', 'rial')).toBe(0);
    expect(maxInputFractionDigits('IRR', 'toman')).toBe(1);
    expect(maxInputFractionDigits('USD', 'toman')).toBe(2);
    expect(maxInputFractionDigits('KWD', 'rial')).toBe(3);
  });

  it('gives the exact displayed value', () => {
    expect(displayDecimal(money(1235, 'IRR'), 'toman')).toEqual({ int: 1235n, scale: 1 });
    expect(displayDecimal(money(1230, 'IRR'), 'toman')).toEqual({ int: 123n, scale: 0 });
    expect(displayDecimal(money(1230, 'IRR'), 'rial')).toEqual({ int: 1230n, scale: 0 });
    expect(displayDecimal(money(1200, 'USD'), 'toman')).toEqual({ int: 1200n, scale: 2 });
  });

  it('writes plain ASCII major units for export', () => {
    expect(moneyToDecimalString(money(125_050, 'USD'))).toBe('1250.50');
    expect(moneyToDecimalString(money(-7, 'USD'))).toBe('-0.07');
    expect(moneyToDecimalString(money(12_500_000, 'IRR'))).toBe('12500000');
    expect(moneyToDecimalString(money(1, 'KWD'))).toBe('0.001');
  });
});
