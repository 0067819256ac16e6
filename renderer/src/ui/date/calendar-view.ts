import {
  formatDate,
  isIsoDate,
  monthNames,
  toCalendarDate,
  type IsoDate,
  type WeekStart,
  type YearMonth,
} from '../../../../shared/dates';
import type { CalendarSystem, DisplayPrefs, Language } from '../../../../shared/preferences';
import { withDigits, type DigitStyle } from '../../../../shared/text/digits';

/**
 * Iranian weeks start on Saturday whatever the calendar; an English user on the
 * Gregorian calendar gets the Sunday-first week of en-US.
 */
export function weekStartFor(calendar: CalendarSystem, language: Language): WeekStart {
  return calendar === 'jalali' || language === 'fa' ? 'saturday' : 'sunday';
}

/** Friday is the Iranian weekend; marked only where the week is an Iranian one. */
export function isWeekend(dayOfWeek: number, weekStart: WeekStart): boolean {
  return weekStart === 'saturday' && dayOfWeek === 5;
}

export function monthOf(isoDate: IsoDate, calendar: CalendarSystem): YearMonth {
  const { year, month } = toCalendarDate(isoDate, calendar);
  return { year, month };
}

/** "اسفند ۱۴۰۳", "March 2025". */
export function monthTitle(view: YearMonth, calendar: CalendarSystem, language: Language, digits: DigitStyle): string {
  return withDigits(`${monthNames(calendar, language)[view.month - 1]} ${view.year}`, digits);
}

/** The full spoken date for screen readers and tooltips: "پنجشنبه ۳۰ اسفند ۱۴۰۳". */
export function fullDateLabel(isoDate: IsoDate, prefs: Pick<DisplayPrefs, 'calendar' | 'digits' | 'language'>): string {
  return formatDate(isoDate, { ...prefs, style: 'long' });
}

/** Formats a stored date for display; a malformed stored value is shown as-is rather than crashing a list. */
export function safeFormatDate(
  isoDate: string,
  prefs: Pick<DisplayPrefs, 'calendar' | 'digits' | 'language'>,
  style: 'short' | 'medium' | 'long',
): string {
  if (!isIsoDate(isoDate)) return isoDate;
  try {
    return formatDate(isoDate, { ...prefs, style });
  } catch {
    return isoDate;
  }
}
