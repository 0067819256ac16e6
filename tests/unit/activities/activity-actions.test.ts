import { afterEach, describe, expect, it } from 'vitest';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { restoreStatus, saveActivity, setActivityStatus, setTaskDone } from '../../../renderer/src/features/activities/activity-actions';
import { openTestDatabase } from '../db/test-db';
import { activity } from './fixtures';

let db: PeyvandDatabase | undefined;
afterEach(async () => {
  await db?.remove();
  db = undefined;
});

const actor = { userId: 'u1', teamId: 't1' };

describe('activity status changes', () => {
  it('completing stamps completedAt and keeps the meeting\'s end, place and reminder', async () => {
    db = await openTestDatabase();
    const meeting = activity({
      type: 'meeting', dueDate: '2026-12-05', occurredAt: '2026-12-05T06:30:00.000Z', endsAt: '2026-12-05T07:30:00.000Z',
      location: 'دفتر مرکزی', remindAt: '2026-12-05T06:15:00.000Z',
    }, 'm1');
    await db.activities.insert(meeting);
    const done = await setActivityStatus(db, meeting, 'done', actor, new Date('2026-12-05T08:00:00.000Z'));
    expect(done.ok).toBe(true);
    const stored = (await db.activities.findOne('m1').exec())!.toJSON();
    expect(stored).toMatchObject({ status: 'done', completedAt: '2026-12-05T08:00:00.000Z', endsAt: '2026-12-05T07:30:00.000Z', location: 'دفتر مرکزی', remindAt: '2026-12-05T06:15:00.000Z' });
    expect(stored.dueKey.startsWith('2026-12-05')).toBe(true);
  });

  it('undo puts back the status and completion time, keeping an edit made in between', async () => {
    db = await openTestDatabase();
    const task = activity({ dueDate: '2026-12-01' }, 't1');
    await db.activities.insert(task);
    await setTaskDone(db, task, true, actor);
    const afterDone = (await db.activities.findOne('t1').exec())!.toJSON();
    await saveActivity(db, { ...afterDone, subject: 'ویرایش‌شده' } as never, actor, 't1');
    const undone = await restoreStatus(db, task, actor);
    expect(undone.ok).toBe(true);
    expect((await db.activities.findOne('t1').exec())!.toJSON()).toMatchObject({ status: 'open', completedAt: null, subject: 'ویرایش‌شده' });
  });

  it('refuses invalid data through the one write path (an end before the start)', async () => {
    db = await openTestDatabase();
    const bad = activity({ type: 'meeting', occurredAt: '2026-12-05T06:30:00.000Z', endsAt: '2026-12-05T06:00:00.000Z' });
    const { id: _id, teamId: _t, createdAt: _c, updatedAt: _u, timelineKey: _k, dueKey: _d, ...input } = bad;
    const result = await saveActivity(db, input, actor);
    expect(result).toEqual({ ok: false, errors: { endsAt: 'validation:endBeforeStart' } });
    expect(await db.activities.count().exec()).toBe(0);
  });
});
