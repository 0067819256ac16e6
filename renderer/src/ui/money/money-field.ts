import {
  currencyUnitLabel,
  formatAmount,
  isKnownCurrency,
  parseMoneyInput,
  type Money,
  type ParseMoneyFailure,
} from '../../../../shared/money';
import type { DisplayPrefs, IrrDisplayUnit, Language } from '../../../../shared/preferences';

export type TypedMoney =
  | { kind: 'empty' }
  | { kind: 'money'; money: Money }
  | { kind: 'error'; reason: Exclude<ParseMoneyFailure, 'empty'> };

/** What the text of a money field means in `currency`; IRR is read in the user's rial/toman unit. */
export function readTypedMoney(
  text: string,
  currency: string,
  options: { irrUnit: IrrDisplayUnit; allowNegative: boolean },
): TypedMoney {
  if (text.trim() === '') return { kind: 'empty' };
  if (!isKnownCurrency(currency)) return { kind: 'error', reason: 'invalid' };
  const parsed = parseMoneyInput(text, currency, options);
  if (parsed.ok) return { kind: 'money', money: parsed.money };
  return parsed.reason === 'empty' ? { kind: 'empty' } : { kind: 'error', reason: parsed.reason };
}

/**
 * The editable text of a stored amount: grouped, in the user's digits and unit
 * ("۱٬۲۵۰٬۰۰۰" tomans for 12,500,000 rials), which readTypedMoney reads back exactly.
 */
export function moneyFieldText(value: Money | null, prefs: Pick<DisplayPrefs, 'digits' | 'irrUnit'>): string {
  if (value === null) return '';
  try {
    return formatAmount(value, prefs);
  } catch {
    return String(value.amountMinor); // unknown currency or a corrupt amount: show, don't crash
  }
}

/** "تومان", "ریال", "دلار", "USD", "Toman": the unit the field is typed in. */
export function unitLabel(currency: string, language: Language, irrUnit: IrrDisplayUnit): string {
  return isKnownCurrency(currency) ? currencyUnitLabel(currency, language, irrUnit) : currency;
}

export function moneyKey(value: Money | null): string {
  return value === null ? '' : `${value.amountMinor} ${value.currency}`;
}

/** i18n keys (namespace 'ui') of the errors a typed amount can have. */
export const MONEY_ERROR_KEYS: Record<Exclude<ParseMoneyFailure, 'empty'>, string> = {
  invalid: 'money.errors.invalid',
  tooManyDecimals: 'money.errors.tooManyDecimals',
  tooLarge: 'money.errors.tooLarge',
  negative: 'money.errors.negative',
};
