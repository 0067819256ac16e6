import type { z } from 'zod';
import type { RxCollection } from 'rxdb';
import { COLLECTIONS, DERIVED_FIELDS, validate } from '../../../../shared/entities';
import { restoredDocument, type SyncLogEntry } from '../../../../shared/sync/conflict-log';
import type { WireDocument } from '../../../../shared/sync/protocol';
import type { PeyvandDatabase } from '../../db/database';

export type RestoreResult = { ok: true } | { ok: false; reason: 'invalid' | 'gone' };

/**
 * "Restore my value": writes the value that lost back as a new edit on top of the current
 * state (so it syncs like any edit and the other devices see it), validated like a form save.
 */
export async function restoreEntry(db: PeyvandDatabase, entry: SyncLogEntry, now: Date = new Date()): Promise<RestoreResult> {
  const collection = db.collections[entry.collectionName] as unknown as RxCollection<WireDocument>;
  const current = await collection.findOne(entry.docId).exec();
  const next = restoredDocument(entry, current ? (current.toJSON() as WireDocument) : null, now.toISOString());
  if (!next) return { ok: false, reason: 'gone' };
  const checked = validate(COLLECTIONS[entry.collectionName].schema as z.ZodType<unknown>, next);
  if (!checked.ok) return { ok: false, reason: 'invalid' };
  const { _deleted: _ignored, ...doc } = next;
  await collection.upsert(doc as never);
  await (await db.synclog.findOne(entry.id).exec())?.incrementalPatch({ status: 'restored' });
  return { ok: true };
}

export async function dismissEntry(db: PeyvandDatabase, id: string): Promise<void> {
  await (await db.synclog.findOne(id).exec())?.incrementalPatch({ status: 'dismissed' });
}

const HIDDEN = new Set(['id', 'updatedAt', 'createdAt', '_deleted', '_meta', '_rev', '_attachments']);

/** For a whole-document entry: the fields where the lost version differs from the kept one. */
export function lostFields(entry: SyncLogEntry): Array<{ field: string; lost: unknown; kept: unknown }> {
  const lost = JSON.parse(entry.localJson) as Record<string, unknown> | null;
  const kept = JSON.parse(entry.remoteJson) as Record<string, unknown> | null;
  if (!lost || typeof lost !== 'object') return [];
  const derived = new Set(DERIVED_FIELDS[entry.collectionName]);
  const out: Array<{ field: string; lost: unknown; kept: unknown }> = [];
  for (const field of Object.keys(lost).sort()) {
    if (HIDDEN.has(field) || derived.has(field)) continue;
    if (JSON.stringify(lost[field]) !== JSON.stringify(kept?.[field])) out.push({ field, lost: lost[field], kept: kept?.[field] });
  }
  return out;
}
