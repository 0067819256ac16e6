import type { RxConflictHandler } from 'rxdb';
import type { CollectionName } from '../../../../shared/entities';
import { documentContent, mergeDocuments, sameContent, type MergeConflict, type WireDocument } from '../../../../shared/sync';

/**
 * Per-database hooks between the push handler and the conflict handler. RxDB calls the
 * conflict handler with the server's state only; a row the server *refused* must be taken
 * as the server sent it (merging it would push the refused edit again, forever), so the
 * push handler marks it here first.
 */
export class ConflictHooks {
  private readonly refused = new Set<string>();
  /** Set by the running sync engine: stores lost values in the conflict log. */
  onConflicts: ((conflicts: MergeConflict[], merged: WireDocument) => void) | null = null;

  markRefused(collection: CollectionName, id: string): void {
    this.refused.add(`${collection}\u0000${id}`);
  }

  takeRefused(collection: CollectionName, id: string): boolean {
    return this.refused.delete(`${collection}\u0000${id}`);
  }
}

/**
 * RxDB's conflict handler for a synced collection: equality by content (server-only and
 * bookkeeping fields excluded, shared/sync/content.ts) and the three-way field merge.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createConflictHandler(collection: CollectionName, hooks: ConflictHooks): RxConflictHandler<any> {
  return {
    isEqual: (a, b) => sameContent(a as Record<string, unknown>, b as Record<string, unknown>),
    resolve: async (input) => {
      const remote = documentContent(input.realMasterState as WireDocument);
      if (hooks.takeRefused(collection, remote.id)) return remote;
      const { doc, conflicts } = mergeDocuments(collection, {
        base: (input.assumedMasterState as WireDocument | undefined) ?? null,
        local: input.newDocumentState as WireDocument,
        remote,
      });
      if (conflicts.length) hooks.onConflicts?.(conflicts, doc);
      return doc;
    },
  };
}
