import type { IsoDate } from '../../../../shared/dates';
import { gridKeyAction, type GridKey, type GridKeyContext } from '../../ui/date/date-grid-keyboard';
import { shiftAnchor, type CalendarView } from './calendar-range';

export type CalendarKeyAction = { kind: 'focus'; date: IsoDate } | { kind: 'add' };

export interface CalendarKey extends GridKey {
  /** The physical key ('KeyT'), so "today" works on a Persian keyboard layout too. */
  code?: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/**
 * What a key does on a day of the week or month view. Arrows move a day or a week
 * (visually: in RTL the left arrow is the next day), Home/End the week's ends, PageUp /
 * PageDown the previous / next month or week, T today, Enter or Space adds an activity
 * on the focused day. Keys with Ctrl/Alt/Meta are left to the browser.
 */
export function calendarKeyAction(event: CalendarKey, focused: IsoDate, ctx: GridKeyContext & { view: CalendarView; today: IsoDate }): CalendarKeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (event.key === 'PageUp' || event.key === 'PageDown') {
    try {
      return { kind: 'focus', date: shiftAnchor(ctx.view, focused, event.key === 'PageDown' ? 1 : -1, ctx.calendar) };
    } catch {
      return null;
    }
  }
  if (event.code === 'KeyT' || event.key === 't' || event.key === 'T') return { kind: 'focus', date: ctx.today };
  const action = gridKeyAction(event, focused, ctx);
  if (!action || action.kind === 'close') return null;
  if (action.kind === 'select') return { kind: 'add' };
  return action;
}
