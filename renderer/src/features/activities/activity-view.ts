import { daysBetween, instantToBusinessDate, type IsoDate } from '../../../../shared/dates';
import type { ActivityDoc, ActivityType, RegardingType } from '../../../../shared/entities';
import type { Actor } from '../../db/records';

type Scheduled = Pick<ActivityDoc, 'type' | 'dueDate' | 'occurredAt'>;

/**
 * Activities that happen at a time of day: meetings (start = occurredAt) and calls to make
 * (a planned call has a date; a logged one has none). Tasks are due on a day, not at a time.
 */
export function isTimed(a: Pick<ActivityDoc, 'type' | 'dueDate'>): boolean {
  return a.type === 'meeting' || (a.type === 'call' && a.dueDate !== '');
}

/**
 * The business day an activity sits on in the agenda and the calendar: a meeting on its
 * start's day, a task or a planned call on its due date; null for what was only logged.
 */
export function activityDay(a: Scheduled): IsoDate | null {
  if (a.dueDate) return a.dueDate;
  if (a.type === 'meeting') return instantToBusinessDate(a.occurredAt);
  return null;
}

/** Whole days an open activity is late (0 when due today or later, or not due at all). */
export function daysLate(a: Scheduled & Pick<ActivityDoc, 'status'>, today: IsoDate): number {
  if (a.status !== 'open' || a.type === 'meeting') return 0;
  const day = activityDay(a);
  return day && day < today ? daysBetween(day, today) : 0;
}

/** Open tasks and calls past their day are overdue; a meeting that was not marked held is not. */
export function isOverdue(a: Scheduled & Pick<ActivityDoc, 'status'>, today: IsoDate): boolean {
  return daysLate(a, today) > 0;
}

/** Assigned to the user, or to the user's team. */
export function isAssignedTo(a: Pick<ActivityDoc, 'assigneeType' | 'assigneeId'>, actor: Actor): boolean {
  return a.assigneeType === 'user' ? a.assigneeId === actor.userId : a.assigneeId === actor.teamId;
}

/** The screen of the record an activity is about. */
export function regardingPath(type: RegardingType, id: string): string {
  const base: Record<RegardingType, string> = {
    account: '/accounts', contact: '/contacts', lead: '/leads', opportunity: '/opportunities', quote: '/quotes',
    case: '/cases', campaign: '/campaigns',
  };
  return `${base[type]}/${id}`;
}

/** Types the composer offers (campaign responses come from campaigns). */
export const COMPOSER_TYPES = ['note', 'call', 'meeting', 'task', 'email', 'letter', 'sms'] as const satisfies readonly ActivityType[];
export type ComposerType = (typeof COMPOSER_TYPES)[number];

export function isComposerType(type: ActivityType): type is ComposerType {
  return (COMPOSER_TYPES as readonly string[]).includes(type);
}

/** Types whose status can be ticked off in a list: to-dos and scheduled calls/meetings. */
export function isCompletable(a: Pick<ActivityDoc, 'type' | 'status' | 'dueDate'>): boolean {
  return a.status !== 'cancelled' && (a.type === 'task' || a.type === 'meeting' || (a.status === 'open') || (a.type === 'call' && a.dueDate !== ''));
}
