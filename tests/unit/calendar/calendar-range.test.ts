import { describe, expect, it } from 'vitest';
import { anchorFromParam, compareInDay, placeOnDays, shiftAnchor, viewRange, weekStartOf } from '../../../renderer/src/features/calendar/calendar-range';
import { calendarKeyAction } from '../../../renderer/src/features/calendar/calendar-keys';
import { activity } from '../activities/fixtures';

describe('calendar ranges', () => {
  it('a Jalali month: whole weeks from Saturday, the month\'s days marked in it', () => {
    // Azar 1405 runs 2026-11-22 (a Sunday) to 2026-12-21.
    const range = viewRange('month', '2026-12-02', 'jalali', 'saturday');
    expect(range.from).toBe('2026-11-21');
    expect(range.weeks[0]![0]).toMatchObject({ isoDate: '2026-11-21', day: 30, inMonth: false, dayOfWeek: 6 });
    expect(range.weeks[0]![1]).toMatchObject({ isoDate: '2026-11-22', day: 1, inMonth: true });
    expect(range.to).toBe('2026-12-25');
    expect(range.weeks.flat().filter((c) => c.inMonth)).toHaveLength(30);
  });

  it('a Gregorian month from Sunday (English)', () => {
    const range = viewRange('month', '2026-12-02', 'gregorian', 'sunday');
    expect(range.from).toBe('2026-11-29');
    expect(range.to).toBe('2027-01-02');
    expect(range.weeks.flat().filter((c) => c.inMonth).map((c) => c.day)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });

  it('a week from its first day', () => {
    expect(weekStartOf('2026-12-02', 'saturday')).toBe('2026-11-28');
    expect(weekStartOf('2026-11-28', 'saturday')).toBe('2026-11-28');
    const week = viewRange('week', '2026-12-02', 'jalali', 'saturday');
    expect([week.from, week.to]).toEqual(['2026-11-28', '2026-12-04']);
    expect(week.weeks[0]!.map((c) => c.day)).toEqual([7, 8, 9, 10, 11, 12, 13]);
  });

  it('pages by a month of the user\'s calendar or by 7 days', () => {
    expect(shiftAnchor('month', '2026-12-21', 1, 'jalali')).toBe('2027-01-20'); // 30 Azar → 30 Dey
    expect(shiftAnchor('month', '2027-01-31', 1, 'gregorian')).toBe('2027-02-28');
    expect(shiftAnchor('week', '2026-12-02', -1, 'jalali')).toBe('2026-11-25');
  });

  it('takes the day from the route, today when missing or bad', () => {
    expect(anchorFromParam('2026-10-01', '2026-12-02')).toBe('2026-10-01');
    expect(anchorFromParam('2026-02-30', '2026-12-02')).toBe('2026-12-02');
    expect(anchorFromParam(undefined, '2026-12-02')).toBe('2026-12-02');
  });
});

describe('placing activities on days', () => {
  it('meetings by their start day, tasks by due date; timed first by start, then to-dos', () => {
    const range = { from: '2026-11-28', to: '2026-12-04' };
    const days = placeOnDays([
      activity({ subject: 'وظیفه', dueDate: '2026-12-02' }, 'task'),
      activity({ type: 'meeting', subject: 'عصر', dueDate: '2026-12-02', occurredAt: '2026-12-02T12:00:00.000Z' }, 'pm'),
      activity({ type: 'meeting', subject: 'صبح', dueDate: '2026-12-02', occurredAt: '2026-12-02T05:00:00.000Z' }, 'am'),
      activity({ type: 'meeting', occurredAt: '2026-11-29T21:00:00.000Z' }, 'undated-meeting'), // 00:30 on 11-30 in Tehran
      activity({ dueDate: '2026-12-05' }, 'outside'),
      activity({ dueDate: '2026-12-03', status: 'cancelled' }, 'cancelled'),
      activity({ type: 'note', status: 'done' }, 'log'),
    ], range);
    expect(days.get('2026-12-02')!.map((a) => a.id)).toEqual(['am', 'pm', 'task']);
    expect(days.get('2026-11-30')!.map((a) => a.id)).toEqual(['undated-meeting']);
    expect([...days.keys()].sort()).toEqual(['2026-11-30', '2026-12-02']);
  });

  it('orders to-dos open first, then by priority', () => {
    const done = activity({ status: 'done', priority: 'high' }, 'd');
    const high = activity({ priority: 'high' }, 'h');
    const low = activity({ priority: 'low' }, 'l');
    expect([done, low, high].sort(compareInDay).map((a) => a.id)).toEqual(['h', 'l', 'd']);
  });
});

describe('calendar keyboard', () => {
  const ctx = { dir: 'rtl' as const, calendar: 'jalali' as const, weekStart: 'saturday' as const, view: 'month' as const, today: '2026-12-02' };
  it('moves by day visually (RTL: left is the next day), week, period and to today', () => {
    expect(calendarKeyAction({ key: 'ArrowLeft' }, '2026-12-10', ctx)).toEqual({ kind: 'focus', date: '2026-12-11' });
    expect(calendarKeyAction({ key: 'ArrowLeft' }, '2026-12-10', { ...ctx, dir: 'ltr' })).toEqual({ kind: 'focus', date: '2026-12-09' });
    expect(calendarKeyAction({ key: 'ArrowDown' }, '2026-12-10', ctx)).toEqual({ kind: 'focus', date: '2026-12-17' });
    expect(calendarKeyAction({ key: 'PageDown' }, '2026-12-10', ctx)).toEqual({ kind: 'focus', date: '2027-01-09' });
    expect(calendarKeyAction({ key: 'PageUp' }, '2026-12-10', { ...ctx, view: 'week' })).toEqual({ kind: 'focus', date: '2026-12-03' });
    // T on a Persian layout types «ف», but the physical key is still KeyT.
    expect(calendarKeyAction({ key: 'ف', code: 'KeyT' }, '2026-10-01', ctx)).toEqual({ kind: 'focus', date: '2026-12-02' });
    expect(calendarKeyAction({ key: 'Home' }, '2026-12-02', ctx)).toEqual({ kind: 'focus', date: '2026-11-28' });
  });

  it('adds on Enter or Space, and leaves other keys and shortcuts alone', () => {
    expect(calendarKeyAction({ key: 'Enter' }, '2026-12-02', ctx)).toEqual({ kind: 'add' });
    expect(calendarKeyAction({ key: ' ' }, '2026-12-02', ctx)).toEqual({ kind: 'add' });
    expect(calendarKeyAction({ key: 'Escape' }, '2026-12-02', ctx)).toBeNull();
    expect(calendarKeyAction({ key: 'x' }, '2026-12-02', ctx)).toBeNull();
    expect(calendarKeyAction({ key: 't', code: 'KeyT', ctrlKey: true }, '2026-12-02', ctx)).toBeNull();
  });
});
