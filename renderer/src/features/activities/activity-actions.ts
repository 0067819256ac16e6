import {
  activityDocSchema, activityInputSchema, buildActivityDoc, type ActivityDoc, type ActivityInput,
} from '../../../../shared/entities';
import type { PeyvandDatabase } from '../../db/database';
import { saveRecord, type Actor } from '../../db/records';

export function activityInputOf(doc: ActivityDoc): ActivityInput {
  const {
    type, regardingType, regardingId, subject, body, occurredAt, status, dueDate, priority, direction,
    durationMinutes, outcome, assigneeType, assigneeId, completedAt, ownerId,
  } = doc;
  return {
    type, regardingType, regardingId, subject, body, occurredAt, status, dueDate, priority, direction,
    durationMinutes, outcome, assigneeType, assigneeId, completedAt, ownerId,
  };
}

export function saveActivity(db: PeyvandDatabase, input: ActivityInput, actor: Actor, id?: string) {
  return saveRecord({
    collection: db.activities, inputSchema: activityInputSchema, docSchema: activityDocSchema,
    build: buildActivityDoc, input, id, actor,
  });
}

/** Completing (or reopening) a task goes through the same validated write path as any edit. */
export function setTaskDone(db: PeyvandDatabase, doc: ActivityDoc, done: boolean, actor: Actor, now = new Date()) {
  return saveActivity(
    db,
    { ...activityInputOf(doc), status: done ? 'done' : 'open', completedAt: done ? now.toISOString() : null },
    actor,
    doc.id,
  );
}
