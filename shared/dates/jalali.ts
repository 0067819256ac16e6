import { isLeapJalaaliYear, isValidJalaaliDate, jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';
import { isoDateFromParts, isoDateParts, type IsoDate } from './isoDate';

// jalaali-js (Borkowski's algorithm) is the single source of truth for conversion: it
// agrees with ICU's persian calendar at least 1900–2124. jalaliday is off by one day
// in Jan–Feb of Gregorian leap years and must not be used.

export interface JalaliDate {
  jy: number;
  jm: number;
  jd: number;
}

/** The years jalaali-js converts exactly; outside them it throws RangeError. */
export const MIN_JALALI_YEAR = -61;
export const MAX_JALALI_YEAR = 3177;

function inRange(jy: number): boolean {
  return Number.isInteger(jy) && jy >= MIN_JALALI_YEAR && jy <= MAX_JALALI_YEAR;
}

export function toJalali(isoDate: IsoDate): JalaliDate {
  const { year, month, day } = isoDateParts(isoDate);
  return toJalaali(year, month, day);
}

export function isValidJalali(jy: number, jm: number, jd: number): boolean {
  return inRange(jy) && Number.isInteger(jm) && Number.isInteger(jd) && isValidJalaaliDate(jy, jm, jd);
}

export function fromJalali(jy: number, jm: number, jd: number): IsoDate {
  if (!isValidJalali(jy, jm, jd)) throw new RangeError(`Not a Jalali date: ${jy}/${jm}/${jd}`);
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return isoDateFromParts(gy, gm, gd);
}

export function isLeapJalaliYear(jy: number): boolean {
  if (!inRange(jy)) throw new RangeError(`Jalali year out of range: ${jy}`);
  return isLeapJalaaliYear(jy);
}

/** 31 days in months 1–6, 30 in 7–11, and 29 or 30 (leap) in Esfand. */
export function jalaliMonthLength(jy: number, jm: number): number {
  // jalaali-js does not range-check the month itself.
  if (!inRange(jy) || !Number.isInteger(jm) || jm < 1 || jm > 12) {
    throw new RangeError(`Not a Jalali month: ${jy}/${jm}`);
  }
  return jalaaliMonthLength(jy, jm);
}
