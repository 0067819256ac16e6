import type { CalendarSystem } from '../preferences';
import { gregorianMonthLength, isoDateFromParts, isoDateParts, isValidGregorian, type DateParts, type IsoDate } from './isoDate';
import { fromJalali, isValidJalali, jalaliMonthLength, toJalali } from './jalali';

/** Year/month/day in whichever calendar the user sees; both calendars have 12 months. */
export type CalendarDate = DateParts;

export interface YearMonth {
  year: number;
  month: number;
}

export function toCalendarDate(isoDate: IsoDate, calendar: CalendarSystem): CalendarDate {
  if (calendar === 'gregorian') return isoDateParts(isoDate);
  const { jy, jm, jd } = toJalali(isoDate);
  return { year: jy, month: jm, day: jd };
}

export function fromCalendarDate(date: CalendarDate, calendar: CalendarSystem): IsoDate {
  return calendar === 'jalali' ? fromJalali(date.year, date.month, date.day) : isoDateFromParts(date.year, date.month, date.day);
}

export function isValidCalendarDate(date: CalendarDate, calendar: CalendarSystem): boolean {
  return calendar === 'jalali' ? isValidJalali(date.year, date.month, date.day) : isValidGregorian(date.year, date.month, date.day);
}

export function monthLength(calendar: CalendarSystem, year: number, month: number): number {
  return calendar === 'jalali' ? jalaliMonthLength(year, month) : gregorianMonthLength(year, month);
}

/** The month `months` later (or earlier, if negative): for paging a date picker. */
export function shiftYearMonth(yearMonth: YearMonth, months: number): YearMonth {
  const index = yearMonth.year * 12 + (yearMonth.month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/**
 * The same day `months` later in the given calendar, clamped to the end of a shorter
 * month: Jalali 1403/12/30 + 12 months is 1404/12/29; Gregorian 2024-01-31 + 1 month
 * is 2024-02-29. "Same day next month" depends on the calendar the user thinks in.
 */
export function addMonths(isoDate: IsoDate, months: number, calendar: CalendarSystem): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`addMonths needs a whole number, got ${months}`);
  const date = toCalendarDate(isoDate, calendar);
  const { year, month } = shiftYearMonth(date, months);
  const day = Math.min(date.day, monthLength(calendar, year, month));
  return fromCalendarDate({ year, month, day }, calendar);
}
