import {
  activityDocSchema, activityInputSchema, buildActivityDoc, type ActivityDoc, type ActivityInput,
} from '../../../../shared/entities';
import type { PeyvandDatabase } from '../../db/database';
import { saveRecord, type Actor } from '../../db/records';

export function activityInputOf(doc: ActivityDoc): ActivityInput {
  const {
    type, regardingType, regardingId, subject, body, occurredAt, status, dueDate, priority, direction,
    durationMinutes, outcome, assigneeType, assigneeId, completedAt, endsAt, location, remindAt, ownerId,
  } = doc;
  return {
    type, regardingType, regardingId, subject, body, occurredAt, status, dueDate, priority, direction,
    durationMinutes, outcome, assigneeType, assigneeId, completedAt, endsAt, location, remindAt, ownerId,
  };
}

export function saveActivity(db: PeyvandDatabase, input: ActivityInput, actor: Actor, id?: string) {
  return saveRecord({
    collection: db.activities, inputSchema: activityInputSchema, docSchema: activityDocSchema,
    build: buildActivityDoc, input, id, actor,
  });
}

/** The input with a new status: completing stamps completedAt, reopening clears it. */
export function withStatus(doc: ActivityDoc, status: ActivityInput['status'], now = new Date()): ActivityInput {
  return { ...activityInputOf(doc), status, completedAt: status === 'done' ? now.toISOString() : null };
}

/** Completing, reopening or cancelling goes through the same validated write path as any edit. */
export function setActivityStatus(db: PeyvandDatabase, doc: ActivityDoc, status: ActivityInput['status'], actor: Actor, now = new Date()) {
  return saveActivity(db, withStatus(doc, status, now), actor, doc.id);
}

/** Completing (or reopening) a task. */
export function setTaskDone(db: PeyvandDatabase, doc: ActivityDoc, done: boolean, actor: Actor, now = new Date()) {
  return setActivityStatus(db, doc, done ? 'done' : 'open', actor, now);
}

/**
 * The undo of a status change: the activity as it is now, with the status and completion
 * time it had before (an edit made in between is kept).
 */
export async function restoreStatus(db: PeyvandDatabase, before: ActivityDoc, actor: Actor) {
  const current = await db.activities.findOne(before.id).exec();
  const base = current ? (current.toJSON() as ActivityDoc) : before;
  return saveActivity(db, { ...activityInputOf(base), status: before.status, completedAt: before.completedAt }, actor, before.id);
}
