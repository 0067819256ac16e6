import { z } from 'zod';
import { COLLECTION_NAMES, type CollectionName } from '../entities/collections';

/**
 * The sync wire contract (DESIGN §5), shared by the server and the client. JSON over
 * HTTP under `/api/v1`; the replication follows RxDB's protocol (pull by checkpoint,
 * push with the assumed master state, a live stream with RESYNC).
 */

/** Bumped when an older client could no longer sync safely; the server answers 426. */
export const SYNC_PROTOCOL_VERSION = 1;
export const PROTOCOL_HEADER = 'x-peyvand-protocol';
export const API_PREFIX = '/api/v1';

/** Every collection the server replicates; one definition with the client's schemas. */
export const SYNCED_COLLECTIONS: readonly CollectionName[] = COLLECTION_NAMES;
export function isSyncedCollection(name: string): name is CollectionName {
  return (SYNCED_COLLECTIONS as readonly string[]).includes(name);
}

/**
 * Where a client stands in a collection's change feed. `seq` is the server's commit
 * sequence (never a client clock). `epoch` is the user's access epoch: when an admin
 * changes the user's role or team it moves on, and the client must start over.
 */
export const checkpointSchema = z.object({
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  epoch: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});
export type SyncCheckpoint = z.infer<typeof checkpointSchema>;

export const PULL_LIMIT_DEFAULT = 500;
export const PULL_LIMIT_MAX = 5000;
export const PUSH_ROWS_MAX = 1000;
/**
 * A client splits a push so each request body stays under this many characters of JSON, well
 * inside the server's body limit (8 MiB): 1,000 products with pictures would not fit in one.
 */
export const PUSH_BODY_CHARS_MAX = 4 * 1024 * 1024;
/** Pull page sizes per collection where documents are large (product pictures). */
export const PULL_BATCH_BY_COLLECTION: Partial<Record<CollectionName, number>> = { products: 50 };

/** Splits push rows into requests of at most PUSH_ROWS_MAX rows and about PUSH_BODY_CHARS_MAX characters. */
export function pushBatches<R>(rows: readonly R[], size: (row: R) => number = (row) => JSON.stringify(row).length): R[][] {
  const batches: R[][] = [];
  let current: R[] = [];
  let chars = 2;
  for (const row of rows) {
    const n = size(row) + 1;
    if (current.length && (current.length >= PUSH_ROWS_MAX || chars + n > PUSH_BODY_CHARS_MAX)) {
      batches.push(current);
      current = [];
      chars = 2;
    }
    current.push(row);
    chars += n;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** A document as it travels: the entity's fields plus RxDB's `_deleted`. */
export type WireDocument = Record<string, unknown> & { id: string; _deleted: boolean };

export interface PullResponse {
  documents: WireDocument[];
  checkpoint: SyncCheckpoint | null;
  /** Present when the user's access changed (epoch): drop local synced data and pull from scratch. */
  reset?: true;
  /** On a pull from the start only: how many documents the user may read in this collection (for progress). */
  total?: number;
}

export interface PushRow {
  assumedMasterState?: WireDocument;
  newDocumentState: WireDocument;
}

/**
 * Why the server refused to apply a pushed row. The push answer is RxDB's conflict
 * array; a refused row comes back in it as the state the client must take (the server's
 * document, or the pushed one marked deleted when the user may not see the server's),
 * carrying this marker so the client can keep the refused edit in its rejected list.
 */
export const REJECTION_FIELD = '_rejection';
export const REJECTION_CODES = ['INVALID', 'FORBIDDEN'] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];
export interface Rejection {
  code: RejectionCode;
  /** English, for logs and integrators; the client translates by `code` and `fields`. */
  message: string;
  /** For INVALID: field path → i18n key in the `validation` namespace. */
  fields?: Record<string, string>;
}

/** One Server-Sent Event `data:` payload on `/sync/stream`. */
export type StreamEvent =
  | { collection: CollectionName; documents: WireDocument[]; checkpoint: SyncCheckpoint }
  | 'RESYNC';

export const ERROR_CODES = [
  'INVALID_REQUEST', 'UNAUTHORIZED', 'TOKEN_EXPIRED', 'DEVICE_REVOKED', 'FORBIDDEN', 'NOT_FOUND',
  'CONFLICT', 'PAYLOAD_TOO_LARGE', 'CLIENT_TOO_OLD', 'RATE_LIMITED', 'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: Record<string, string> };
}
