import { describe, expect, it } from 'vitest';
import {
  addMonths,
  fromCalendarDate,
  isValidCalendarDate,
  monthLength,
  shiftYearMonth,
  toCalendarDate,
} from '../../../../shared/dates';

describe('calendar-neutral dates', () => {
  it('reads and writes dates in either calendar', () => {
    expect(toCalendarDate('2025-03-20', 'jalali')).toEqual({ year: 1403, month: 12, day: 30 });
    expect(toCalendarDate('2025-03-20', 'gregorian')).toEqual({ year: 2025, month: 3, day: 20 });
    expect(fromCalendarDate({ year: 1404, month: 1, day: 1 }, 'jalali')).toBe('2025-03-21');
    expect(fromCalendarDate({ year: 2025, month: 3, day: 21 }, 'gregorian')).toBe('2025-03-21');
  });

  it('validates and measures months in either calendar', () => {
    expect(isValidCalendarDate({ year: 1403, month: 12, day: 30 }, 'jalali')).toBe(true);
    expect(isValidCalendarDate({ year: 1404, month: 12, day: 30 }, 'jalali')).toBe(false);
    expect(isValidCalendarDate({ year: 2025, month: 2, day: 29 }, 'gregorian')).toBe(false);
    expect(monthLength('jalali', 1403, 12)).toBe(30);
    expect(monthLength('gregorian', 2024, 2)).toBe(29);
  });

  it('pages months across years', () => {
    expect(shiftYearMonth({ year: 1403, month: 12 }, 1)).toEqual({ year: 1404, month: 1 });
    expect(shiftYearMonth({ year: 1404, month: 1 }, -1)).toEqual({ year: 1403, month: 12 });
    expect(shiftYearMonth({ year: 2025, month: 3 }, -27)).toEqual({ year: 2022, month: 12 });
    expect(shiftYearMonth({ year: 2025, month: 3 }, 0)).toEqual({ year: 2025, month: 3 });
  });

  it('adds months in the calendar the user thinks in, clamping the day', () => {
    expect(addMonths('2025-03-20', 12, 'jalali')).toBe('2026-03-20'); // 1403/12/30 → 1404/12/29
    expect(addMonths('2025-03-20', 1, 'jalali')).toBe('2025-04-19'); // → 1404/01/30
    expect(addMonths('2024-09-21', 1, 'jalali')).toBe('2024-10-21'); // 1403/06/31 → 1403/07/30
    expect(addMonths('2024-01-31', 1, 'gregorian')).toBe('2024-02-29');
    expect(addMonths('2024-03-31', -1, 'gregorian')).toBe('2024-02-29');
    expect(addMonths('2025-01-15', 0, 'gregorian')).toBe('2025-01-15');
    expect(() => addMonths('2025-01-15', 1.5, 'gregorian')).toThrow(RangeError);
  });
});
