import { describe, expect, it } from 'vitest';
import { amountInWords, CURRENCIES, money, MoneyError } from '../../../../shared/money';

describe('amountInWords — IRR', () => {
  it('writes rials', () => {
    expect(amountInWords(money(1_250_000, 'IRR'), 'fa', 'rial')).toBe('یک میلیون و دویست و پنجاه هزار ریال');
    expect(amountInWords(money(1_250_000, 'IRR'), 'en', 'rial')).toBe('one million two hundred fifty thousand Iranian rials');
    expect(amountInWords(money(1, 'IRR'), 'en', 'rial')).toBe('one Iranian rial');
  });

  it('writes tomans as rials ÷ 10', () => {
    expect(amountInWords(money(12_500_000, 'IRR'), 'fa', 'toman')).toBe('یک میلیون و دویست و پنجاه هزار تومان');
    expect(amountInWords(money(12_500_000, 'IRR'), 'en', 'toman')).toBe('one million two hundred fifty thousand tomans');
    expect(amountInWords(money(10, 'IRR'), 'en', 'toman')).toBe('one toman');
  });

  it('keeps the rials a toman amount cannot hold instead of rounding', () => {
    expect(amountInWords(money(12_345, 'IRR'), 'fa', 'toman')).toBe('یک هزار و دویست و سی و چهار تومان و پنج ریال');
    expect(amountInWords(money(12_345, 'IRR'), 'en', 'toman')).toBe(
      'one thousand two hundred thirty-four tomans and five rials',
    );
    expect(amountInWords(money(5, 'IRR'), 'fa', 'toman')).toBe('پنج ریال');
    expect(amountInWords(money(1, 'IRR'), 'en', 'toman')).toBe('one rial');
  });

  it('writes zero with the unit', () => {
    expect(amountInWords(money(0, 'IRR'), 'fa', 'toman')).toBe('صفر تومان');
    expect(amountInWords(money(0, 'IRR'), 'fa', 'rial')).toBe('صفر ریال');
    expect(amountInWords(money(0, 'IRR'), 'en', 'rial')).toBe('zero Iranian rials');
  });
});

describe('amountInWords — currencies with a minor unit', () => {
  const usd = money(123_456, 'USD');

  it('writes dollars and cents', () => {
    expect(amountInWords(usd, 'fa', 'toman')).toBe('یک هزار و دویست و سی و چهار دلار و پنجاه و شش سنت');
    expect(amountInWords(usd, 'en', 'rial')).toBe('one thousand two hundred thirty-four US dollars and fifty-six cents');
  });

  it('leaves out a zero part and uses the singular for one', () => {
    expect(amountInWords(money(123_400, 'USD'), 'fa', 'rial')).toBe('یک هزار و دویست و سی و چهار دلار');
    expect(amountInWords(money(56, 'USD'), 'fa', 'rial')).toBe('پنجاه و شش سنت');
    expect(amountInWords(money(101, 'USD'), 'en', 'rial')).toBe('one US dollar and one cent');
    expect(amountInWords(money(0, 'USD'), 'en', 'rial')).toBe('zero US dollars');
    expect(amountInWords(money(200, 'GBP'), 'en', 'rial')).toBe('two pounds sterling');
    expect(amountInWords(money(101, 'GBP'), 'en', 'rial')).toBe('one pound sterling and one penny');
  });

  it('handles three minor digits and none', () => {
    expect(amountInWords(money(1_005, 'KWD'), 'en', 'rial')).toBe('one Kuwaiti dinar and five fils');
    expect(amountInWords(money(1_005, 'KWD'), 'fa', 'rial')).toBe('یک دینار کویت و پنج فلس');
    expect(amountInWords(money(1_500, 'JPY'), 'en', 'rial')).toBe('one thousand five hundred yen');
  });

  it('ignores irrUnit for other currencies', () => {
    expect(amountInWords(usd, 'fa', 'rial')).toBe(amountInWords(usd, 'fa', 'toman'));
  });
});

describe('amountInWords — edges', () => {
  it('prefixes a negative amount once', () => {
    expect(amountInWords(money(-123_456, 'USD'), 'fa', 'rial')).toBe(
      'منفی یک هزار و دویست و سی و چهار دلار و پنجاه و شش سنت',
    );
    expect(amountInWords(money(-12_345, 'IRR'), 'en', 'toman')).toBe(
      'minus one thousand two hundred thirty-four tomans and five rials',
    );
  });

  it('spells the largest stored amount', () => {
    expect(amountInWords(money(Number.MAX_SAFE_INTEGER, 'IRR'), 'fa', 'rial')).toMatch(/^نه کوادریلیون و .* ریال$/);
    expect(amountInWords(money(Number.MAX_SAFE_INTEGER, 'USD'), 'en', 'rial')).toBe(
      'ninety trillion seventy-one billion nine hundred ninety-two million five hundred forty-seven thousand ' +
        'four hundred nine US dollars and ninety-one cents',
    );
  });

  it('refuses what Money refuses', () => {
    expect(() => amountInWords({ amountMinor: 1.5, currency: 'USD' }, 'fa', 'rial')).toThrow(MoneyError);
    expect(() => amountInWords({ amountMinor: 100, currency: 'XYZ' }, 'en', 'rial')).toThrow(MoneyError);
  });

  it('has real unit names for every currency in the table', () => {
    for (const { code, minorDigits } of Object.values(CURRENCIES)) {
      // 1.23 major units, or 123 where there is no minor unit: both parts get a name.
      const amount = money(minorDigits === 0 ? 123 : 123 * 10 ** (minorDigits - 2), code);
      const fa = amountInWords(amount, 'fa', 'rial');
      const en = amountInWords(amount, 'en', 'rial');
      expect(fa, code).not.toMatch(/[A-Za-z]|واحد خرد/);
      expect(en, code).not.toContain(code);
      expect(en, code).not.toContain('minor unit');
    }
  });
});
