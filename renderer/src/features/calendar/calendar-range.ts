import {
  WEEK_START_DAY, addDays, addMonths, dayOfWeek, isIsoDate, monthGrid, toCalendarDate, type IsoDate, type MonthGridCell, type WeekStart,
} from '../../../../shared/dates';
import type { ActivityDoc } from '../../../../shared/entities';
import type { CalendarSystem } from '../../../../shared/preferences';
import { activityDay, isTimed } from '../activities/activity-view';

export const CALENDAR_VIEWS = ['week', 'month'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export interface CalendarRange {
  /** First and last day shown (inclusive). */
  from: IsoDate;
  to: IsoDate;
  /** Rows of 7 days, each row starting on the week's first day. */
  weeks: MonthGridCell[][];
}

/** The first day of the week containing `date`. */
export function weekStartOf(date: IsoDate, weekStart: WeekStart): IsoDate {
  return addDays(date, -((dayOfWeek(date) - WEEK_START_DAY[weekStart] + 7) % 7));
}

/**
 * The days a view shows around `anchor`: the month of the anchor in the user's calendar
 * (whole weeks, so spill-over days of the neighbouring months are there too), or its week.
 */
export function viewRange(view: CalendarView, anchor: IsoDate, calendar: CalendarSystem, weekStart: WeekStart): CalendarRange {
  if (view === 'month') {
    const { year, month } = toCalendarDate(anchor, calendar);
    const weeks = monthGrid(calendar, year, month, weekStart);
    return { from: weeks[0]![0]!.isoDate, to: weeks[weeks.length - 1]![6]!.isoDate, weeks };
  }
  const first = weekStartOf(anchor, weekStart);
  const week = Array.from({ length: 7 }, (_, i) => {
    const isoDate = addDays(first, i);
    return { isoDate, day: toCalendarDate(isoDate, calendar).day, inMonth: true, dayOfWeek: dayOfWeek(isoDate) };
  });
  return { from: first, to: addDays(first, 6), weeks: [week] };
}

/** The anchor `delta` views later (a month in the user's calendar, or 7 days). */
export function shiftAnchor(view: CalendarView, anchor: IsoDate, delta: number, calendar: CalendarSystem): IsoDate {
  return view === 'month' ? addMonths(anchor, delta, calendar) : addDays(anchor, 7 * delta);
}

/** A route's date segment, or today when it is missing or not a date. */
export function anchorFromParam(param: string | undefined, today: IsoDate): IsoDate {
  return param && isIsoDate(param) ? param : today;
}

const PRIORITY_RANK = { high: 0, normal: 1, low: 2 } as const;

/** Within a day: timed items by start, then to-dos (open first, by priority), then by subject. */
export function compareInDay(a: ActivityDoc, b: ActivityDoc): number {
  const ta = isTimed(a);
  const tb = isTimed(b);
  if (ta !== tb) return ta ? -1 : 1;
  if (ta) return a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.id < b.id ? -1 : 1;
  if (a.status !== b.status) return a.status === 'open' ? -1 : 1;
  const p = PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
  return p !== 0 ? p : a.subject.localeCompare(b.subject, 'fa') || (a.id < b.id ? -1 : 1);
}

/**
 * Activities on the days of a range: meetings on their start's day, tasks and calls to
 * make on their due day. Cancelled and undated ones are left out; each id once.
 */
export function placeOnDays(activities: readonly ActivityDoc[], range: Pick<CalendarRange, 'from' | 'to'>): Map<IsoDate, ActivityDoc[]> {
  const days = new Map<IsoDate, ActivityDoc[]>();
  const seen = new Set<string>();
  for (const a of activities) {
    if (seen.has(a.id) || a.status === 'cancelled') continue;
    seen.add(a.id);
    const day = activityDay(a);
    if (!day || day < range.from || day > range.to) continue;
    const list = days.get(day);
    if (list) list.push(a);
    else days.set(day, [a]);
  }
  for (const list of days.values()) list.sort(compareInDay);
  return days;
}
