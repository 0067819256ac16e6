import { COLLECTION_NAMES, type CollectionName } from '../entities/collections';
import { ID_MAX } from '../entities/common';
import { recomputeDerived } from '../entities/derived';
import { latestFirstKey, SORT_KEY_MAX } from '../entities/sort-keys';
import { canonicalJson, documentContent } from './content';
import type { MergeConflict } from './merge';
import { REJECTION_CODES, type Rejection, type WireDocument } from './protocol';

/**
 * The conflict and rejection log (DESIGN §5: "never silent loss"). Every value that lost a
 * merge and every edit the server refused is kept here, on this device only (the log is not
 * synced), until the user restores or dismisses it. Pure helpers; the renderer stores the
 * entries in a local-only RxDB collection with the schema below.
 */

export const SYNC_LOG_COLLECTION = 'synclog';
export const SYNC_LOG_KINDS = ['field', 'deleted', 'rejected'] as const;
export type SyncLogKind = (typeof SYNC_LOG_KINDS)[number];
export const SYNC_LOG_STATUSES = ['open', 'restored', 'dismissed'] as const;
export type SyncLogStatus = (typeof SYNC_LOG_STATUSES)[number];

export interface SyncLogEntry {
  /** Deterministic: recording the same conflict twice (a retried resolution) keeps one entry. */
  id: string;
  kind: SyncLogKind;
  /** The synced collection (`collection` is a reserved RxDocument property). */
  collectionName: CollectionName;
  docId: string;
  /** The field that lost; '_deleted' for a lost edit/delete; '' for a rejected edit. */
  field: string;
  /** JSON of this device's value (for 'deleted' and 'rejected': the whole document). */
  localJson: string;
  /** JSON of the value that was kept. */
  remoteJson: string;
  /** 'deleted': whose edits lost to a delete ('local' = this device's). */
  loser: '' | 'local' | 'remote';
  /** 'rejected': the server's code, message and field errors (i18n keys). */
  code: '' | (typeof REJECTION_CODES)[number];
  message: string;
  fieldsJson: string;
  /** The record's name when it was recorded, for the list. */
  recordName: string;
  /** The signed-in user whose device recorded it. */
  userId: string;
  at: string;
  status: SyncLogStatus;
  /** Newest first: inverted time + id. */
  sortKey: string;
}

export const syncLogRxSchema = {
  title: SYNC_LOG_COLLECTION,
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 80 },
    kind: { type: 'string', enum: [...SYNC_LOG_KINDS] },
    collectionName: { type: 'string', enum: [...COLLECTION_NAMES] },
    docId: { type: 'string', maxLength: ID_MAX },
    field: { type: 'string', maxLength: 80 },
    localJson: { type: 'string' },
    remoteJson: { type: 'string' },
    loser: { type: 'string', enum: ['', 'local', 'remote'] },
    code: { type: 'string', enum: ['', ...REJECTION_CODES] },
    message: { type: 'string' },
    fieldsJson: { type: 'string' },
    recordName: { type: 'string' },
    userId: { type: 'string', maxLength: ID_MAX },
    at: { type: 'string', maxLength: 40 },
    status: { type: 'string', maxLength: 12 },
    sortKey: { type: 'string', maxLength: SORT_KEY_MAX },
  },
  required: ['id', 'kind', 'collectionName', 'docId', 'field', 'localJson', 'remoteJson', 'loser', 'code', 'message', 'fieldsJson', 'recordName', 'userId', 'at', 'status', 'sortKey'],
  indexes: [['status', 'sortKey']],
  additionalProperties: false,
} as const;

/** cyrb53: a small, fast, stable 53-bit string hash (not cryptographic; ids only). */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A record's human name: account name, contact full name, activity subject, reference key. */
export function recordNameOf(collection: CollectionName, doc: Record<string, unknown> | null | undefined): string {
  if (!doc) return '';
  const pick = (v: unknown) => (typeof v === 'string' ? v : '');
  if (collection === 'accounts') return pick(doc.name);
  if (collection === 'contacts') return pick(doc.fullName) || [pick(doc.firstName), pick(doc.lastName)].filter(Boolean).join(' ');
  if (collection === 'activities') return pick(doc.subject);
  const data = doc.data as Record<string, unknown> | undefined;
  return pick(data?.displayName) || pick(data?.name) || pick(doc.key);
}

const json = (v: unknown) => (v === undefined ? 'null' : canonicalJson(v));

/** `merged` is the document the merge produced (it names the record in the list). */
export function conflictEntry(conflict: MergeConflict, userId: string, merged?: Record<string, unknown>): SyncLogEntry {
  const localJson = json(conflict.kind === 'deleted' ? documentContent(conflict.localValue as WireDocument) : conflict.localValue);
  const remoteJson = json(conflict.kind === 'deleted' ? documentContent(conflict.remoteValue as WireDocument) : conflict.remoteValue);
  const loser = conflict.loser ?? '';
  const id = `c-${hash53([conflict.collection, conflict.docId, conflict.field, loser, localJson, remoteJson].join('\u0000'))}-${conflict.docId.slice(-12)}`;
  const named = conflict.kind === 'deleted' ? (conflict.localValue as Record<string, unknown>) : merged;
  return {
    id,
    kind: conflict.kind,
    collectionName: conflict.collection,
    docId: conflict.docId,
    field: conflict.field,
    localJson,
    remoteJson,
    loser,
    code: '',
    message: '',
    fieldsJson: '{}',
    recordName: recordNameOf(conflict.collection, named),
    userId,
    at: conflict.at,
    status: 'open',
    sortKey: latestFirstKey(conflict.at, id),
  };
}

/** A pushed edit the server refused: the whole refused version is kept. */
export function rejectionEntry(
  collection: CollectionName,
  refused: WireDocument,
  kept: WireDocument,
  rejection: Rejection,
  userId: string,
  at: string,
): SyncLogEntry {
  const localJson = json(documentContent(refused));
  const id = `r-${hash53([collection, refused.id, rejection.code, localJson].join('\u0000'))}-${refused.id.slice(-12)}`;
  return {
    id,
    kind: 'rejected',
    collectionName: collection,
    docId: refused.id,
    field: '',
    localJson,
    remoteJson: json(documentContent(kept)),
    loser: 'local',
    code: rejection.code,
    message: rejection.message.slice(0, 1000),
    fieldsJson: json(rejection.fields ?? {}),
    recordName: recordNameOf(collection, refused) || recordNameOf(collection, kept),
    userId,
    at,
    status: 'open',
    sortKey: latestFirstKey(at, id),
  };
}

/**
 * The document to write when the user restores their value: a new edit on top of the
 * current state (so it syncs like any edit), with derived fields recomputed. Returns null
 * when there is nothing to restore (a rejection of someone else's delete, say).
 */
export function restoredDocument(
  entry: Pick<SyncLogEntry, 'kind' | 'collectionName' | 'field' | 'localJson' | 'loser'>,
  current: WireDocument | null,
  now: string,
): WireDocument | null {
  const local = JSON.parse(entry.localJson) as unknown;
  if (entry.kind === 'field') {
    if (!current) return null;
    const next = { ...documentContent(current), [entry.field]: local, updatedAt: now };
    return recomputeDerived(entry.collectionName, next) as WireDocument;
  }
  // 'deleted' and 'rejected' keep a whole document: bring it back as it was, not deleted.
  if (!local || typeof local !== 'object') return null;
  const doc = local as WireDocument;
  const base = current ? documentContent(current) : {};
  const next = { ...base, ...doc, _deleted: false, updatedAt: now, ...(current ? { ownerId: current.ownerId, teamId: current.teamId } : {}) };
  return recomputeDerived(entry.collectionName, next) as WireDocument;
}

/** What to show for a stored value: plain text, whole arrays and objects joined. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(describeValue).filter(Boolean).join('، ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.e164 === 'string') return o.e164;
    if (typeof o.address === 'string') return o.address;
    if (typeof o.amountMinor === 'number' && typeof o.currency === 'string') return `${o.amountMinor} ${o.currency}`;
    return Object.values(o).map(describeValue).filter(Boolean).join('، ');
  }
  return String(value);
}
