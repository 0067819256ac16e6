import type { Language } from '../../../../shared/preferences';
import { CURRENCIES, type CurrencyCode } from '../../../../shared/money';

/** «دلار» in Persian, "US Dollar" in English (from the browser's own data), else the code. */
export function currencyName(code: CurrencyCode, language: Language): string {
  if (language === 'fa') return CURRENCIES[code]?.nameFa ?? code;
  try {
    return new Intl.DisplayNames(['en'], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
