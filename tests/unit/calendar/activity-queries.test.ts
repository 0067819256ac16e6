import { afterEach, describe, expect, it } from 'vitest';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { agendaQueries, inScope, rangeQueries } from '../../../renderer/src/features/calendar/activity-queries';
import { buildAgenda } from '../../../renderer/src/features/calendar/agenda';
import { openTestDatabase } from '../db/test-db';
import { activity } from '../activities/fixtures';

let db: PeyvandDatabase | undefined;
afterEach(async () => {
  await db?.remove();
  db = undefined;
});

const me = { userId: 'u1', teamId: 't1' };
const today = '2026-12-02';

async function run(queries: ReturnType<typeof agendaQueries>) {
  const rows = await Promise.all(queries.map(({ query }) => db!.activities.find(query).exec()));
  return rows.flat().map((d) => d.toJSON());
}

describe('agenda and calendar reads', () => {
  it('are range reads of the [status, dueKey] index, never a scan of the collection', async () => {
    db = await openTestDatabase();
    for (const { query } of [...agendaQueries(today, 'mine', me), ...rangeQueries('2026-11-22', '2026-12-26', 'all', me)]) {
      const { queryPlan } = db.activities.find(query).getPreparedQuery();
      expect(queryPlan.index).toEqual(['_deleted', 'status', 'dueKey', 'id']);
      expect(queryPlan.sortSatisfiedByIndex).toBe(true);
    }
    const [openToday] = agendaQueries(today, 'all', me);
    const { queryPlan } = db.activities.find(openToday!.query).getPreparedQuery();
    expect(queryPlan.startKeys.slice(1, 3)).toEqual(['open', `${today}\u0001`]);
    expect(queryPlan.endKeys.slice(1, 3)).toEqual(['open', '2026-12-03\u0001']);
  });

  it('find today\'s meetings and tasks, what was done today, and late open work; nothing else', async () => {
    db = await openTestDatabase();
    await db.activities.bulkInsert([
      activity({ type: 'meeting', subject: 'جلسه امروز', dueDate: today, occurredAt: '2026-12-02T06:30:00.000Z' }, 'meeting-today'),
      activity({ type: 'meeting', subject: 'جلسه برگزارشده', status: 'done', dueDate: today, occurredAt: '2026-12-02T05:30:00.000Z' }, 'meeting-held'),
      activity({ subject: 'وظیفه امروز', dueDate: today }, 'task-today'),
      activity({ subject: 'وظیفه عقب‌افتاده', dueDate: '2026-11-20' }, 'task-late'),
      activity({ subject: 'وظیفه فردا', dueDate: '2026-12-03' }, 'task-tomorrow'),
      activity({ subject: 'بی‌تاریخ' }, 'task-undated'),
      activity({ subject: 'انجام‌شدهٔ دیروز', status: 'done', dueDate: '2026-12-01' }, 'done-yesterday'),
      activity({ subject: 'کار همکار', dueDate: today, assigneeId: 'u2' }, 'colleague'),
      activity({ subject: 'کار تیم', dueDate: today, assigneeType: 'team', assigneeId: 't1' }, 'team-task'),
      activity({ type: 'note', subject: 'یادداشت', status: 'done' }, 'note'),
    ]);
    const mine = await run(agendaQueries(today, 'mine', me));
    expect(mine.map((a) => a.id).sort()).toEqual(['meeting-held', 'meeting-today', 'task-late', 'task-today', 'team-task']);
    const everyone = await run(agendaQueries(today, 'all', me));
    expect(everyone.map((a) => a.id)).toContain('colleague');
    const agenda = buildAgenda(mine.filter((a) => inScope(a, 'mine', me)), today);
    expect(agenda.meetings.map((i) => i.activity.id)).toEqual(['meeting-held', 'meeting-today']);
    expect(agenda.overdue.map((i) => [i.activity.id, i.daysLate])).toEqual([['task-late', 12]]);
  });

  it('read a calendar range: open and done work on its days only', async () => {
    db = await openTestDatabase();
    await db.activities.bulkInsert([
      activity({ dueDate: '2026-11-21' }, 'before'),
      activity({ dueDate: '2026-11-22' }, 'first-day'),
      activity({ dueDate: '2026-12-26', status: 'done' }, 'last-day'),
      activity({ dueDate: '2026-12-27' }, 'after'),
      activity({ dueDate: '2026-12-10', status: 'cancelled' }, 'cancelled'),
    ]);
    const rows = await run(rangeQueries('2026-11-22', '2026-12-26', 'all', me));
    expect(rows.map((a) => a.id).sort()).toEqual(['first-day', 'last-day']);
  });
});
