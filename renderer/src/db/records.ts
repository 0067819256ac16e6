import type { RxCollection } from 'rxdb';
import type { z } from 'zod';
import { newId, validate, type DocMeta, type FieldErrors } from '../../../shared/entities';

export type SaveResult<D> = { ok: true; doc: D } | { ok: false; errors: FieldErrors };

export interface Actor {
  userId: string;
  teamId: string;
}

interface SaveOptions<I, D> {
  collection: RxCollection<D>;
  inputSchema: z.ZodType<I>;
  docSchema: z.ZodType<D>;
  build: (input: I, meta: DocMeta) => D;
  input: unknown;
  /** Absent for a new record. */
  id?: string;
  actor: Actor;
  now?: Date;
}

/**
 * The single write path of a form: validate, derive, validate the stored shape, then write.
 * Nothing invalid is ever written; the caller gets field errors (i18n keys) instead.
 */
export async function saveRecord<I, D extends { id: string; teamId: string; createdAt: string }>(
  opts: SaveOptions<I, D>,
): Promise<SaveResult<D>> {
  const parsed = validate(opts.inputSchema, opts.input);
  if (!parsed.ok) return parsed;
  const now = (opts.now ?? new Date()).toISOString();
  const existing = opts.id ? await opts.collection.findOne(opts.id).exec() : null;
  if (opts.id && !existing) return { ok: false, errors: { _: 'validation:recordGone' } };
  const meta: DocMeta = existing
    ? { id: existing.id, teamId: existing.teamId, createdAt: existing.createdAt, updatedAt: now }
    : { id: newId(), teamId: opts.actor.teamId, createdAt: now, updatedAt: now };
  const doc = opts.build(parsed.value, meta);
  const stored = validate(opts.docSchema, doc);
  if (!stored.ok) return stored;
  await opts.collection.incrementalUpsert(stored.value as never);
  return { ok: true, doc: stored.value };
}

/** Soft delete (RxDB `_deleted`, which sync will carry); returns an undo that restores the record. */
export async function removeRecord<D extends { id: string }>(
  collection: RxCollection<D>,
  id: string,
): Promise<(() => Promise<void>) | null> {
  const doc = await collection.findOne(id).exec();
  if (!doc) return null;
  const before = doc.toMutableJSON() as D;
  await doc.remove();
  return async () => {
    // Back to exactly the state before the delete (derived sort keys stay consistent).
    await collection.incrementalUpsert(before as never);
  };
}
