import type { CollectionName } from '../../../shared/entities/collections';
import type { SyncUser } from '../../../shared/sync/access';
import { checkpointSchema, PULL_LIMIT_DEFAULT, PULL_LIMIT_MAX, type PullResponse, type SyncCheckpoint, type WireDocument } from '../../../shared/sync/protocol';
import type { Database, Queryable } from '../db/database';
import { badRequest } from '../http/errors';
import { toWire, type DocRow } from './documents';

export interface PullUser extends SyncUser {
  epoch: number;
}

export function parsePullQuery(query: { checkpoint?: string; limit?: string }): { checkpoint: SyncCheckpoint | null; limit: number } {
  let checkpoint: SyncCheckpoint | null = null;
  if (query.checkpoint !== undefined && query.checkpoint !== '' && query.checkpoint !== 'null') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(query.checkpoint);
    } catch {
      throw badRequest('checkpoint must be JSON {"seq": n, "epoch": n}.');
    }
    if (parsed !== null) {
      const result = checkpointSchema.safeParse(parsed);
      if (!result.success) throw badRequest('checkpoint must be JSON {"seq": n, "epoch": n}.');
      checkpoint = result.data;
    }
  }
  let limit = PULL_LIMIT_DEFAULT;
  if (query.limit !== undefined) {
    limit = Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > PULL_LIMIT_MAX) throw badRequest(`limit must be an integer from 1 to ${PULL_LIMIT_MAX}.`);
  }
  return { checkpoint, limit };
}

/**
 * SQL for "this user may read the row" over a table alias's visibility columns; mirrors
 * access.ts canRead so a rep's pull is an indexed query. $4 = user id, $5 = team id.
 */
function readableSql(user: SyncUser, collection: CollectionName, alias: string, me = '$4', team = '$5'): string {
  if (collection === 'reference' || user.role === 'admin') return 'true';
  // A plain OR of indexed equalities, so the planner can combine the team/owner/assignee indexes.
  return `(${alias}.team_id = ${team} or ${alias}.owner_id = ${me}
    or (${alias}.assignee_type = 'user' and ${alias}.assignee_id = ${me})
    or (${alias}.assignee_type = 'team' and ${alias}.assignee_id = ${team}))`;
}

/** The negation, NULL-safe: a NULL column (no assignee) must count as "not readable", not as unknown. */
function unreadableSql(user: SyncUser, collection: CollectionName, alias: string): string {
  return `not coalesce(${readableSql(user, collection, alias)}, false)`;
}

interface SeqDoc {
  seq: number;
  doc: WireDocument;
}

/** Reads one page of a collection's feed for a user, in one snapshot. */
async function readPage(tx: Queryable, user: SyncUser, collection: CollectionName, afterSeq: number, limit: number) {
  const everything = collection === 'reference' || user.role === 'admin';
  const params = everything ? [collection, afterSeq, limit] : [collection, afterSeq, limit, user.id, user.teamId];
  const docs = await tx.query<DocRow>(
    `select id, seq, data, deleted from docs d
     where d.collection = $1 and d.seq > $2 and ${readableSql(user, collection, 'd')}
     order by d.seq limit $3`,
    params,
  );
  // Revocations: versions this user could read that moved out of their sight (and are still out).
  const revoked =
    everything
      ? { rows: [] }
      : await tx.query<{ seq: number; data: Record<string, unknown> }>(
          `select r.seq, r.data from revocations r
           join docs d on d.collection = r.collection and d.id = r.doc_id
           where r.collection = $1 and r.seq > $2 and ${readableSql(user, collection, 'r')}
             and ${unreadableSql(user, collection, 'd')}
           order by r.seq limit $3`,
          params,
        );
  const top = await tx.query<{ seq: number | null }>('select max(seq) as seq from docs where collection = $1', [collection]);
  // A first pull also says how many documents the whole first sync brings, for "n of m" progress.
  const total =
    afterSeq === 0
      ? Number(
          (await tx.query<{ n: number }>(
            `select count(*) as n from docs d where d.collection = $1 and ${readableSql(user, collection, 'd', '$2', '$3')}`,
            everything ? [collection] : [collection, user.id, user.teamId],
          )).rows[0]?.n ?? 0,
        )
      : undefined;
  const rows: SeqDoc[] = [
    ...docs.rows.map((row) => ({ seq: Number(row.seq), doc: toWire(collection, row) })),
    ...revoked.rows.map((row) => ({ seq: Number(row.seq), doc: toWire(collection, { data: row.data, deleted: true }) })),
  ].sort((a, b) => a.seq - b.seq);
  return { rows: rows.slice(0, limit), highWater: Number(top.rows[0]?.seq ?? 0), total };
}

/**
 * RxDB pull handler: documents the user can read with seq beyond the checkpoint, plus
 * tombstones for those that left their sight, ordered by seq. A checkpoint from an older
 * access epoch answers `reset` so the client starts over.
 */
export async function pull(db: Database, user: PullUser, collection: CollectionName, checkpoint: SyncCheckpoint | null, limit: number): Promise<PullResponse> {
  if (checkpoint && checkpoint.epoch !== user.epoch) return { documents: [], checkpoint: null, reset: true };
  const after = checkpoint?.seq ?? 0;
  const page = await db.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read');
    if (checkpoint) {
      // A checkpoint beyond anything this database ever numbered comes from another (wiped or
      // restored) database: the client would wait forever for seqs it already "has".
      const { rows } = await tx.query<{ last_value: number }>('select last_value from docs_seq');
      if (checkpoint.seq > Number(rows[0]?.last_value ?? 0)) return null;
    }
    return readPage(tx, user, collection, after, limit);
  });
  if (!page) return { documents: [], checkpoint: null, reset: true };
  const { rows, highWater, total } = page;
  // A full page ends at its last row; a short page means "caught up" — to the high-water mark,
  // so a rep who sees little of a busy collection does not re-scan it every time.
  const seq = rows.length === limit ? rows[rows.length - 1]!.seq : Math.max(after, highWater);
  return { documents: rows.map((r) => r.doc), checkpoint: { seq, epoch: user.epoch }, ...(total !== undefined ? { total } : {}) };
}
