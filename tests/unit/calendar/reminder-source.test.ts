import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { setActivityStatus } from '../../../renderer/src/features/activities/activity-actions';
import { ReminderSource, reminderScanQuery } from '../../../renderer/src/features/calendar/reminder-source';
import { openTestDatabase } from '../db/test-db';
import { activity } from '../activities/fixtures';

let db: PeyvandDatabase | undefined;
let source: ReminderSource | undefined;
afterEach(async () => {
  source?.stop();
  await db?.remove();
  db = undefined;
});

const me = { userId: 'u1', teamId: 't1' };
const today = '2026-12-02';
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('the reminder candidates', () => {
  it('are read by range over the [status, dueKey] index', async () => {
    db = await openTestDatabase();
    const { queryPlan } = db.activities.find(reminderScanQuery('2026-11-02\u0001')).getPreparedQuery();
    expect(queryPlan.index).toEqual(['_deleted', 'status', 'dueKey', 'id']);
    expect(queryPlan.startKeys[1]).toBe('open');
  });

  it('are the user\'s open activities with a reminder (undated ones too, not month-old overdue ones)', async () => {
    db = await openTestDatabase();
    const remindAt = '2026-12-02T10:00:00.000Z';
    await db.activities.bulkInsert([
      activity({ type: 'meeting', dueDate: today, occurredAt: '2026-12-02T10:30:00.000Z', remindAt }, 'meeting'),
      activity({ remindAt }, 'undated-task'),
      activity({ remindAt, assigneeType: 'team', assigneeId: 't1' }, 'team-task'),
      activity({ remindAt, dueDate: '2026-12-20' }, 'next-task'),
      activity({ dueDate: today }, 'no-reminder'),
      activity({ remindAt, assigneeId: 'u2' }, 'colleague'),
      activity({ remindAt, status: 'done', dueDate: today }, 'done'),
      activity({ remindAt, dueDate: '2026-09-01' }, 'ancient'),
    ]);
    const onChange = vi.fn();
    source = new ReminderSource(db, () => me, onChange);
    await source.start(today);
    expect(source.candidates().map((c) => c.id).sort()).toEqual(['meeting', 'next-task', 'team-task', 'undated-task']);
    expect(source.candidates().find((c) => c.id === 'meeting')!.at).toBe(Date.parse(remindAt));
    expect(onChange).toHaveBeenCalled();
  });

  it('follow changes: a new reminder appears, a completed or deleted activity goes', async () => {
    db = await openTestDatabase();
    const task = activity({ remindAt: '2026-12-02T10:00:00.000Z', dueDate: today }, 'task');
    await db.activities.insert(task);
    const onChange = vi.fn();
    source = new ReminderSource(db, () => me, onChange);
    await source.start(today);
    expect(source.candidates()).toHaveLength(1);

    await db.activities.insert(activity({ type: 'meeting', dueDate: '2026-12-09', remindAt: '2026-12-09T05:00:00.000Z' }, 'new-meeting'));
    await until(() => source!.candidates().length === 2);
    await setActivityStatus(db, task, 'done', me);
    await until(() => source!.candidates().length === 1);
    await (await db.activities.findOne('new-meeting').exec())!.remove();
    await until(() => source!.candidates().length === 0);
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(4);
  });
});
