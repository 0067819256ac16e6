import type { RxCollection } from 'rxdb';
import type { PeyvandDatabase } from '../../db/database';
import type { Actor } from '../../db/records';

/** The owner and team of records made before any sign-in (renderer/src/app/session.ts). */
export const LOCAL_OWNER = { userId: 'local-user', teamId: 'local-team' } as const;

/**
 * Records created in local-only mode belong to `local-user` in `local-team`. On the first
 * sign-in they become the signed-in user's, in their team, before replication starts, so
 * the server accepts them and nothing typed before the first sign-in is lost. Activities
 * assigned to the local user or team follow. The local profile in the users directory is
 * soft-deleted (it is never pushed: users come from the server). Returns how many records
 * changed. `updatedAt` is kept: a change of owner is not an edit by the user.
 */
export async function reownLocalRecords(db: PeyvandDatabase, actor: Actor): Promise<number> {
  let changed = 0;
  const reown = async <D extends { id: string; ownerId: string; teamId: string }>(
    collection: RxCollection<D> | undefined,
    extra?: (doc: D) => Partial<D>,
    selector: Record<string, unknown> = { $or: [{ ownerId: LOCAL_OWNER.userId }, { teamId: LOCAL_OWNER.teamId }] },
  ) => {
    if (!collection) return; // a database opened with fewer collections (tests)
    const docs = await collection.find({ selector } as never).exec();
    if (!docs.length) return;
    const next = docs.map((d) => {
      const data = d.toMutableJSON() as D;
      return {
        ...data,
        ...(data.ownerId === LOCAL_OWNER.userId ? { ownerId: actor.userId } : {}),
        ...(data.teamId === LOCAL_OWNER.teamId ? { teamId: actor.teamId } : {}),
        ...(extra ? extra(data) : {}),
      };
    });
    await collection.bulkUpsert(next as never);
    changed += next.length;
  };
  await reown(db.collections.accounts);
  await reown(db.collections.contacts);
  await reown(db.collections.activities, (a) =>
    a.assigneeType === 'user' && a.assigneeId === LOCAL_OWNER.userId ? { assigneeId: actor.userId }
      : a.assigneeType === 'team' && a.assigneeId === LOCAL_OWNER.teamId ? { assigneeId: actor.teamId } : {},
    { $or: [{ ownerId: LOCAL_OWNER.userId }, { teamId: LOCAL_OWNER.teamId }, { assigneeId: { $in: [LOCAL_OWNER.userId, LOCAL_OWNER.teamId] } }] },
  );
  const profile = db.collections.reference ? await db.reference.findOne(`user-${LOCAL_OWNER.userId}`).exec() : null;
  if (profile) await profile.remove();
  return changed;
}
