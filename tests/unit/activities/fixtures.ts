import { buildActivityDoc, type ActivityDoc, type ActivityInput } from '../../../shared/entities';

export const T0 = '2026-12-01T08:00:00.000Z';

/** A stored activity with sensible defaults (an open task of user u1 in team t1). */
export function activity(patch: Partial<ActivityInput> = {}, id = `a${Math.random().toString(36).slice(2, 10)}`, updatedAt = T0): ActivityDoc {
  const input: ActivityInput = {
    type: 'task', regardingType: 'contact', regardingId: 'c1', subject: 'پیگیری', body: '', occurredAt: T0,
    status: 'open', dueDate: '', priority: 'normal', direction: '', durationMinutes: null, outcome: '',
    assigneeType: 'user', assigneeId: 'u1', completedAt: null, endsAt: null, location: '', remindAt: null, ownerId: 'u1',
    ...patch,
  };
  return buildActivityDoc(input, { id, teamId: 't1', createdAt: T0, updatedAt });
}
