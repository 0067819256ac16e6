import type { PeyvandDatabase } from '../db/database';
import type { Actor } from '../db/records';

/**
 * Without a sync server the app runs as one local user in one local team; the sync
 * issue replaces this with the signed-in user. Records created offline keep these ids.
 */
export const LOCAL_ACTOR: Actor = { userId: 'local-user', teamId: 'local-team' };

export function currentActor(): Actor {
  return LOCAL_ACTOR;
}

/** The local user must exist in the users directory so owner pickers can show it. */
export async function ensureLocalProfile(db: PeyvandDatabase): Promise<void> {
  const existing = await db.reference.findOne(`user-${LOCAL_ACTOR.userId}`).exec();
  if (existing) return;
  const now = new Date().toISOString();
  await db.reference.insert({
    id: `user-${LOCAL_ACTOR.userId}`,
    kind: 'user',
    key: LOCAL_ACTOR.userId,
    data: { username: 'local', displayName: 'local-user', role: 'admin', teamId: LOCAL_ACTOR.teamId, active: true },
    ownerId: LOCAL_ACTOR.userId,
    teamId: LOCAL_ACTOR.teamId,
    createdAt: now,
    updatedAt: now,
  });
}
