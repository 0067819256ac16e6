import { COLLECTION_NAMES, type CollectionName } from '../../../shared/entities/collections';
import { upgradeDocument } from '../../../shared/entities/upgrade';
import type { AccessFields } from '../../../shared/sync/access';
import type { WireDocument } from '../../../shared/sync/protocol';
import type { Queryable } from '../db/database';
import { notify } from './notifications';

/**
 * The documents table and its one write path, shared by push and by the server's own
 * writes (the users directory). Rows commit in sequence order per collection: a writer
 * takes the collection's advisory lock before drawing a sequence number, so a reader that
 * sees seq N has also seen every seq < N of that collection (DESIGN §5).
 */
export interface DocRow {
  id: string;
  seq: number;
  data: Record<string, unknown>;
  deleted: boolean;
}

/** Visibility columns, copied out of the document for indexed filtering. */
export interface Visibility {
  owner_id: string | null;
  team_id: string | null;
  assignee_type: string | null;
  assignee_id: string | null;
}

const LOCK_CLASS = 727_300;

export async function lockCollection(tx: Queryable, collection: CollectionName): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1, $2)', [LOCK_CLASS, COLLECTION_NAMES.indexOf(collection)]);
}

/** A stored row as the wire shape, upgraded to the current schema (a row may predate a field). */
export function toWire(collection: CollectionName, row: Pick<DocRow, 'data' | 'deleted'>): WireDocument {
  return { ...upgradeDocument(collection, row.data), _deleted: row.deleted } as WireDocument;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function visibilityOf(doc: AccessFields): Visibility {
  return {
    owner_id: str(doc.ownerId),
    team_id: str(doc.teamId),
    assignee_type: str(doc.assigneeType),
    assignee_id: str(doc.assigneeId),
  };
}

/** The columns back as the fields access.ts reads. */
export function accessFieldsOf(v: Visibility): AccessFields {
  return { ownerId: v.owner_id ?? undefined, teamId: v.team_id ?? undefined, assigneeType: v.assignee_type ?? undefined, assigneeId: v.assignee_id ?? undefined };
}

function sameVisibility(a: Visibility, b: Visibility): boolean {
  return a.owner_id === b.owner_id && a.team_id === b.team_id && a.assignee_type === b.assignee_type && a.assignee_id === b.assignee_id;
}

export async function loadForUpdate(tx: Queryable, collection: CollectionName, id: string): Promise<DocRow | null> {
  const { rows } = await tx.query<DocRow>('select id, seq, data, deleted from docs where collection = $1 and id = $2 for update', [collection, id]);
  return rows[0] ?? null;
}

/**
 * Writes a document's new content at a fresh sequence number. When its visibility fields
 * change, the previous version goes to `revocations` at the same seq, so those who could
 * see it before and cannot now receive a tombstone. The caller holds the collection lock.
 */
export async function writeDocument(
  tx: Queryable,
  collection: CollectionName,
  content: WireDocument,
  current: DocRow | null,
): Promise<number> {
  const { _deleted, ...data } = content;
  const vis = visibilityOf(data as AccessFields);
  const { rows } = await tx.query<{ seq: number }>('select nextval($1) as seq', ['docs_seq']);
  const seq = Number(rows[0]!.seq);
  await tx.query(
    `insert into docs (collection, id, seq, data, deleted, owner_id, team_id, assignee_type, assignee_id)
     values ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9)
     on conflict (collection, id) do update set seq = excluded.seq, data = excluded.data, deleted = excluded.deleted,
       owner_id = excluded.owner_id, team_id = excluded.team_id, assignee_type = excluded.assignee_type, assignee_id = excluded.assignee_id`,
    [collection, content.id, seq, JSON.stringify(data), Boolean(_deleted), vis.owner_id, vis.team_id, vis.assignee_type, vis.assignee_id],
  );
  if (current && collection !== 'reference') {
    const before = visibilityOf(current.data as AccessFields);
    if (!sameVisibility(before, vis)) {
      await tx.query(
        `insert into revocations (seq, collection, doc_id, owner_id, team_id, assignee_type, assignee_id, data)
         values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
        [seq, collection, content.id, before.owner_id, before.team_id, before.assignee_type, before.assignee_id, JSON.stringify(current.data)],
      );
    }
  }
  return seq;
}

/** Tells every server process's stream fan-out; delivered when the transaction commits. */
export async function announceWrite(tx: Queryable, collection: CollectionName, seq: number): Promise<void> {
  await notify(tx, { type: 'docs', collection, seq });
}
