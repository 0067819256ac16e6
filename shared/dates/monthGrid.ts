import type { CalendarSystem } from '../preferences';
import { fromCalendarDate, monthLength, toCalendarDate } from './calendarDate';
import { addDays, dayOfWeek, type IsoDate } from './isoDate';
import { WEEK_START_DAY, type WeekStart } from './names';

export interface MonthGridCell {
  isoDate: IsoDate;
  /** Day of the month in the grid's calendar (also for the spill-over days). */
  day: number;
  /** False for the days of the previous/next month that fill the first and last week. */
  inMonth: boolean;
  /** 0 = Sunday … 6 = Saturday (5 = Friday, the Iranian weekend). */
  dayOfWeek: number;
}

export interface MonthGridOptions {
  /** Always return 6 weeks so a picker keeps its height (default: only the weeks needed). */
  fixedWeeks?: boolean;
}

/** Weeks of 7 cells covering the month, each week starting on weekStart. */
export function monthGrid(
  calendar: CalendarSystem,
  year: number,
  month: number,
  weekStart: WeekStart,
  options: MonthGridOptions = {},
): MonthGridCell[][] {
  const first = fromCalendarDate({ year, month, day: 1 }, calendar);
  const lead = (dayOfWeek(first) - WEEK_START_DAY[weekStart] + 7) % 7;
  const weekCount = options.fixedWeeks ? 6 : Math.ceil((lead + monthLength(calendar, year, month)) / 7);
  const gridStart = addDays(first, -lead);
  return Array.from({ length: weekCount }, (_, week) =>
    Array.from({ length: 7 }, (_, weekday) => {
      const isoDate = addDays(gridStart, week * 7 + weekday);
      const date = toCalendarDate(isoDate, calendar);
      return {
        isoDate,
        day: date.day,
        inMonth: date.year === year && date.month === month,
        dayOfWeek: (WEEK_START_DAY[weekStart] + weekday) % 7,
      };
    }),
  );
}

export function jalaliMonthGrid(jy: number, jm: number, weekStart: WeekStart, options?: MonthGridOptions): MonthGridCell[][] {
  return monthGrid('jalali', jy, jm, weekStart, options);
}

export function gregorianMonthGrid(year: number, month: number, weekStart: WeekStart, options?: MonthGridOptions): MonthGridCell[][] {
  return monthGrid('gregorian', year, month, weekStart, options);
}
