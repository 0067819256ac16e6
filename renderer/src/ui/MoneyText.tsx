import type { Money } from '../../../shared/money';
import { moneyFieldText, unitLabel } from './money/money-field';
import { useDisplayPrefs } from './prefs';

export interface MoneyTextProps {
  value: Money;
  /** Write the unit after the amount (default true); off for columns under a unit heading. */
  showCurrency?: boolean;
  className?: string;
}

/**
 * "۱٬۲۵۰٬۰۰۰ تومان", "1,250.50 USD". The number is an LTR island (a minus sign stays on
 * its number); the unit word stays outside it so that in Persian it reads after the number.
 */
export function MoneyText({ value, showCurrency = true, className }: MoneyTextProps) {
  const prefs = useDisplayPrefs();
  const amount = moneyFieldText(value, prefs);
  return (
    <bdi dir={prefs.language === 'fa' ? 'rtl' : 'ltr'} className={className}>
      <bdi dir="ltr">{amount}</bdi>
      {showCurrency && `\u00A0${unitLabel(value.currency, prefs.language, prefs.irrUnit)}`}
    </bdi>
  );
}
