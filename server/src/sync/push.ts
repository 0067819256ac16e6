import { z } from 'zod';
import { COLLECTIONS, type CollectionName } from '../../../shared/entities/collections';
import { upgradeDocument } from '../../../shared/entities/upgrade';
import { fieldErrors } from '../../../shared/entities/validation';
import { canRead, WRITE_REFUSAL_MESSAGES, writeRefusal, type AccessFields, type SyncUser } from '../../../shared/sync/access';
import { documentContent, sameContent } from '../../../shared/sync/content';
import { PUSH_ROWS_MAX, REJECTION_FIELD, type PushRow, type Rejection, type WireDocument } from '../../../shared/sync/protocol';
import type { Database } from '../db/database';
import { badRequest } from '../http/errors';
import { assignServerFields, withStoredServerFields } from './server-fields';
import { announceWrite, loadForUpdate, lockCollection, toWire, writeDocument, type DocRow } from './documents';

const docShape = z.looseObject({ id: z.string() });
const pushBodySchema = z
  .array(z.object({ assumedMasterState: docShape.nullish(), newDocumentState: docShape }))
  .max(PUSH_ROWS_MAX);

/** The request shape (not the documents: a bad document is a per-row rejection, not a 400). */
export function parsePushBody(body: unknown): PushRow[] {
  const parsed = pushBodySchema.safeParse(body);
  if (!parsed.success) {
    throw badRequest(`Push takes an array of at most ${PUSH_ROWS_MAX} {assumedMasterState?, newDocumentState} rows.`, fieldErrors(parsed.error));
  }
  return parsed.data.map((row) => ({
    newDocumentState: row.newDocumentState as WireDocument,
    ...(row.assumedMasterState ? { assumedMasterState: row.assumedMasterState as WireDocument } : {}),
  }));
}

type Validation = { ok: true; content: WireDocument } | { ok: false; fields: Record<string, string> };

function validateDocument(collection: CollectionName, doc: WireDocument): Validation {
  if (doc._deleted !== undefined && typeof doc._deleted !== 'boolean') return { ok: false, fields: { _deleted: 'validation:invalid' } };
  const content = documentContent(doc);
  const { _deleted: _ignored, ...fields } = content;
  const result = COLLECTIONS[collection].schema.safeParse(fields);
  if (!result.success) return { ok: false, fields: fieldErrors(result.error) };
  // PostgreSQL's jsonb cannot hold U+0000; refuse the row rather than fail the whole batch.
  if (JSON.stringify(content).includes('\\u0000')) return { ok: false, fields: { _: 'validation:invalid' } };
  return { ok: true, content };
}

function rejected(state: WireDocument, rejection: Rejection): WireDocument {
  return { ...state, [REJECTION_FIELD]: rejection };
}

/** What a refused row becomes on the client: the server's version, or a tombstone of its own when it may not see it. */
function rejectionState(user: SyncUser, collection: CollectionName, current: DocRow | null, pushed: WireDocument): WireDocument {
  if (current && canRead(user, collection, current.data)) return toWire(collection, current);
  return { ...documentContent(pushed), _deleted: true };
}

/**
 * Applies one push request in one transaction (DESIGN §5). Returns RxDB's conflict array:
 * the current server document for every row whose assumed master state is stale, and for
 * every refused row the state the client must take, marked with `_rejection`.
 * Replays change nothing (no new sequence number).
 */
export async function push(db: Database, user: SyncUser, collection: CollectionName, rows: PushRow[]): Promise<WireDocument[]> {
  if (!rows.length) return [];
  return db.transaction(async (tx) => {
    await lockCollection(tx, collection);
    const answer: WireDocument[] = [];
    let lastSeq = 0;
    for (const row of rows) {
      // A device on an older schema version sends documents without the newer fields.
      const newDocumentState = upgradeDocument(collection, row.newDocumentState);
      const assumedMasterState = row.assumedMasterState && upgradeDocument(collection, row.assumedMasterState);
      const valid = validateDocument(collection, newDocumentState);
      if (!valid.ok) {
        const current = await loadForUpdate(tx, collection, String(newDocumentState.id));
        answer.push(
          rejected(rejectionState(user, collection, current, newDocumentState), {
            code: 'INVALID',
            message: 'The document does not match the schema.',
            fields: valid.fields,
          }),
        );
        continue;
      }
      const current = await loadForUpdate(tx, collection, valid.content.id);
      let content = withStoredServerFields(collection, valid.content, current);
      const assumed = assumedMasterState && withStoredServerFields(collection, assumedMasterState, current);
      if (current && !canRead(user, collection, current.data)) {
        answer.push(rejected(rejectionState(user, collection, current, content), { code: 'FORBIDDEN', message: 'The record belongs to someone you cannot see.' }));
        continue;
      }
      const currentWire = current ? toWire(collection, current) : null;
      if (currentWire && (!assumed || !sameContent(assumed, currentWire))) {
        if (!sameContent(content, currentWire)) answer.push(currentWire);
        continue;
      }
      // Nothing to change (e.g. a conflict resolved to the server's state, pushed back): not a write, so never refused.
      if (currentWire && sameContent(content, currentWire)) continue;
      const refusal = writeRefusal(user, collection, (current?.data ?? null) as AccessFields | null, content as AccessFields);
      if (refusal) {
        answer.push(rejected(rejectionState(user, collection, current, content), { code: 'FORBIDDEN', message: WRITE_REFUSAL_MESSAGES[refusal] }));
        continue;
      }
      content = await assignServerFields(tx, collection, content);
      lastSeq = await writeDocument(tx, collection, content, current);
    }
    if (lastSeq) await announceWrite(tx, collection, lastSeq);
    return answer;
  });
}
