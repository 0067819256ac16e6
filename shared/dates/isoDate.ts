import { d2g, g2d } from 'jalaali-js';

/**
 * A calendar date (due date, close date, birthday) stored as 'YYYY-MM-DD' in the
 * Gregorian calendar. It names a day in the business time zone (Asia/Tehran), not an
 * instant, so it is never shifted by the viewer's time zone. Strings sort by date.
 */
export type IsoDate = string;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isGregorianLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function gregorianMonthLength(year: number, month: number): number {
  if (month === 2) return isGregorianLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidGregorian(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= gregorianMonthLength(year, month)
  );
}

export function isIsoDate(text: string): text is IsoDate {
  const match = ISO_DATE.exec(text);
  return match !== null && isValidGregorian(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isoDateParts(isoDate: IsoDate): DateParts {
  const match = ISO_DATE.exec(isoDate);
  const parts = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!parts || !isValidGregorian(parts.year, parts.month, parts.day)) {
    throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(isoDate)}`);
  }
  return parts;
}

export function isoDateFromParts(year: number, month: number, day: number): IsoDate {
  if (!isValidGregorian(year, month, day) || year < 0 || year > 9999) {
    throw new RangeError(`Not a Gregorian date in years 0000–9999: ${year}-${month}-${day}`);
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Julian Day Numbers give plain integer day arithmetic with no Date or time-zone involved.
function dayNumber(isoDate: IsoDate): number {
  const { year, month, day } = isoDateParts(isoDate);
  return g2d(year, month, day);
}

export function addDays(isoDate: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  const { gy, gm, gd } = d2g(dayNumber(isoDate) + days);
  return isoDateFromParts(gy, gm, gd);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function dayOfWeek(isoDate: IsoDate): number {
  // JDN 0 fell on a Monday, so JDN + 1 counts from Sunday.
  return (dayNumber(isoDate) + 1) % 7;
}
