import { describe, expect, it } from 'vitest';
import {
  activityDay, daysLate, isAssignedTo, isCompletable, isOverdue, isTimed, regardingPath,
} from '../../../renderer/src/features/activities/activity-view';
import { assigneeGroups } from '../../../renderer/src/features/activities/use-assignees';
import { activity } from './fixtures';

const today = '2026-12-02';

describe('where an activity sits in time', () => {
  it('meetings and calls to make are timed; tasks and logged calls are not', () => {
    expect(isTimed(activity({ type: 'meeting' }))).toBe(true);
    expect(isTimed(activity({ type: 'call', dueDate: today }))).toBe(true);
    expect(isTimed(activity({ type: 'call' }))).toBe(false);
    expect(isTimed(activity({ type: 'task', dueDate: today }))).toBe(false);
  });

  it('a meeting sits on its start day in Tehran; a task on its due date; a log on none', () => {
    // 21:00 UTC is 00:30 the next day in Tehran.
    expect(activityDay(activity({ type: 'meeting', occurredAt: '2026-12-01T21:00:00.000Z' }))).toBe('2026-12-02');
    expect(activityDay(activity({ type: 'meeting', dueDate: '2026-12-05', occurredAt: '2026-12-05T06:30:00.000Z' }))).toBe('2026-12-05');
    expect(activityDay(activity({ type: 'task', dueDate: '2026-12-09' }))).toBe('2026-12-09');
    expect(activityDay(activity({ type: 'note', status: 'done' }))).toBeNull();
  });

  it('counts the days an open task or call is late; never for meetings, done or undated work', () => {
    expect(daysLate(activity({ dueDate: '2026-11-29' }), today)).toBe(3);
    expect(isOverdue(activity({ dueDate: '2026-12-01' }), today)).toBe(true);
    expect(daysLate(activity({ dueDate: today }), today)).toBe(0);
    expect(daysLate(activity({ dueDate: '2026-11-29', status: 'done' }), today)).toBe(0);
    expect(daysLate(activity({ type: 'meeting', dueDate: '2026-11-29' }), today)).toBe(0);
    expect(daysLate(activity({ type: 'call', dueDate: '2026-11-30' }), today)).toBe(2);
    expect(daysLate(activity(), today)).toBe(0);
  });

  it('ticks off tasks, meetings, calls to make and open work, never cancelled or logged items', () => {
    expect(isCompletable(activity())).toBe(true);
    expect(isCompletable(activity({ type: 'meeting', status: 'done' }))).toBe(true);
    expect(isCompletable(activity({ type: 'call', status: 'done' }))).toBe(false);
    expect(isCompletable(activity({ type: 'note', status: 'done' }))).toBe(false);
    expect(isCompletable(activity({ status: 'cancelled' }))).toBe(false);
  });
});

describe('assignment and records', () => {
  it('is the user\'s when assigned to them or to their team', () => {
    const me = { userId: 'u1', teamId: 't1' };
    expect(isAssignedTo(activity(), me)).toBe(true);
    expect(isAssignedTo(activity({ assigneeType: 'team', assigneeId: 't1' }), me)).toBe(true);
    expect(isAssignedTo(activity({ assigneeId: 'u2' }), me)).toBe(false);
    expect(isAssignedTo(activity({ assigneeType: 'team', assigneeId: 'u1' }), me)).toBe(false);
  });

  it('opens the record of every regarding type', () => {
    expect(regardingPath('account', 'x')).toBe('/accounts/x');
    expect(regardingPath('contact', 'x')).toBe('/contacts/x');
    expect(regardingPath('lead', 'x')).toBe('/leads/x');
    expect(regardingPath('opportunity', 'x')).toBe('/opportunities/x');
    expect(regardingPath('quote', 'x')).toBe('/quotes/x');
  });

  it('offers active users (me first) and teams, including my own team before it is synced', () => {
    const rows = [
      { kind: 'user', key: 'u2', data: { displayName: 'مریم احمدی', active: true } },
      { kind: 'user', key: 'u3', data: { displayName: 'رفته', active: false } },
      { kind: 'user', key: 'u1', data: { displayName: 'local-user', active: true } },
      { kind: 'team', key: 't9', data: { name: 'فروش شمال' } },
    ];
    const groups = assigneeGroups(rows, { userId: 'u1', teamId: 't1' }, { me: 'من', myTeam: 'تیم من' });
    expect(groups.users).toEqual([{ value: 'user:u1', label: 'من' }, { value: 'user:u2', label: 'مریم احمدی' }]);
    expect(groups.teams.map((t) => t.value).sort()).toEqual(['team:t1', 'team:t9']);
  });
});
