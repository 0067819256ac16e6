import { describe, expect, it } from 'vitest';
import {
  addDays,
  fromJalali,
  isLeapJalaliYear,
  isValidJalali,
  jalaliMonthLength,
  MAX_JALALI_YEAR,
  toJalali,
} from '../../../../shared/dates';

describe('Jalali conversion fixtures', () => {
  it.each([
    ['2024-01-01', 1402, 10, 11],
    ['2024-02-29', 1402, 12, 10],
    ['2024-03-01', 1402, 12, 11],
    ['2025-03-20', 1403, 12, 30],
    ['2025-03-21', 1404, 1, 1],
    ['2026-03-20', 1404, 12, 29],
    ['2026-03-21', 1405, 1, 1],
    ['2000-01-01', 1378, 10, 11],
    ['2016-04-11', 1395, 1, 23],
  ])('%s = %i/%i/%i', (iso, jy, jm, jd) => {
    expect(toJalali(iso)).toEqual({ jy, jm, jd });
    expect(fromJalali(jy, jm, jd)).toBe(iso);
  });

  it('knows the leap Esfand of 1403 and the short one of 1404', () => {
    expect(isValidJalali(1403, 12, 30)).toBe(true);
    expect(isValidJalali(1404, 12, 30)).toBe(false);
    expect(isLeapJalaliYear(1403)).toBe(true);
    expect(isLeapJalaliYear(1404)).toBe(false);
    expect([1399, 1403, 1408].every(isLeapJalaliYear)).toBe(true);
    expect(jalaliMonthLength(1403, 12)).toBe(30);
    expect(jalaliMonthLength(1404, 12)).toBe(29);
    expect(jalaliMonthLength(1404, 1)).toBe(31);
    expect(jalaliMonthLength(1404, 6)).toBe(31);
    expect(jalaliMonthLength(1404, 7)).toBe(30);
  });

  it('rejects impossible dates and out-of-range input', () => {
    expect(isValidJalali(1404, 13, 1)).toBe(false);
    expect(isValidJalali(1404, 0, 1)).toBe(false);
    expect(isValidJalali(1404, 7, 31)).toBe(false);
    expect(isValidJalali(1404, 1, 1.5)).toBe(false);
    expect(isValidJalali(MAX_JALALI_YEAR + 1, 1, 1)).toBe(false);
    expect(() => fromJalali(1404, 12, 30)).toThrow(RangeError);
    expect(() => jalaliMonthLength(1404, 13)).toThrow(RangeError);
    expect(() => isLeapJalaliYear(5000)).toThrow(RangeError);
    expect(() => toJalali('2025-02-30')).toThrow(RangeError);
    expect(() => toJalali('20250320')).toThrow(RangeError);
  });

  it('matches Intl’s persian calendar on every day 2000-01-01 … 2040-12-31', () => {
    const intl = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    const mismatches: string[] = [];
    let days = 0;
    for (let iso = '2000-01-01'; iso <= '2040-12-31'; iso = addDays(iso, 1)) {
      const parts = Object.fromEntries(intl.formatToParts(new Date(`${iso}T00:00:00Z`)).map((p) => [p.type, p.value]));
      const ours = toJalali(iso);
      if (Number(parts.year) !== ours.jy || Number(parts.month) !== ours.jm || Number(parts.day) !== ours.jd) {
        mismatches.push(iso);
      }
      if (fromJalali(ours.jy, ours.jm, ours.jd) !== iso) mismatches.push(`round trip ${iso}`);
      days += 1;
    }
    expect(days).toBe(14_976);
    expect(mismatches).toEqual([]);
  });
});
