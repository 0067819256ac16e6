import type { PeyvandDatabase } from '../db/database';
import type { Actor } from '../db/records';
import { useSyncStore } from '../features/sync/sync-store';

/**
 * Without a sync server the app runs as one local user in one local team. Once signed in,
 * new records are created as the signed-in user (records made before the first sign-in
 * are re-owned to them when sync starts: features/sync/reown.ts).
 */
export const LOCAL_ACTOR: Actor = { userId: 'local-user', teamId: 'local-team' };

export function currentActor(): Actor {
  const user = useSyncStore.getState().user;
  return user ? { userId: user.id, teamId: user.teamId } : LOCAL_ACTOR;
}

/** The local user must exist in the users directory so owner pickers can show it (local-only mode). */
export async function ensureLocalProfile(db: PeyvandDatabase): Promise<void> {
  if (useSyncStore.getState().user) return;
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
