import type { IrrDisplayUnit, Language } from '../preferences';
import { currencyInfo, type CurrencyCode } from './currencies';

/** How an amount of one currency is written: in which unit and with which fraction digits. */
export interface DisplayUnit {
  /** Shown value = amountMinor / 10^exponent. */
  exponent: number;
  /**
   * false: always write `exponent` fraction digits (1,250.00 USD).
   * true: write them only when the amount needs them (1,250 Toman, but 123.5 Toman).
   */
  fractionOnlyWhenNeeded: boolean;
  label: Record<Language, string>;
}

// Toman is a display unit of IRR (1 toman = 10 rials), never a currency code. A rial
// amount not divisible by 10 is shown with one toman decimal (12,345 rials → ۱٬۲۳۴٫۵
// تومان) instead of being rounded, so the screen never disagrees with the stored value.
const TOMAN: DisplayUnit = { exponent: 1, fractionOnlyWhenNeeded: true, label: { fa: 'تومان', en: 'Toman' } };

export function displayUnitFor(currency: CurrencyCode, irrUnit: IrrDisplayUnit): DisplayUnit {
  if (currency === 'IRR' && irrUnit === 'toman') return TOMAN;
  const info = currencyInfo(currency);
  return { exponent: info.minorDigits, fractionOnlyWhenNeeded: false, label: { fa: info.nameFa, en: info.code } };
}

/** The unit word written after amounts and in input labels: "ریال", "تومان", "USD", "Toman". */
export function currencyUnitLabel(currency: CurrencyCode, language: Language, irrUnit: IrrDisplayUnit): string {
  return displayUnitFor(currency, irrUnit).label[language];
}

/** How many fraction digits a money input may take: 2 for USD, 0 for rials, 1 for tomans. */
export function maxInputFractionDigits(currency: CurrencyCode, irrUnit: IrrDisplayUnit): number {
  return displayUnitFor(currency, irrUnit).exponent;
}
