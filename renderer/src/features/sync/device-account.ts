import { getChangedDocumentsSince, type RxCollection, type RxStorageInstance } from 'rxdb';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import type { CollectionName } from '../../../../shared/entities';
import { SERVER_MANAGED_REFERENCE_KINDS } from '../../../../shared/sync/access';
import { SYNCED_COLLECTIONS, type WireDocument } from '../../../../shared/sync/protocol';
import type { PeyvandDatabase } from '../../db/database';
import { apiBaseUrl } from './api-client';
import { LOCAL_OWNER } from './reown';

/**
 * The account whose synced data this device holds (DESIGN §5, §7). It stays after sign-out
 * (the account's unsent changes wait for its next sign-in); another account may take the
 * device over only when nothing of the holder's is unsent, and only after the user confirmed
 * that the holder's synced records leave the device.
 */
export interface HeldAccount {
  /** Normalized API base URL (normalizeServerUrl). */
  serverUrl: string;
  userId: string;
  username: string;
  displayName: string;
  /** The holder's local changes not yet acknowledged by the server at `countedAt`; null = unknown. */
  pending: number | null;
  /** RxDB write clock (ms, `_meta.lwt`) when that count began: later writes are counted at the next sign-in. */
  countedAt: number;
  /**
   * Set while a confirmed take-over removes the previous account's data (its identifier): an
   * interrupted purge is resumed at the next sign-in; nothing of this account is on the device yet.
   */
  purgingFrom?: string;
}

/** `HTTPS://CRM.example.com:443/` → `https://crm.example.com/api/v1`: one spelling per server. */
export function normalizeServerUrl(serverUrl: string): string {
  try {
    const url = new URL(serverUrl.trim());
    return apiBaseUrl(`${url.origin}${url.pathname}`);
  } catch {
    return apiBaseUrl(serverUrl);
  }
}

export function sameAccount(a: Pick<HeldAccount, 'serverUrl' | 'userId'>, b: Pick<HeldAccount, 'serverUrl' | 'userId'>): boolean {
  return a.serverUrl === b.serverUrl && a.userId === b.userId;
}

/** The replication identifier of an account (one set of checkpoints per server and user). */
export function accountIdentifier(account: Pick<HeldAccount, 'serverUrl' | 'userId'>): string {
  return `${account.serverUrl}|${account.userId}`;
}

/** RxDB's replication identifier of one collection (SyncEngine uses the same). */
export function replicationIdentifier(identifier: string, collection: CollectionName): string {
  return `peyvand|${identifier}|${collection}`;
}

/**
 * Records made while nobody was signed in (owner `local-user` or team `local-team`, activities
 * assigned to them): they are kept on a take-over and become the next user's (reown.ts).
 */
export function isLocalOnlyRecord(doc: Record<string, unknown>): boolean {
  return doc.ownerId === LOCAL_OWNER.userId || doc.teamId === LOCAL_OWNER.teamId
    || doc.assigneeId === LOCAL_OWNER.userId || doc.assigneeId === LOCAL_OWNER.teamId;
}

function presentCollections(db: PeyvandDatabase): CollectionName[] {
  return SYNCED_COLLECTIONS.filter((name) => Boolean(db.collections[name]));
}

/**
 * Writes to the holder's records after `since` (edits made while signed out, or after the
 * last count): they have not been sent. Local-only records and the users/teams directory do
 * not count. Stops at `max`.
 */
export async function countChangesSince(db: PeyvandDatabase, since: number, max = 5000): Promise<number> {
  let count = 0;
  for (const name of presentCollections(db)) {
    const storage = db.collections[name].storageInstance as unknown as RxStorageInstance<WireDocument, unknown, unknown>;
    let checkpoint: unknown = { id: '', lwt: since };
    for (;;) {
      const page = await getChangedDocumentsSince(storage, 500, checkpoint);
      for (const doc of page.documents) {
        if (isLocalOnlyRecord(doc)) continue;
        if (name === 'reference' && SERVER_MANAGED_REFERENCE_KINDS.includes(String(doc.kind))) continue;
        count += 1;
        if (count >= max) return count;
      }
      if (page.documents.length < 500) break;
      checkpoint = page.checkpoint;
    }
  }
  return count;
}

/** Open conflict-log entries (values that lost a merge, refused edits) a purge would remove. */
export async function countOpenReviewItems(db: PeyvandDatabase): Promise<number> {
  return db.synclog ? db.synclog.count({ selector: { status: 'open' } }).exec() : 0;
}

/** Removes the checkpoints and assumed server states of one replication without running it. */
async function removeReplicationMeta(collection: RxCollection, identifier: string): Promise<void> {
  const state = replicateRxCollection({
    replicationIdentifier: identifier,
    collection,
    live: false,
    autoStart: false,
    waitForLeadership: false,
    push: { handler: async () => [] },
  });
  await state.remove();
}

const CHUNK = 1000;

/**
 * Removes the previous account's synced records from the device, keeps local-only records
 * (they are re-owned when the next user's sync starts), empties the conflict log and drops
 * the replication state of both identifiers so the next account pulls from scratch and never
 * pushes what it did not write. Every step can run again after an interruption.
 */
export async function purgeAccountData(db: PeyvandDatabase, identifiers: readonly string[]): Promise<{ removed: number }> {
  let removed = 0;
  for (const name of presentCollections(db)) {
    const collection = db.collections[name] as unknown as RxCollection<WireDocument>;
    // In pages by id (the primary key's index): a large device never holds every document at once.
    let after = '';
    for (;;) {
      const page = await collection.find({ selector: { id: { $gt: after } }, sort: [{ id: 'asc' }], limit: CHUNK } as never).exec();
      if (!page.length) break;
      after = page[page.length - 1]!.id;
      const foreign = page.filter((d) => !isLocalOnlyRecord(d.toJSON() as WireDocument));
      if (foreign.length) await collection.bulkRemove(foreign);
      removed += foreign.length;
      if (page.length < CHUNK) break;
    }
    // A soft-deleted document would be pushed as a deletion by the next replication: remove
    // the tombstones physically (a negative age takes this very millisecond's too).
    await collection.storageInstance.cleanup(-1);
    for (const identifier of new Set(identifiers)) {
      await removeReplicationMeta(collection as unknown as RxCollection, replicationIdentifier(identifier, name));
    }
  }
  if (db.synclog) {
    await db.synclog.find().remove();
    await db.synclog.storageInstance.cleanup(-1);
  }
  return { removed };
}
