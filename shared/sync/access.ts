import type { CollectionName } from '../entities/collections';
import type { ROLES } from '../entities/reference';

/**
 * Who may see and change what (issue #3): an admin everything; a manager everything of
 * their team; a rep reads their team's records and writes their own and those assigned
 * to them, and creates records only as themselves in their team. Reference data is read
 * by everyone and written by admins only. Pure, so the server (every pull, push and
 * stream event) and the client (to grey out what will be refused) share one rule.
 */
export type Role = (typeof ROLES)[number];
export interface SyncUser {
  id: string;
  role: Role;
  teamId: string;
}

/** The fields that decide visibility; every synced document has the first two. */
export interface AccessFields {
  ownerId?: unknown;
  teamId?: unknown;
  assigneeType?: unknown;
  assigneeId?: unknown;
  kind?: unknown;
}

/** Reference kinds the server derives from its own tables (admin API), never pushed. */
export const SERVER_MANAGED_REFERENCE_KINDS: readonly string[] = ['user', 'team'];

function assignedTo(user: SyncUser, doc: AccessFields): boolean {
  if (doc.assigneeType === 'user') return doc.assigneeId === user.id;
  if (doc.assigneeType === 'team') return doc.assigneeId === user.teamId;
  return false;
}

export function canRead(user: SyncUser, collection: CollectionName, doc: AccessFields): boolean {
  if (collection === 'reference' || user.role === 'admin') return true;
  return doc.teamId === user.teamId || doc.ownerId === user.id || assignedTo(user, doc);
}

export type WriteRefusal =
  | 'referenceAdminOnly'
  | 'serverManaged'
  | 'notYourTeam'
  | 'notYours'
  | 'createAsYourself'
  | 'ownershipChange';

/**
 * Whether `user` may turn `before` (null: a new record) into `after`. Returns why not,
 * or null when allowed. Deletes are writes (`_deleted: true`) and follow the same rule.
 */
export function writeRefusal(
  user: SyncUser,
  collection: CollectionName,
  before: AccessFields | null,
  after: AccessFields,
): WriteRefusal | null {
  if (collection === 'reference') {
    if (SERVER_MANAGED_REFERENCE_KINDS.includes(String(after.kind)) || (before && SERVER_MANAGED_REFERENCE_KINDS.includes(String(before.kind)))) {
      return 'serverManaged';
    }
    return user.role === 'admin' ? null : 'referenceAdminOnly';
  }
  if (user.role === 'admin') return null;
  if (user.role === 'manager') {
    if (before && before.teamId !== user.teamId) return 'notYourTeam';
    return after.teamId === user.teamId ? null : 'notYourTeam';
  }
  if (!before) {
    return after.ownerId === user.id && after.teamId === user.teamId ? null : 'createAsYourself';
  }
  if (before.ownerId !== user.id && !(before.assigneeType === 'user' && before.assigneeId === user.id)) return 'notYours';
  if (after.ownerId !== before.ownerId || after.teamId !== before.teamId) return 'ownershipChange';
  return null;
}

export const WRITE_REFUSAL_MESSAGES: Record<WriteRefusal, string> = {
  referenceAdminOnly: 'Only an admin may change reference data.',
  serverManaged: 'Users and teams are managed through the admin API.',
  notYourTeam: 'The record belongs to another team.',
  notYours: 'A rep may change only their own records and those assigned to them.',
  createAsYourself: 'A rep creates records only as themselves, in their own team.',
  ownershipChange: 'A rep may not change the owner or team of a record.',
};
