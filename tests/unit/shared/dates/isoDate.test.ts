import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  daysBetween,
  gregorianMonthLength,
  isGregorianLeapYear,
  isIsoDate,
  isoDateFromParts,
  isoDateParts,
  isValidGregorian,
} from '../../../../shared/dates';

describe('ISO calendar dates', () => {
  it('validates YYYY-MM-DD strictly', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-3-20')).toBe(false);
    expect(isIsoDate('2025-03-20T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('knows Gregorian leap years and month lengths', () => {
    expect([2000, 2024].every(isGregorianLeapYear)).toBe(true);
    expect([1900, 2023, 2100].some(isGregorianLeapYear)).toBe(false);
    expect(gregorianMonthLength(2024, 2)).toBe(29);
    expect(gregorianMonthLength(2025, 2)).toBe(28);
    expect(gregorianMonthLength(2025, 4)).toBe(30);
    expect(gregorianMonthLength(2025, 12)).toBe(31);
    expect(isValidGregorian(2025, 4, 31)).toBe(false);
    expect(isValidGregorian(2025, 4, 30)).toBe(true);
  });

  it('splits and joins parts', () => {
    expect(isoDateParts('2025-03-20')).toEqual({ year: 2025, month: 3, day: 20 });
    expect(isoDateFromParts(2025, 3, 7)).toBe('2025-03-07');
    expect(isoDateFromParts(800, 1, 1)).toBe('0800-01-01');
    expect(() => isoDateParts('2025-02-30')).toThrow(RangeError);
    expect(() => isoDateFromParts(2025, 2, 29)).toThrow(RangeError);
    expect(() => isoDateFromParts(10000, 1, 1)).toThrow(RangeError);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-20', 365)).toBe('2026-03-20');
    expect(() => addDays('2025-03-20', 0.5)).toThrow(RangeError);
    expect(daysBetween('2025-03-20', '2026-03-21')).toBe(366);
    expect(daysBetween('2026-03-21', '2025-03-20')).toBe(-366);
  });

  it('tells the weekday like Date#getUTCDay', () => {
    expect(dayOfWeek('2025-03-20')).toBe(4);
    expect(dayOfWeek('2026-03-21')).toBe(6);
    for (let iso = '2024-12-25'; iso <= '2025-01-10'; iso = addDays(iso, 1)) {
      expect(dayOfWeek(iso)).toBe(new Date(`${iso}T00:00:00Z`).getUTCDay());
    }
  });
});
