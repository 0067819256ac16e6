import {
  addDays,
  addMonths,
  dayOfWeek,
  toCalendarDate,
  WEEK_START_DAY,
  type IsoDate,
  type WeekStart,
} from '../../../../shared/dates';
import type { CalendarSystem } from '../../../../shared/preferences';

export interface GridKeyContext {
  /** Direction the grid is laid out in: in RTL the week runs right to left. */
  dir: 'ltr' | 'rtl';
  calendar: CalendarSystem;
  weekStart: WeekStart;
}

export interface GridKey {
  key: string;
  shiftKey?: boolean;
}

export type GridKeyAction = { kind: 'focus'; date: IsoDate } | { kind: 'select' } | { kind: 'close' };

/**
 * What a key pressed on a day of the month grid does (WAI-ARIA date picker pattern).
 * Arrows move visually: in RTL the left arrow goes to the next day, which sits to the left.
 * PageUp/PageDown move a month (Shift: a year) in the user's calendar, so Jalali 31
 * Shahrivar + 1 month is 30 Mehr. Home/End go to the start/end of the week.
 * Returns null for keys the grid leaves alone, and for moves past the supported range.
 */
export function gridKeyAction(event: GridKey, focused: IsoDate, ctx: GridKeyContext): GridKeyAction | null {
  const forward = ctx.dir === 'rtl' ? -1 : 1;
  const months = event.shiftKey ? 12 : 1;
  const intoWeek = (dayOfWeek(focused) - WEEK_START_DAY[ctx.weekStart] + 7) % 7;
  const move = (toDate: () => IsoDate): GridKeyAction | null => {
    try {
      const date = toDate();
      toCalendarDate(date, ctx.calendar); // throws outside the calendar's range
      return { kind: 'focus', date };
    } catch {
      return null; // beyond the years the calendars convert: stay put
    }
  };

  switch (event.key) {
    case 'ArrowRight':
      return move(() => addDays(focused, forward));
    case 'ArrowLeft':
      return move(() => addDays(focused, -forward));
    case 'ArrowDown':
      return move(() => addDays(focused, 7));
    case 'ArrowUp':
      return move(() => addDays(focused, -7));
    case 'PageDown':
      return move(() => addMonths(focused, months, ctx.calendar));
    case 'PageUp':
      return move(() => addMonths(focused, -months, ctx.calendar));
    case 'Home':
      return move(() => addDays(focused, -intoWeek));
    case 'End':
      return move(() => addDays(focused, 6 - intoWeek));
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case 'Escape':
      return { kind: 'close' };
    default:
      return null;
  }
}
