// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gridKeyAction, type GridKeyContext } from '../../../renderer/src/ui/date/date-grid-keyboard';

const rtlJalali: GridKeyContext = { dir: 'rtl', calendar: 'jalali', weekStart: 'saturday' };
const ltrGregorian: GridKeyContext = { dir: 'ltr', calendar: 'gregorian', weekStart: 'sunday' };
// 2025-03-20 is Thursday 1403/12/30, the last day of the leap Jalali year 1403.
const day = '2025-03-20';
const focusOn = (date: string) => ({ kind: 'focus', date });

describe('gridKeyAction', () => {
  it('in RTL the left arrow goes to the next day (drawn to the left) and the right arrow to the previous', () => {
    expect(gridKeyAction({ key: 'ArrowLeft' }, day, rtlJalali)).toEqual(focusOn('2025-03-21'));
    expect(gridKeyAction({ key: 'ArrowRight' }, day, rtlJalali)).toEqual(focusOn('2025-03-19'));
  });

  it('in LTR the arrows follow the reading direction', () => {
    expect(gridKeyAction({ key: 'ArrowRight' }, day, ltrGregorian)).toEqual(focusOn('2025-03-21'));
    expect(gridKeyAction({ key: 'ArrowLeft' }, day, ltrGregorian)).toEqual(focusOn('2025-03-19'));
  });

  it('up and down move a week in either direction', () => {
    for (const ctx of [rtlJalali, ltrGregorian]) {
      expect(gridKeyAction({ key: 'ArrowDown' }, day, ctx)).toEqual(focusOn('2025-03-27'));
      expect(gridKeyAction({ key: 'ArrowUp' }, day, ctx)).toEqual(focusOn('2025-03-13'));
    }
  });

  it('PageUp/PageDown move a month in the user calendar, clamped to shorter months', () => {
    // 1403/12/30 + 1 month = 1404/01/30 (2025-04-19); − 1 month = 1403/11/30 (2025-02-18).
    expect(gridKeyAction({ key: 'PageDown' }, day, rtlJalali)).toEqual(focusOn('2025-04-19'));
    expect(gridKeyAction({ key: 'PageUp' }, day, rtlJalali)).toEqual(focusOn('2025-02-18'));
    // Gregorian 2024-01-31 + 1 month = 2024-02-29.
    expect(gridKeyAction({ key: 'PageDown' }, '2024-01-31', ltrGregorian)).toEqual(focusOn('2024-02-29'));
  });

  it('Shift+PageUp/PageDown move a year; Esfand 30 of a leap year becomes Esfand 29', () => {
    // 1404 is not leap: 1404/12/29 = 2026-03-20.
    expect(gridKeyAction({ key: 'PageDown', shiftKey: true }, day, rtlJalali)).toEqual(focusOn('2026-03-20'));
    expect(gridKeyAction({ key: 'PageUp', shiftKey: true }, '2024-02-29', ltrGregorian)).toEqual(focusOn('2023-02-28'));
  });

  it('Home/End go to the first and last day of the week as the calendar starts it', () => {
    // Thursday 2025-03-20: the Iranian week runs Sat 03-15 … Fri 03-21.
    expect(gridKeyAction({ key: 'Home' }, day, rtlJalali)).toEqual(focusOn('2025-03-15'));
    expect(gridKeyAction({ key: 'End' }, day, rtlJalali)).toEqual(focusOn('2025-03-21'));
    // The en-US week runs Sun 03-16 … Sat 03-22.
    expect(gridKeyAction({ key: 'Home' }, day, ltrGregorian)).toEqual(focusOn('2025-03-16'));
    expect(gridKeyAction({ key: 'End' }, day, ltrGregorian)).toEqual(focusOn('2025-03-22'));
    // On the week's first day Home stays put.
    expect(gridKeyAction({ key: 'Home' }, '2025-03-15', rtlJalali)).toEqual(focusOn('2025-03-15'));
  });

  it('Enter and Space select, Escape closes, other keys are left alone', () => {
    expect(gridKeyAction({ key: 'Enter' }, day, rtlJalali)).toEqual({ kind: 'select' });
    expect(gridKeyAction({ key: ' ' }, day, rtlJalali)).toEqual({ kind: 'select' });
    expect(gridKeyAction({ key: 'Escape' }, day, rtlJalali)).toEqual({ kind: 'close' });
    expect(gridKeyAction({ key: 'a' }, day, rtlJalali)).toBeNull();
    expect(gridKeyAction({ key: 'Tab' }, day, rtlJalali)).toBeNull();
  });

  it('refuses to move past the years the calendar can convert', () => {
    expect(gridKeyAction({ key: 'ArrowDown' }, '9999-12-30', ltrGregorian)).toBeNull();
    expect(gridKeyAction({ key: 'PageDown' }, '9999-12-15', ltrGregorian)).toBeNull();
  });
});
