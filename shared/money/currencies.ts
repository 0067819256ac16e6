import { MoneyError } from './errors';

/** An ISO 4217 alphabetic code: three upper-case ASCII letters. */
export type CurrencyCode = string;

export interface CurrencyInfo {
  code: CurrencyCode;
  /** Digits after the decimal point in the stored minor unit (amountMinor = major × 10^minorDigits). */
  minorDigits: number;
  /** What Persian UI copy calls it ("۱۲٬۵۰۰ دلار"). */
  nameFa: string;
}

// minorDigits follow CLDR (what Intl.NumberFormat uses), not the ISO 4217 table, where
// they differ: ISO still lists IRR and AFN with 2 and IQD with 3, but dinar-, pul- and
// fils-sized coins have not been in use for decades, so 1 minor unit = 1 rial / afghani
// / dinar. Storing IRR in whole rials also keeps the rial-to-toman display a plain ÷10.
// A future redenominated rial (10,000 old rials = 1 new rial = 100 gheran) becomes one
// more row here under whatever code ISO assigns it, with minorDigits 2.
const TABLE: readonly CurrencyInfo[] = [
  { code: 'IRR', minorDigits: 0, nameFa: 'ریال' },
  { code: 'USD', minorDigits: 2, nameFa: 'دلار' },
  { code: 'EUR', minorDigits: 2, nameFa: 'یورو' },
  { code: 'AED', minorDigits: 2, nameFa: 'درهم' },
  { code: 'TRY', minorDigits: 2, nameFa: 'لیر' },
  { code: 'GBP', minorDigits: 2, nameFa: 'پوند' },
  { code: 'CNY', minorDigits: 2, nameFa: 'یوان' },
  { code: 'IQD', minorDigits: 0, nameFa: 'دینار عراق' },
  { code: 'AFN', minorDigits: 0, nameFa: 'افغانی' },
  { code: 'RUB', minorDigits: 2, nameFa: 'روبل' },
  { code: 'JPY', minorDigits: 0, nameFa: 'ین' },
  { code: 'KWD', minorDigits: 3, nameFa: 'دینار کویت' },
  { code: 'OMR', minorDigits: 3, nameFa: 'ریال عمان' },
  { code: 'BHD', minorDigits: 3, nameFa: 'دینار بحرین' },
  { code: 'SAR', minorDigits: 2, nameFa: 'ریال سعودی' },
  { code: 'QAR', minorDigits: 2, nameFa: 'ریال قطر' },
  { code: 'INR', minorDigits: 2, nameFa: 'روپیه' },
  { code: 'CHF', minorDigits: 2, nameFa: 'فرانک سوئیس' },
  { code: 'CAD', minorDigits: 2, nameFa: 'دلار کانادا' },
  { code: 'AUD', minorDigits: 2, nameFa: 'دلار استرالیا' },
];

export const CURRENCIES: Readonly<Record<CurrencyCode, CurrencyInfo>> = Object.freeze(
  Object.fromEntries(TABLE.map((info) => [info.code, Object.freeze(info)])),
);

export function isKnownCurrency(code: string): code is CurrencyCode {
  return Object.prototype.hasOwnProperty.call(CURRENCIES, code);
}

export function currencyInfo(code: CurrencyCode): CurrencyInfo {
  if (!isKnownCurrency(code)) {
    throw new MoneyError('unknownCurrency', `Unknown currency code: ${JSON.stringify(code)}`);
  }
  return CURRENCIES[code] as CurrencyInfo;
}

export function currencyMinorDigits(code: CurrencyCode): number {
  return currencyInfo(code).minorDigits;
}
