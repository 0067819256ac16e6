import type { CalendarSystem } from '../preferences';
import { toLatinDigits } from '../text/digits';
import { fromCalendarDate, isValidCalendarDate } from './calendarDate';
import { type IsoDate } from './isoDate';
import { toJalali } from './jalali';

export type ParseDateFailure = 'empty' | 'format' | 'invalidDate';
export type ParseDateResult = { ok: true; date: IsoDate } | { ok: false; reason: ParseDateFailure };

const BIDI_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
// Three numbers joined by the same separator: / - or . (spaces around it are allowed).
const THREE_NUMBERS = /^(\d+)\s*([/.-])\s*(\d+)\s*\2\s*(\d+)$/;

/**
 * Reads a date typed in the user's calendar into the stored 'YYYY-MM-DD' (Gregorian).
 * Accepts Persian, Arabic or Latin digits, 1- or 2-digit month and day, and year first:
 * "۱۴۰۳/۱۲/۳۰", "1403-12-30", "١٤٠٣/١٢/٣٠", "2025/3/20". In the Jalali calendar the
 * day-first order Iranians also write ("۳۰/۱۲/۱۴۰۳") is accepted; in the Gregorian one
 * it is not, because "03/04/2025" means different days in the US and in Europe.
 * The year must have four digits: "03/12/30" is refused ('format') rather than guessed.
 */
export function parseDateInput(text: string, calendar: CalendarSystem): ParseDateResult {
  const cleaned = toLatinDigits(text.replace(BIDI_CONTROLS, '')).trim();
  if (cleaned === '') return { ok: false, reason: 'empty' };
  const match = THREE_NUMBERS.exec(cleaned);
  if (!match) return { ok: false, reason: 'format' };
  const [, first = '', , second = '', third = ''] = match;

  const isDayMonth = (a: string, b: string) => a.length <= 2 && b.length <= 2;
  let parts: { year: number; month: number; day: number };
  if (first.length === 4 && isDayMonth(second, third)) {
    parts = { year: Number(first), month: Number(second), day: Number(third) };
  } else if (calendar === 'jalali' && third.length === 4 && isDayMonth(first, second)) {
    parts = { year: Number(third), month: Number(second), day: Number(first) };
  } else {
    return { ok: false, reason: 'format' };
  }

  if (!isValidCalendarDate(parts, calendar)) return { ok: false, reason: 'invalidDate' };
  const date = fromCalendarDate(parts, calendar);
  // Keep every stored date displayable in both calendars.
  if (calendar === 'gregorian') {
    try {
      toJalali(date);
    } catch {
      return { ok: false, reason: 'invalidDate' };
    }
  }
  return { ok: true, date };
}
