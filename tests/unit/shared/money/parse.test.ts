import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatMoney,
  money,
  MoneyError,
  parseMoneyInput,
  type Money,
} from '../../../../shared/money';
import type { DigitStyle } from '../../../../shared/text/digits';

const rial = { irrUnit: 'rial' } as const;
const toman = { irrUnit: 'toman' } as const;
const ok = (m: Money) => ({ ok: true, money: m });
const fail = (reason: string) => ({ ok: false, reason });

describe('parseMoneyInput — digits and separators', () => {
  it.each([
    ['12500000', 12_500_000],
    ['12,500,000', 12_500_000],
    ['۱۲٬۵۰۰٬۰۰۰', 12_500_000],
    ['١٢٬٥٠٠٬٠٠٠', 12_500_000],
    ['۱۲,۵۰۰,۰۰۰', 12_500_000],
    ['12 500 000', 12_500_000],
    ['12\u00A0500\u202F000', 12_500_000],
    ['  ۱۲۵۰۰۰۰۰\t', 12_500_000],
    ['\u200E۱۲٬۵۰۰٬۰۰۰\u200F', 12_500_000],
    ['0', 0],
    ['-0', 0],
    ['-۵۰۰', -500],
    ['\u2212500', -500],
    ['- 500', -500],
    ['+500', 500],
    ['500.0', 500],
  ])('IRR in rials: %j', (text, amount) => {
    expect(parseMoneyInput(text, 'IRR', rial)).toEqual(ok(money(amount, 'IRR')));
  });

  it.each([
    ['1250.50', 125_050],
    ['1,250.5', 125_050],
    ['۱٬۲۵۰٫۵۰', 125_050],
    ['۲/۵', 250],
    ['2/50', 250],
    ['.5', 50],
    ['7.', 700],
    ['0.070', 7],
  ])('USD: %j', (text, amount) => {
    expect(parseMoneyInput(text, 'USD', rial)).toEqual(ok(money(amount, 'USD')));
  });

  it('takes IRR typed in toman as ×10 rials, with at most one decimal', () => {
    expect(parseMoneyInput('۱٬۲۵۰٬۰۰۰', 'IRR', toman)).toEqual(ok(money(12_500_000, 'IRR')));
    expect(parseMoneyInput('۱۲۳٫۵', 'IRR', toman)).toEqual(ok(money(1235, 'IRR')));
    expect(parseMoneyInput('۱۲۳/۵', 'IRR', toman)).toEqual(ok(money(1235, 'IRR')));
    expect(parseMoneyInput('123.45', 'IRR', toman)).toEqual(fail('tooManyDecimals'));
    expect(parseMoneyInput('123.5', 'IRR', rial)).toEqual(fail('tooManyDecimals'));
  });

  it('ignores irrUnit for other currencies', () => {
    expect(parseMoneyInput('10', 'USD', toman)).toEqual(ok(money(1000, 'USD')));
  });

  it('accepts a unit word, which overrides the field unit', () => {
    expect(parseMoneyInput('۱٬۲۵۰٬۰۰۰ تومان', 'IRR', rial)).toEqual(ok(money(12_500_000, 'IRR')));
    expect(parseMoneyInput('1000 ریال', 'IRR', toman)).toEqual(ok(money(1000, 'IRR')));
    expect(parseMoneyInput('1000 ريال', 'IRR', toman)).toEqual(ok(money(1000, 'IRR')));
    expect(parseMoneyInput('IRR 1000', 'IRR', toman)).toEqual(ok(money(1000, 'IRR')));
    expect(parseMoneyInput('12toman', 'IRR', rial)).toEqual(ok(money(120, 'IRR')));
    expect(parseMoneyInput('1,250.50 usd', 'USD', rial)).toEqual(ok(money(125_050, 'USD')));
    expect(parseMoneyInput('۱۰ دلار', 'USD', rial)).toEqual(ok(money(1000, 'USD')));
    expect(parseMoneyInput('10 EUR', 'USD', rial)).toEqual(fail('invalid'));
    expect(parseMoneyInput('تومان', 'IRR', rial)).toEqual(fail('empty'));
  });
});

describe('parseMoneyInput — failures', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u200E', 'empty'],
    ['abc', 'invalid'],
    ['12a', 'invalid'],
    ['1.2.3', 'invalid'],
    ['1,5', 'invalid'],
    ['12,34,567', 'invalid'],
    ['1e5', 'invalid'],
    ['--5', 'invalid'],
    ['5-', 'invalid'],
    ['-', 'invalid'],
    ['.', 'invalid'],
    ['1.234', 'tooManyDecimals'],
    ['90071992547409.92', 'tooLarge'],
    ['99999999999999999999', 'tooLarge'],
  ])('%j → %s', (text, reason) => {
    expect(parseMoneyInput(text, 'USD', rial)).toEqual(fail(reason));
  });

  it('accepts the largest safe amount and refuses one more', () => {
    expect(parseMoneyInput('90071992547409.91', 'USD', rial)).toEqual(ok(money(Number.MAX_SAFE_INTEGER, 'USD')));
    expect(parseMoneyInput('9007199254740991', 'IRR', rial)).toEqual(ok(money(Number.MAX_SAFE_INTEGER, 'IRR')));
    expect(parseMoneyInput('9007199254740992', 'IRR', rial)).toEqual(fail('tooLarge'));
    expect(parseMoneyInput('900719925474099.2', 'IRR', toman)).toEqual(fail('tooLarge'));
  });

  it('can refuse negative amounts', () => {
    expect(parseMoneyInput('-5', 'USD', { irrUnit: 'rial', allowNegative: false })).toEqual(fail('negative'));
    expect(parseMoneyInput('-0', 'USD', { irrUnit: 'rial', allowNegative: false })).toEqual(ok(money(0, 'USD')));
    expect(parseMoneyInput('5', 'USD', { irrUnit: 'rial', allowNegative: false })).toEqual(ok(money(500, 'USD')));
  });

  it('throws for an unknown currency (a programming error, not user input)', () => {
    expect(() => parseMoneyInput('5', 'XYZ', rial)).toThrow(MoneyError);
  });
});

describe('parse ↔ format round trip', () => {
  // A small deterministic generator: amounts of every magnitude, both signs.
  function* amounts(): Generator<number> {
    let seed = 20_250_320;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    yield* [0, 1, -1, 5, 9, 10, 99, 100, 1000, 1235, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
    for (let i = 0; i < 300; i += 1) {
      const digits = (next() % 16) + 1;
      const magnitude = Number(String(next()).repeat(3).slice(0, digits));
      yield next() % 3 === 0 ? -magnitude : magnitude;
    }
  }

  const currencies = ['IRR', 'USD', 'KWD', 'JPY', 'EUR'];
  const languages = ['fa', 'en'] as const;
  const digitStyles: DigitStyle[] = ['persian', 'latin'];
  const irrUnits = ['rial', 'toman'] as const;

  it('gives back the same Money for every combination', () => {
    let checked = 0;
    for (const amount of amounts()) {
      for (const currency of currencies) {
        const value = money(amount, currency);
        for (const language of languages) {
          for (const digits of digitStyles) {
            for (const irrUnit of irrUnits) {
              const opts = { language, digits, irrUnit };
              expect(parseMoneyInput(formatMoney(value, opts), currency, { irrUnit })).toEqual(ok(value));
              expect(parseMoneyInput(formatAmount(value, opts), currency, { irrUnit })).toEqual(ok(value));
              checked += 2;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  it('reads back what Intl writes for fa-IR (LRM, U+2212, ٬ ٫)', () => {
    const intl = new Intl.NumberFormat('fa-IR', { minimumFractionDigits: 2 }).format(-1234567.89);
    expect(intl).toMatch(/\u2212/);
    expect(parseMoneyInput(intl, 'USD', rial)).toEqual(ok(money(-123_456_789, 'USD')));
  });
});
