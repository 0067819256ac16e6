import type { IsoDate } from '../../../../shared/dates';
import type { ActivityDoc } from '../../../../shared/entities';
import { activityDay, daysLate, isTimed } from '../activities/activity-view';

export interface AgendaItem {
  activity: ActivityDoc;
  /** Whole days past its day (open tasks and calls only). */
  daysLate: number;
}

/** "My day": what the user has on today, and what is late. */
export interface Agenda {
  /** Open tasks (and other to-dos) past their due date, most late first. */
  overdue: AgendaItem[];
  /** Today's meetings in time order, held or not. */
  meetings: AgendaItem[];
  /** Calls to make today or already late, in time order; today's calls made at the end. */
  calls: AgendaItem[];
  /** Tasks due today: open ones first (high priority first), then the ones done. */
  tasks: AgendaItem[];
  /** Items still to do. */
  openCount: number;
}

const PRIORITY_RANK = { high: 0, normal: 1, low: 2 } as const;

function byTime(a: ActivityDoc, b: ActivityDoc): number {
  return a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.id < b.id ? -1 : 1;
}

function byTodo(a: ActivityDoc, b: ActivityDoc): number {
  if (a.status !== b.status) return a.status === 'open' ? -1 : 1;
  const pa = PRIORITY_RANK[a.priority];
  const pb = PRIORITY_RANK[b.priority];
  return pa !== pb ? pa - pb : byTime(a, b);
}

/**
 * Sorts the day's activities (read by index: open ones up to today, and what was done
 * today) into the agenda's sections. Cancelled ones and ones not on a day are left out;
 * a duplicate id (from overlapping reads) counts once.
 */
export function buildAgenda(activities: readonly ActivityDoc[], today: IsoDate): Agenda {
  const seen = new Set<string>();
  const overdue: AgendaItem[] = [];
  const meetings: AgendaItem[] = [];
  const calls: AgendaItem[] = [];
  const tasks: AgendaItem[] = [];
  for (const a of activities) {
    if (seen.has(a.id) || a.status === 'cancelled') continue;
    seen.add(a.id);
    const day = activityDay(a);
    if (!day) continue;
    const item = { activity: a, daysLate: daysLate(a, today) };
    if (a.type === 'meeting') {
      if (day === today) meetings.push(item);
    } else if (isTimed(a)) {
      if (day === today || (a.status === 'open' && day < today)) calls.push(item);
    } else if (a.status === 'open' && day < today) {
      overdue.push(item);
    } else if (day === today) {
      tasks.push(item);
    }
  }
  meetings.sort((x, y) => byTime(x.activity, y.activity));
  calls.sort((x, y) => (x.activity.status !== y.activity.status ? (x.activity.status === 'open' ? -1 : 1) : byTime(x.activity, y.activity)));
  overdue.sort((x, y) => y.daysLate - x.daysLate || byTodo(x.activity, y.activity));
  tasks.sort((x, y) => byTodo(x.activity, y.activity));
  const openCount = [...overdue, ...meetings, ...calls, ...tasks].filter((i) => i.activity.status === 'open').length;
  return { overdue, meetings, calls, tasks, openCount };
}

export function isAgendaEmpty(agenda: Agenda): boolean {
  return agenda.overdue.length + agenda.meetings.length + agenda.calls.length + agenda.tasks.length === 0;
}
