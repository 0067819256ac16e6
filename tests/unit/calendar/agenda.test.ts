import { describe, expect, it } from 'vitest';
import { buildAgenda, isAgendaEmpty } from '../../../renderer/src/features/calendar/agenda';
import { activity } from '../activities/fixtures';

const today = '2026-12-02';
const ids = (items: { activity: { id: string } }[]) => items.map((i) => i.activity.id);

describe('my day', () => {
  it('lists today\'s meetings in time order, held ones too', () => {
    const agenda = buildAgenda([
      activity({ type: 'meeting', dueDate: today, occurredAt: '2026-12-02T10:00:00.000Z' }, 'late-meeting'),
      activity({ type: 'meeting', dueDate: today, occurredAt: '2026-12-02T05:00:00.000Z', status: 'done' }, 'early-meeting'),
      activity({ type: 'meeting', dueDate: '2026-12-01', occurredAt: '2026-12-01T05:00:00.000Z' }, 'yesterday-meeting'),
      activity({ type: 'meeting', dueDate: today, occurredAt: '2026-12-02T07:00:00.000Z', status: 'cancelled' }, 'cancelled'),
    ], today);
    expect(ids(agenda.meetings)).toEqual(['early-meeting', 'late-meeting']);
    expect(agenda.openCount).toBe(1);
  });

  it('highlights open tasks past their due date with the days late, most late first', () => {
    const agenda = buildAgenda([
      activity({ dueDate: '2026-12-01' }, 'one-day'),
      activity({ dueDate: '2026-11-02' }, 'thirty-days'),
      activity({ dueDate: '2026-11-30', status: 'done' }, 'done-late'),
    ], today);
    expect(agenda.overdue.map((i) => [i.activity.id, i.daysLate])).toEqual([['thirty-days', 30], ['one-day', 1]]);
  });

  it('lists tasks due today, open ones first by priority, then the ones done', () => {
    const agenda = buildAgenda([
      activity({ dueDate: today, status: 'done' }, 'done'),
      activity({ dueDate: today, priority: 'low' }, 'low'),
      activity({ dueDate: today, priority: 'high' }, 'high'),
      activity({ dueDate: today }, 'normal'),
      activity({ type: 'email', dueDate: today, subject: 'ارسال کاتالوگ' }, 'email-to-send'),
    ], today);
    expect(ids(agenda.tasks)).toEqual(['high', 'email-to-send', 'normal', 'low', 'done']);
  });

  it('lists calls to make today and late ones, in time order, made ones last', () => {
    const agenda = buildAgenda([
      activity({ type: 'call', dueDate: today, occurredAt: '2026-12-02T09:00:00.000Z' }, 'afternoon'),
      activity({ type: 'call', dueDate: '2026-11-30', occurredAt: '2026-11-30T09:00:00.000Z' }, 'late'),
      activity({ type: 'call', dueDate: today, occurredAt: '2026-12-02T05:00:00.000Z', status: 'done' }, 'made'),
      activity({ type: 'call', status: 'done' }, 'logged'),
    ], today);
    expect(agenda.calls.map((i) => [i.activity.id, i.daysLate])).toEqual([['late', 2], ['afternoon', 0], ['made', 0]]);
    expect(agenda.overdue).toEqual([]);
  });

  it('counts an activity once even when two reads returned it, and is empty without work', () => {
    const task = activity({ dueDate: today }, 'x');
    expect(buildAgenda([task, task], today).tasks).toHaveLength(1);
    expect(isAgendaEmpty(buildAgenda([activity({}, 'undated'), activity({ dueDate: '2026-12-05' }, 'later')], today))).toBe(true);
  });
});
