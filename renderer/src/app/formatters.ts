import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDate, formatDateTime, instantToBusinessDate } from '../../../shared/dates';
import { formatDecimalNumber, formatMoney, type Money } from '../../../shared/money';
import { withDigits } from '../../../shared/text/digits';
import { selectDisplayPrefs, usePreferences } from './preferences-store';

/** Formatting bound to the user's display preferences; components never format by hand. */
export function useFormatters() {
  const prefs = usePreferences(useShallow(selectDisplayPrefs));
  return useMemo(
    () => ({
      prefs,
      date: (isoDate: string, style: 'short' | 'medium' | 'long' = 'medium') =>
        formatDate(isoDate, { calendar: prefs.calendar, digits: prefs.digits, language: prefs.language, style }),
      /** The business date (Tehran) of an instant such as updatedAt. */
      dayOf: (isoInstant: string, style: 'short' | 'medium' | 'long' = 'short') =>
        formatDate(instantToBusinessDate(isoInstant), { calendar: prefs.calendar, digits: prefs.digits, language: prefs.language, style }),
      dateTime: (isoInstant: string) =>
        formatDateTime(isoInstant, { calendar: prefs.calendar, digits: prefs.digits, language: prefs.language, style: 'medium' }),
      money: (m: Money) => formatMoney(m, { language: prefs.language, digits: prefs.digits, irrUnit: prefs.irrUnit }),
      digits: (text: string | number) => withDigits(String(text), prefs.digits),
      // Persian digits group with «٬», Latin ones with «,» (Intl's fa locale with Latin digits mixed them).
      number: (n: number) => formatDecimalNumber(n, { digits: prefs.digits, maxFractionDigits: 3 }),
    }),
    [prefs],
  );
}
