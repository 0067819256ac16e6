import type { CollectionName } from '../../../../shared/entities';
import { writeRefusal, type AccessFields, type WriteRefusal } from '../../../../shared/sync/access';
import { useSyncStore } from './sync-store';

/**
 * Why the signed-in user may not change this record (the server would refuse it), or null.
 * Local-only mode (nobody signed in) may change everything. The same rule the server
 * applies (shared/sync/access.ts), so the UI never offers an edit that will bounce.
 */
export function useWriteRefusal(collection: CollectionName, doc: AccessFields | null | undefined): WriteRefusal | null {
  const user = useSyncStore((s) => s.user);
  if (!user || !doc) return null;
  return writeRefusal({ id: user.id, role: user.role, teamId: user.teamId }, collection, doc, doc);
}
