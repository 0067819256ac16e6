import type { CollectionName } from '../entities/collections';
import { DERIVED_FIELDS, recomputeDerived } from '../entities/derived';
import { canonicalJson, documentContent } from './content';
import type { WireDocument } from './protocol';

/**
 * The three-way field merge that resolves a push conflict (DESIGN §5). `base` is the state
 * the client last saw on the server (RxDB's assumedMasterState), `local` the device's
 * edit (newDocumentState), `remote` the server's current state (realMasterState).
 *
 * - A field changed on one side only takes that side's value.
 * - A field changed on both sides to different values keeps the server's value; the
 *   device's value is returned as a conflict so the user can review and restore it.
 * - Arrays and objects (phones, emails, address, tags) are compared as whole values.
 * - A delete wins over edits on the other side, on every device alike; the edits that
 *   lose are returned as a `deleted` conflict so they can be restored.
 * - Derived fields (sort keys, fullName) are recomputed from the merged fields;
 *   `updatedAt` (a client clock, display only) is the later of the two.
 *
 * Pure: the same input gives the same output on every device.
 */

export type ConflictKind = 'field' | 'deleted';

export interface MergeConflict {
  kind: ConflictKind;
  collection: CollectionName;
  docId: string;
  /** The field that lost ('field'), or '_deleted' ('deleted'). */
  field: string;
  /** What this device had: the field value, or for 'deleted' the whole losing document. */
  localValue: unknown;
  /** What was kept: the server's field value, or for 'deleted' the kept (deleted) document. */
  remoteValue: unknown;
  /** 'local' when this device's edits lost to a delete on the server; 'remote' when this device's delete beat the server's edits. */
  loser?: 'local' | 'remote';
  at: string;
}

export interface MergeInput<D extends WireDocument = WireDocument> {
  base?: D | null;
  local: D;
  remote: D;
}

export interface MergeResult<D extends WireDocument = WireDocument> {
  doc: D;
  conflicts: MergeConflict[];
}

/** Fields with a rule of their own. */
const SPECIAL = new Set(['id', 'updatedAt', '_deleted']);

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

function later(a: unknown, b: unknown): unknown {
  if (typeof a !== 'string') return b;
  if (typeof b !== 'string') return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

function changed(base: WireDocument | null | undefined, doc: WireDocument, skip: ReadonlySet<string>): boolean {
  if (!base) return true;
  const keys = new Set([...Object.keys(base), ...Object.keys(doc)]);
  for (const key of keys) {
    if (skip.has(key) || key === 'updatedAt') continue;
    if (!same(base[key], doc[key])) return true;
  }
  return false;
}

export function mergeDocuments<D extends WireDocument>(
  collection: CollectionName,
  input: MergeInput<D>,
  at: string = new Date().toISOString(),
): MergeResult<D> {
  const base = input.base ? documentContent(input.base) : null;
  const local = documentContent(input.local);
  const remote = documentContent(input.remote);
  const derived = new Set(DERIVED_FIELDS[collection]);
  const docId = String(remote.id);
  const conflicts: MergeConflict[] = [];
  const updatedAt = later(local.updatedAt, remote.updatedAt);

  const baseDeleted = base?._deleted ?? false;
  // A side "deleted" the record when it is deleted now and was not at the base.
  const localDeletes = local._deleted && !baseDeleted;
  const remoteDeletes = remote._deleted && !baseDeleted;

  if (local._deleted && remote._deleted) {
    return { doc: recomputeDerived(collection, { ...remote, updatedAt }) as unknown as D, conflicts };
  }
  if (remoteDeletes || localDeletes) {
    // Deleted wins. Keep the deleted side's content (the server's when both are candidates).
    const winner = remoteDeletes ? remote : local;
    const loser = remoteDeletes ? local : remote;
    const doc = recomputeDerived(collection, { ...winner, _deleted: true, updatedAt }) as unknown as D;
    const nonContent = new Set([...derived, '_deleted']);
    if (changed(base, loser, nonContent)) {
      conflicts.push({
        kind: 'deleted',
        collection,
        docId,
        field: '_deleted',
        localValue: loser === local ? local : remote,
        remoteValue: doc,
        loser: remoteDeletes ? 'local' : 'remote',
        at,
      });
    }
    return { doc, conflicts };
  }

  // Neither side deletes (an undelete on one side is an ordinary one-sided change).
  const out: Record<string, unknown> = {};
  const keys = [...new Set([...Object.keys(remote), ...Object.keys(local), ...(base ? Object.keys(base) : [])])].sort();
  for (const key of keys) {
    if (SPECIAL.has(key) || derived.has(key)) continue;
    const l = local[key];
    const r = remote[key];
    let value: unknown;
    if (same(l, r)) value = r;
    else if (base && same(l, base[key])) value = r;
    else if (base && same(r, base[key])) value = l;
    else {
      value = r;
      conflicts.push({ kind: 'field', collection, docId, field: key, localValue: l, remoteValue: r, at });
    }
    if (value !== undefined) out[key] = value;
  }
  out.id = remote.id;
  out.updatedAt = updatedAt;
  // Not both deleted and neither side deleting: at most one side restored the record.
  out._deleted = false;
  return { doc: recomputeDerived(collection, out) as unknown as D, conflicts };
}
