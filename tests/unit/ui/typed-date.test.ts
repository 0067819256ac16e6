// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DATE_ERROR_KEYS, dateFieldText, readTypedDate } from '../../../renderer/src/ui/date/typed-date';
import { isWeekend, monthTitle, safeFormatDate, weekStartFor } from '../../../renderer/src/ui/date/calendar-view';

const faJalali = { calendar: 'jalali', digits: 'persian', language: 'fa' } as const;
const enGregorian = { calendar: 'gregorian', digits: 'latin', language: 'en' } as const;

describe('readTypedDate', () => {
  it('reads a Jalali date typed in Persian, Arabic-Indic or Latin digits, with / or -', () => {
    for (const text of ['۱۴۰۳/۱۲/۳۰', '1403/12/30', '1403-12-30', '١٤٠٣/١٢/٣٠', ' ۱۴۰۳/۱۲/۳۰ ', '1403/12/30'.replace('/', '\u200F/')]) {
      expect(readTypedDate(text, 'jalali')).toEqual({ kind: 'date', date: '2025-03-20' });
    }
  });

  it('reads Gregorian dates when the calendar preference is Gregorian', () => {
    expect(readTypedDate('2025/03/20', 'gregorian')).toEqual({ kind: 'date', date: '2025-03-20' });
    expect(readTypedDate('۲۰۲۵-۳-۲۰', 'gregorian')).toEqual({ kind: 'date', date: '2025-03-20' });
  });

  it('treats blank text as "no date" and garbage as an error, never as a date', () => {
    expect(readTypedDate('', 'jalali')).toEqual({ kind: 'empty' });
    expect(readTypedDate('   ', 'jalali')).toEqual({ kind: 'empty' });
    expect(readTypedDate('فردا', 'jalali')).toEqual({ kind: 'error', reason: 'format' });
    expect(readTypedDate('1403/12', 'jalali')).toEqual({ kind: 'error', reason: 'format' });
    // 1404 is not a leap year: Esfand has 29 days.
    expect(readTypedDate('1404/12/30', 'jalali')).toEqual({ kind: 'error', reason: 'invalidDate' });
    expect(readTypedDate('1403/13/01', 'jalali')).toEqual({ kind: 'error', reason: 'invalidDate' });
  });

  it('has a translation key for every error reason', () => {
    expect(Object.keys(DATE_ERROR_KEYS).sort()).toEqual(['format', 'invalidDate']);
  });
});

describe('dateFieldText', () => {
  it('writes the stored date the way the user types it, and it reads back to the same date', () => {
    expect(dateFieldText('2025-03-20', faJalali)).toBe('۱۴۰۳/۱۲/۳۰');
    expect(dateFieldText('2025-03-20', { ...faJalali, digits: 'latin' })).toBe('1403/12/30');
    expect(dateFieldText('2025-03-20', enGregorian)).toBe('2025/03/20');
    for (const iso of ['2024-01-01', '2025-03-21', '2026-03-20', '1999-12-31']) {
      expect(readTypedDate(dateFieldText(iso, faJalali), 'jalali')).toEqual({ kind: 'date', date: iso });
      expect(readTypedDate(dateFieldText(iso, enGregorian), 'gregorian')).toEqual({ kind: 'date', date: iso });
    }
  });

  it('shows nothing for no date and a malformed stored value as it is instead of throwing', () => {
    expect(dateFieldText('', faJalali)).toBe('');
    expect(dateFieldText('2025-02-30', faJalali)).toBe('2025-02-30');
    expect(safeFormatDate('not a date', faJalali, 'long')).toBe('not a date');
  });
});

describe('calendar view helpers', () => {
  it('starts the week on Saturday for Jalali or Persian, Sunday for English Gregorian', () => {
    expect(weekStartFor('jalali', 'fa')).toBe('saturday');
    expect(weekStartFor('jalali', 'en')).toBe('saturday');
    expect(weekStartFor('gregorian', 'fa')).toBe('saturday');
    expect(weekStartFor('gregorian', 'en')).toBe('sunday');
  });

  it('marks Friday as the weekend only in an Iranian week', () => {
    expect(isWeekend(5, 'saturday')).toBe(true);
    expect(isWeekend(6, 'saturday')).toBe(false);
    expect(isWeekend(5, 'sunday')).toBe(false);
  });

  it('titles the month in the user calendar, language and digits', () => {
    expect(monthTitle({ year: 1403, month: 12 }, 'jalali', 'fa', 'persian')).toBe('اسفند ۱۴۰۳');
    expect(monthTitle({ year: 2025, month: 3 }, 'gregorian', 'en', 'latin')).toBe('March 2025');
  });
});
