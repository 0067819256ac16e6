import type { MangoQuery, MangoQuerySelector } from 'rxdb';
import { addDays, type IsoDate } from '../../../../shared/dates';
import type { ActivityDoc } from '../../../../shared/entities';
import type { Actor } from '../../db/records';

/**
 * The agenda and the calendar read activities by the [status, dueKey] index only
 * (dueKey = `${day}\u0001${id}`): a day range of open or done work is one index range,
 * whatever the size of the collection (300k activities on a team's device). Nothing
 * here reads the whole collection.
 */

/**
 * The smallest dueKey of a day. RxDB pads index strings with spaces, and the key's
 * separator (\u0001) sorts below a space, so a bare '2026-12-02' as a bound would fall
 * after that day's keys in the index (and before them in a plain comparison): bounds
 * carry the separator, which orders the same both ways.
 */
export function dayKey(day: IsoDate): string {
  return `${day}\u0001`;
}

export const TODAY_LIMIT = 500;
export const OVERDUE_LIMIT = 300;
export const RANGE_LIMIT = 2000;

/** Whose activities: the user's and the user's team's, or everyone's on this device. */
export type AgendaScope = 'mine' | 'all';

export interface LimitedQuery {
  query: MangoQuery<ActivityDoc>;
  limit: number;
}

function scoped(selector: MangoQuerySelector<ActivityDoc>, scope: AgendaScope, actor: Actor): MangoQuerySelector<ActivityDoc> {
  return scope === 'mine' ? { ...selector, assigneeId: { $in: [actor.userId, actor.teamId] } } : selector;
}

function indexQuery(status: ActivityDoc['status'], dueKey: Record<string, string>, limit: number, scope: AgendaScope, actor: Actor): LimitedQuery {
  return {
    query: { selector: scoped({ status, dueKey }, scope, actor), sort: [{ status: 'asc' }, { dueKey: 'asc' }], limit },
    limit,
  };
}

/** Today's open and done work, and the open work that is late (oldest first, bounded). */
export function agendaQueries(today: IsoDate, scope: AgendaScope, actor: Actor): LimitedQuery[] {
  const tomorrow = addDays(today, 1);
  return [
    indexQuery('open', { $gte: dayKey(today), $lt: dayKey(tomorrow) }, TODAY_LIMIT, scope, actor),
    indexQuery('done', { $gte: dayKey(today), $lt: dayKey(tomorrow) }, TODAY_LIMIT, scope, actor),
    indexQuery('open', { $lt: dayKey(today) }, OVERDUE_LIMIT, scope, actor),
  ];
}

/** Open and done work on the days from..to (inclusive): a month of data, not everything. */
export function rangeQueries(from: IsoDate, to: IsoDate, scope: AgendaScope, actor: Actor): LimitedQuery[] {
  const after = addDays(to, 1);
  return [
    indexQuery('open', { $gte: dayKey(from), $lt: dayKey(after) }, RANGE_LIMIT, scope, actor),
    indexQuery('done', { $gte: dayKey(from), $lt: dayKey(after) }, RANGE_LIMIT, scope, actor),
  ];
}

/** A team-wide read may hold other people's work under "mine": keep only what is really the user's. */
export function inScope(a: Pick<ActivityDoc, 'assigneeType' | 'assigneeId'>, scope: AgendaScope, actor: Actor): boolean {
  if (scope === 'all') return true;
  return a.assigneeType === 'user' ? a.assigneeId === actor.userId : a.assigneeId === actor.teamId;
}
