import { describe, expect, it } from 'vitest';
import { monthNames, weekdayName, weekdayNames } from '../../../../shared/dates';

describe('month and weekday names', () => {
  it('names Jalali months in both languages', () => {
    expect(monthNames('jalali', 'fa')).toEqual([
      'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند',
    ]);
    expect(monthNames('jalali', 'en')).toEqual([
      'Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand',
    ]);
  });

  it('names Gregorian months in both languages', () => {
    expect(monthNames('gregorian', 'fa')[2]).toBe('مارس');
    expect(monthNames('gregorian', 'fa')).toHaveLength(12);
    expect(monthNames('gregorian', 'en')[0]).toBe('January');
    expect(monthNames('gregorian', 'en')[11]).toBe('December');
  });

  it('lists weekdays from the chosen first day', () => {
    expect(weekdayNames('fa', 'saturday', 'narrow')).toEqual(['ش', 'ی', 'د', 'س', 'چ', 'پ', 'ج']);
    expect(weekdayNames('fa', 'saturday', 'short')[0]).toBe('شنبه');
    expect(weekdayNames('en', 'monday', 'short')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(weekdayNames('en', 'sunday', 'short')[0]).toBe('Sun');
    expect(weekdayNames('en', 'saturday')[6]).toBe('Fri');
  });

  it('names a single weekday', () => {
    expect(weekdayName('fa', 4)).toBe('پنجشنبه');
    expect(weekdayName('en', 0)).toBe('Sunday');
    expect(() => weekdayName('en', 7)).toThrow(RangeError);
  });

  it('returns frozen, cached arrays', () => {
    expect(monthNames('jalali', 'fa')).toBe(monthNames('jalali', 'fa'));
    expect(Object.isFrozen(weekdayNames('fa', 'saturday', 'narrow'))).toBe(true);
  });
});
