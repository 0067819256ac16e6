import {
  getAssumedMasterState, getChangedDocumentsSince, getComposedPrimaryKeyOfDocumentData, now as rxNow, writeDocToDocState,
  type RxCollection, type RxStorageInstanceReplicationState,
} from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { Subject, type Subscription } from 'rxjs';
import { upgradeDocument, type CollectionName } from '../../../../shared/entities';
import type { SyncUser } from '../../../../shared/sync/access';
import { SERVER_MANAGED_REFERENCE_KINDS } from '../../../../shared/sync/access';
import { conflictEntry, rejectionEntry, type SyncLogEntry } from '../../../../shared/sync/conflict-log';
import { documentContent } from '../../../../shared/sync/content';
import {
  PULL_BATCH_BY_COLLECTION, PULL_LIMIT_DEFAULT, PUSH_ROWS_MAX, pushBatches, REJECTION_FIELD, SYNCED_COLLECTIONS, type PullResponse, type PushRow, type Rejection, type StreamEvent,
  type SyncCheckpoint, type WireDocument,
} from '../../../../shared/sync/protocol';
import { conflictHooksOf, syncedCollectionCreators, type PeyvandDatabase } from '../../db/database';
import { isSyncHttpError, type ServerUser, type SyncApi, type SyncErrorCode } from './api-client';
import { replicationIdentifier } from './device-account';
import { SyncEventStream } from './event-stream';
import { reownLocalRecords } from './reown';

/** Whether the device has a network; the browser's navigator.onLine and online/offline events. */
export interface NetworkMonitor {
  isOnline(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

export const alwaysOnline: NetworkMonitor = { isOnline: () => true, subscribe: () => () => undefined };

export function browserNetwork(): NetworkMonitor {
  return {
    isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
    subscribe(listener) {
      const on = () => listener(true);
      const off = () => listener(false);
      window.addEventListener('online', on);
      window.addEventListener('offline', off);
      return () => {
        window.removeEventListener('online', on);
        window.removeEventListener('offline', off);
      };
    },
  };
}

export interface SyncProgress {
  /** A request is running or documents are being written. */
  active: boolean;
  online: boolean;
  /** Documents received from the server since start (pull responses and the stream). */
  received: number;
  /** Local changes not yet acknowledged by the server (capped at PENDING_SCAN_MAX). */
  pending: number;
  pendingCapped: boolean;
  /**
   * RxDB write clock (`_meta.lwt`, ms) when the `pending` count began; absent until the first
   * count finished. Writes after it are not in `pending`.
   */
  pendingCountedAt?: number;
  /** Last time a request to the server succeeded. */
  lastSyncAt: string | null;
  /** The last request's failure, null after a success. */
  error: SyncErrorCode | null;
  /** Access changed on the server: local synced data is being replaced. */
  resetting: boolean;
  /**
   * A first sync (a pull from the start) under way: documents received of those the
   * server announced (`total` of the first pull of each collection). Null otherwise.
   */
  initial: { received: number; expected: number } | null;
}

export interface SyncEngineOptions {
  db: PeyvandDatabase;
  api: SyncApi;
  user: SyncUser;
  /** Distinguishes replications per server and user, e.g. `${apiBaseUrl}|${userId}`. */
  identifier: string;
  collections?: readonly CollectionName[];
  network?: NetworkMonitor;
  /** Live stream (SSE) on/off; off in tests that drive reSync() themselves. */
  live?: boolean;
  retryTimeMs?: number;
  maxRetryTimeMs?: number;
  pullBatchSize?: number;
  onProgress?(progress: SyncProgress): void;
  /** After a reset replaced the synced collections (the app remounts or reloads its views). */
  onCollectionsReplaced?(): void | Promise<void>;
  /** The user's role or team changed on the server (read after a reset). */
  onUserChanged?(user: ServerUser): void;
  now?(): string;
}

const PENDING_SCAN_MAX = 5000;
const PENDING_THROTTLE_MS = 1000;

export interface PendingCount {
  count: number;
  /** More than `count` (the scan stopped at its cap). */
  capped: boolean;
  /** RxDB write clock when the count began. */
  countedAt: number;
}

type AnyState = RxReplicationState<WireDocument, SyncCheckpoint>;

/**
 * Replication of every synced collection with the server (DESIGN §5), built on RxDB's
 * replicateRxCollection: pull by server sequence checkpoint, push with the assumed master
 * state, one shared SSE stream demultiplexed into each collection's pull.stream$.
 */
export class SyncEngine {
  private states = new Map<CollectionName, AnyState>();
  private streams = new Map<CollectionName, Subject<StreamEvent>>();
  private subs: Subscription[] = [];
  private stream: SyncEventStream | null = null;
  private unsubscribeNetwork: (() => void) | null = null;
  private stopped = true;
  private resetRequested = false;
  private resetRun: Promise<void> | null = null;
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private activeCount = 0;
  readonly progress: SyncProgress;
  private readonly collections: readonly CollectionName[];
  private readonly retryTime: number;

  constructor(private options: SyncEngineOptions) {
    this.collections = options.collections ?? SYNCED_COLLECTIONS;
    this.retryTime = options.retryTimeMs ?? 2000;
    const online = (options.network ?? alwaysOnline).isOnline();
    this.progress = { active: false, online, received: 0, pending: 0, pendingCapped: false, lastSyncAt: null, error: null, resetting: false, initial: null };
  }

  private get db() {
    return this.options.db;
  }
  private now() {
    return this.options.now?.() ?? new Date().toISOString();
  }

  private emit(patch: Partial<SyncProgress>) {
    Object.assign(this.progress, patch);
    this.options.onProgress?.({ ...this.progress });
  }

  /** Re-owns local-only records, then starts replicating. Returns at once; work continues in the background. */
  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    await reownLocalRecords(this.db, { userId: this.options.user.id, teamId: this.options.user.teamId });
    const hooks = conflictHooksOf(this.db);
    hooks.onConflicts = (conflicts, merged) => void this.record(conflicts.map((c) => conflictEntry(c, this.options.user.id, merged)));
    const network = this.options.network ?? alwaysOnline;
    this.unsubscribeNetwork = network.subscribe((online) => void this.setOnline(online));
    this.startReplications();
    if (this.options.live !== false) {
      this.stream = new SyncEventStream(this.options.api, {
        onOpen: () => this.broadcast('RESYNC'),
        onEvent: (event) => this.dispatch(event),
        onError: (error) => this.noteError(error),
      });
      if (network.isOnline()) this.stream.start();
    }
    if (!network.isOnline()) await this.setOnline(false);
  }

  /**
   * Stops replicating. Returns the local changes still unsent at that moment (the count the
   * device keeps for the signed-out account), or null when they could not be counted.
   */
  async stop(): Promise<PendingCount | null> {
    if (this.stopped) return null;
    this.stopped = true;
    this.stream?.stop();
    this.stream = null;
    this.unsubscribeNetwork?.();
    this.unsubscribeNetwork = null;
    clearTimeout(this.pendingTimer);
    let final: PendingCount | null = null;
    try {
      // Counted while the replication states still exist (a push in flight is counted: the safe side).
      const countedAt = rxNow();
      const { count, capped } = await this.countPending();
      final = { count, capped, countedAt };
      this.emit({ pending: count, pendingCapped: capped, pendingCountedAt: countedAt });
    } catch (error) {
      console.error('Could not count unsent changes', error);
    }
    await this.cancelReplications();
    const hooks = conflictHooksOf(this.db);
    hooks.onConflicts = null;
    this.emit({ active: false });
    return final;
  }

  get isRunning(): boolean {
    return !this.stopped;
  }

  /** "Sync now": pull everything new and push what waits. */
  reSync(): void {
    for (const state of this.states.values()) {
      state.retryTime = this.retryTime;
      state.reSync();
    }
    this.stream?.reconnectNow();
  }

  /** Resolves when every collection has pushed its changes and pulled the server's. */
  async awaitInSync(): Promise<void> {
    await this.resetRun;
    await Promise.all([...this.states.values()].map((s) => s.awaitInSync()));
    await this.resetRun;
  }

  replicationState(collection: CollectionName): AnyState | undefined {
    return this.states.get(collection);
  }

  // ---- replications ----------------------------------------------------------------------

  private startReplications() {
    const hooks = conflictHooksOf(this.db);
    for (const name of this.collections) {
      const streamSubject = new Subject<StreamEvent>();
      this.streams.set(name, streamSubject);
      const collection = this.db.collections[name] as unknown as RxCollection<WireDocument>;
      const state = replicateRxCollection<WireDocument, SyncCheckpoint>({
        replicationIdentifier: replicationIdentifier(this.options.identifier, name),
        collection,
        live: true,
        retryTime: this.retryTime,
        waitForLeadership: false,
        autoStart: true,
        pull: {
          batchSize: this.options.pullBatchSize ?? PULL_BATCH_BY_COLLECTION[name] ?? PULL_LIMIT_DEFAULT,
          handler: (checkpoint, batchSize) => this.pull(name, checkpoint, batchSize),
          stream$: streamSubject.asObservable() as never,
          // A server on an older version may send documents without the newer fields.
          modifier: (doc: WireDocument) => upgradeDocument(name, documentContent(doc)) as never,
        },
        push: {
          batchSize: PUSH_ROWS_MAX,
          handler: (rows) => this.push(name, rows as PushRow[], hooks),
          // Users and teams come from the admin API; the local profile of local-only mode is never sent.
          modifier: (doc: WireDocument) =>
            name === 'reference' && SERVER_MANAGED_REFERENCE_KINDS.includes(String(doc.kind)) ? null : documentContent(doc),
        },
      });
      this.states.set(name, state as AnyState);
      this.subs.push(
        state.error$.subscribe(() => {
          // Back off: 2 s, 4 s … 60 s; reset by the next success.
          state.retryTime = Math.min(this.options.maxRetryTimeMs ?? 60_000, (state.retryTime ?? this.retryTime) * 2);
        }),
        state.active$.subscribe((active) => this.trackActive(name, active)),
        state.sent$.subscribe(() => this.schedulePending()),
        collection.$.subscribe(() => this.schedulePending()),
      );
    }
    this.schedulePending();
  }

  private activeByCollection = new Map<CollectionName, boolean>();
  private trackActive(name: CollectionName, active: boolean) {
    this.activeByCollection.set(name, active);
    const any = [...this.activeByCollection.values()].some(Boolean);
    if (any !== this.progress.active) this.emit({ active: any });
    this.activeCount = [...this.activeByCollection.values()].filter(Boolean).length;
    if (!any) this.schedulePending();
  }

  private async cancelReplications(remove = false) {
    const states = [...this.states.values()];
    this.states.clear();
    this.activeByCollection.clear();
    for (const s of this.subs) s.unsubscribe();
    this.subs = [];
    for (const subject of this.streams.values()) subject.complete();
    this.streams.clear();
    await Promise.all(states.map((s) => (remove ? s.remove() : s.cancel())));
  }

  private broadcast(event: 'RESYNC') {
    for (const subject of this.streams.values()) subject.next(event);
  }

  private dispatch(event: StreamEvent) {
    if (event === 'RESYNC') return this.broadcast(event);
    const subject = this.streams.get(event.collection);
    if (!subject || this.resetRequested) return;
    this.emit({ received: this.progress.received + event.documents.length, lastSyncAt: this.now(), error: null });
    subject.next({ ...event, documents: event.documents.map((d) => documentContent(d)) });
  }

  private async pull(name: CollectionName, checkpoint: SyncCheckpoint | undefined, batchSize: number) {
    if (this.resetRequested) return { documents: [], checkpoint };
    const response = await this.call(() => this.options.api.pull(name, checkpoint ?? null, batchSize));
    if (response.reset) {
      this.requestReset();
      return { documents: [], checkpoint };
    }
    this.emit({ received: this.progress.received + response.documents.length, initial: this.trackInitial(name, response, batchSize) });
    return { documents: response.documents.map((d) => documentContent(d)), checkpoint: response.checkpoint ?? checkpoint };
  }

  /** Per collection in its first sync: what the server announced and what has arrived. */
  private initialSync = new Map<CollectionName, { received: number; expected: number; done: boolean }>();

  /**
   * Progress of a first sync across collections. A collection that finished keeps its
   * numbers until all have, so the total never jumps backwards.
   */
  private trackInitial(name: CollectionName, response: PullResponse, batchSize: number): SyncProgress['initial'] {
    if (response.total !== undefined) this.initialSync.set(name, { received: 0, expected: response.total, done: false });
    const entry = this.initialSync.get(name);
    if (entry && !entry.done) {
      entry.received += response.documents.length;
      entry.done = response.documents.length < batchSize;
    }
    const entries = [...this.initialSync.values()];
    if (!entries.length || entries.every((e) => e.done)) {
      this.initialSync.clear();
      return null;
    }
    const sum = (key: 'received' | 'expected') => entries.reduce((n, e) => n + e[key], 0);
    return { received: Math.min(sum('received'), sum('expected')), expected: sum('expected') };
  }

  private async push(name: CollectionName, rows: PushRow[], hooks: ReturnType<typeof conflictHooksOf>): Promise<WireDocument[]> {
    const sent = new Map(rows.map((r) => [r.newDocumentState.id, r.newDocumentState]));
    const out: WireDocument[] = [];
    const refused: SyncLogEntry[] = [];
    const wire = rows.map((r) => ({
      ...(r.assumedMasterState ? { assumedMasterState: documentContent(r.assumedMasterState) } : {}),
      newDocumentState: documentContent(r.newDocumentState),
    }));
    // By count and by size: rows with pictures must not add up to a body the server refuses.
    for (const batch of pushBatches(wire)) {
      const conflicts = await this.call(() => this.options.api.push(name, batch));
      for (const doc of conflicts) {
        const rejection = (doc as Record<string, unknown>)[REJECTION_FIELD] as Rejection | undefined;
        const kept = documentContent(doc);
        if (rejection) {
          const mine = sent.get(doc.id);
          if (mine) refused.push(rejectionEntry(name, mine, kept, rejection, this.options.user.id, this.now()));
          hooks.markRefused(name, doc.id);
        }
        out.push(kept);
      }
    }
    // Stored before RxDB replaces the refused version with the server's: never silently lost.
    if (refused.length) await this.record(refused);
    return out;
  }

  /** Runs a request, keeping the error for the indicator and backing off per collection. */
  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      const result = await request();
      this.emit({ lastSyncAt: this.now(), error: null });
      for (const state of this.states.values()) state.retryTime = this.retryTime;
      return result;
    } catch (error) {
      this.noteError(error);
      throw error;
    }
  }

  private noteError(error: unknown) {
    const code: SyncErrorCode = isSyncHttpError(error) ? error.code : 'NETWORK';
    if (this.progress.error !== code) this.emit({ error: code });
  }

  private async record(entries: SyncLogEntry[]) {
    try {
      // Deterministic ids: a conflict resolved twice (a retried cycle) is stored once, and
      // a dismissed entry is not reopened.
      await this.db.synclog.bulkInsert(entries);
    } catch (error) {
      console.error('Could not store sync log entries', error);
    }
  }

  // ---- network -----------------------------------------------------------------------

  private async setOnline(online: boolean) {
    if (this.stopped) return;
    this.emit({ online });
    if (!online) {
      this.stream?.stop();
      await Promise.all([...this.states.values()].map((s) => s.pause()));
      return;
    }
    await Promise.all([...this.states.values()].map((s) => s.start()));
    for (const state of this.states.values()) state.retryTime = this.retryTime;
    this.stream?.start();
    this.reSync();
  }

  // ---- reset (the user's access changed) ------------------------------------------------

  private requestReset() {
    if (this.resetRequested) return;
    this.resetRequested = true;
    this.emit({ resetting: true });
    this.resetRun = this.runReset().finally(() => {
      this.resetRun = null;
    });
  }

  /** Push what waits, then drop the synced collections and pull from scratch. */
  private async runReset() {
    // Pulls answer "nothing new" while a reset is requested, so this waits for the pushes only.
    await Promise.all([...this.states.values()].map((s) => s.awaitInSync()));
    if (this.stopped) return;
    await this.cancelReplications(true);
    for (const name of this.collections) await this.db.collections[name].remove();
    await this.db.addCollections(syncedCollectionCreators(conflictHooksOf(this.db), this.collections) as never);
    this.resetRequested = false;
    // The reset means the role or team changed: new records must be created as the new team.
    try {
      const me = await this.options.api.me();
      this.options.user = { id: me.id, role: me.role, teamId: me.teamId };
      this.options.onUserChanged?.(me);
    } catch {
      // offline again: the next sign-in or reset reads it
    }
    this.initialSync.clear();
    this.emit({ resetting: false, received: 0, initial: null });
    await this.options.onCollectionsReplaced?.();
    if (!this.stopped) this.startReplications();
  }

  // ---- pending changes -----------------------------------------------------------------

  private schedulePending() {
    if (this.pendingTimer !== undefined || this.stopped) return;
    this.pendingTimer = setTimeout(() => {
      this.pendingTimer = undefined;
      const countedAt = rxNow();
      void this.countPending().then(
        ({ count, capped }) => {
          if (this.stopped) return; // stop() made the final count
          const first = this.progress.pendingCountedAt === undefined;
          if (first || count !== this.progress.pending || capped !== this.progress.pendingCapped) {
            this.emit({ pending: count, pendingCapped: capped, pendingCountedAt: countedAt });
          }
        },
        () => undefined,
      );
    }, PENDING_THROTTLE_MS);
  }

  /**
   * Local changes the server has not acknowledged: documents written to the local storage
   * after the upstream checkpoint whose content differs from the assumed server state
   * (RxDB's replication meta). Reads at most PENDING_SCAN_MAX changed documents per collection.
   */
  async countPending(): Promise<{ count: number; capped: boolean }> {
    let count = 0;
    let capped = false;
    for (const state of this.states.values()) {
      const result = await countPendingOf(state);
      count += result.count;
      capped ||= result.capped;
    }
    return { count, capped };
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function countPendingOf(state: RxReplicationState<WireDocument, any>): Promise<{ count: number; capped: boolean }> {
  await state.startPromise;
  const internal = state.internalReplicationState as RxStorageInstanceReplicationState<WireDocument> | undefined;
  if (!internal || state.isStopped()) return { count: 0, capped: false };
  const meta = internal.input.metaInstance;
  const checkpointId = getComposedPrimaryKeyOfDocumentData(meta.schema, { isCheckpoint: '1', itemId: 'up' });
  const [checkpointDoc] = await meta.findDocumentsById([checkpointId], false);
  let checkpoint = checkpointDoc?.checkpointData;
  let count = 0;
  let scanned = 0;
  for (;;) {
    const page = await getChangedDocumentsSince(internal.input.forkInstance, 500, checkpoint);
    if (!page.documents.length) break;
    const ids = page.documents.map((d) => d.id);
    const assumed = await getAssumedMasterState(internal, ids);
    for (const doc of page.documents) {
      const state = writeDocToDocState(doc, false, false);
      if (doc.kind !== undefined && SERVER_MANAGED_REFERENCE_KINDS.includes(String(doc.kind))) continue;
      const master = assumed[doc.id];
      if (!master || !internal.input.conflictHandler.isEqual(master.docData, state, 'peyvand-pending')) count += 1;
    }
    scanned += page.documents.length;
    checkpoint = page.checkpoint;
    if (page.documents.length < 500) break;
    if (scanned >= PENDING_SCAN_MAX) return { count, capped: true };
  }
  return { count, capped: false };
}
