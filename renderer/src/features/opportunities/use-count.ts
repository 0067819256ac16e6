import { useCallback } from 'react';
import { formatDecimalNumber } from '../../../../shared/money';
import { useDisplayPrefs } from '../../ui/prefs';

/**
 * Whole numbers (counts, percents) grouped with the same separators as amounts: "۵٬۰۰۰",
 * "5,000". (The app formatter's number() writes "۵,۰۰۰" in Persian, and builds an
 * Intl.NumberFormat per call, which a board formatting dozens of cards feels.)
 */
export function useCount(): (n: number) => string {
  const { digits } = useDisplayPrefs();
  return useCallback((n: number) => formatDecimalNumber(n, { digits }), [digits]);
}
