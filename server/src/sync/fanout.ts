import type { FastifyBaseLogger } from 'fastify';
import { COLLECTION_NAMES, type CollectionName } from '../../../shared/entities/collections';
import { canRead, type SyncUser } from '../../../shared/sync/access';
import { isSyncedCollection } from '../../../shared/sync/protocol';
import type { Database } from '../db/database';
import { accessFieldsOf, toWire, type Visibility } from './documents';
import { CHANGES_CHANNEL, parseNotice } from './notifications';

/**
 * The live stream's per-process fan-out. Every server process LISTENs on one channel;
 * on a change it reads the new rows of that collection ONCE, then filters them in memory
 * for each connected client (canRead; tombstones for revocations), so 500 clients cost
 * one query per change, not 500.
 */
export interface StreamClient {
  user: SyncUser;
  epoch: number;
  deviceId: string;
  /** Access-token expiry (ms): the heartbeat sweep ends the stream after it; the client reconnects with a fresh token. */
  expiresAt: number;
  /** Writes raw SSE text; returns the bytes still buffered for this client. */
  write(chunk: string): number;
  end(): void;
}

interface ChangedDoc {
  seq: number;
  vis: Visibility;
  json: string;
}

interface RevokedDoc {
  seq: number;
  before: Visibility;
  now: Visibility;
  json: string;
}

const BATCH = 5000;
/** A client this far behind on reading is dropped; it reconnects and resyncs by pull. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

export class Fanout {
  private readonly clients = new Set<StreamClient>();
  private readonly lastSeq = new Map<CollectionName, number>();
  private readonly running = new Map<CollectionName, Promise<void>>();
  private readonly dirty = new Set<CollectionName>();
  private unlisten: (() => Promise<void>) | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly log: FastifyBaseLogger,
    private readonly heartbeatMs: number,
  ) {}

  get size(): number {
    return this.clients.size;
  }

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(CHANGES_CHANNEL, (payload) => this.onNotice(payload));
    const { rows } = await this.db.query<{ collection: string; seq: number }>('select collection, max(seq) as seq from docs group by collection');
    for (const name of COLLECTION_NAMES) this.lastSeq.set(name, 0);
    for (const row of rows) if (isSyncedCollection(row.collection)) this.lastSeq.set(row.collection, Number(row.seq));
    this.heartbeat = setInterval(() => this.sweep(), this.heartbeatMs);
    this.heartbeat.unref();
  }

  add(client: StreamClient): void {
    this.clients.add(client);
  }

  remove(client: StreamClient): void {
    this.clients.delete(client);
  }

  /** Ends every stream (shutdown); the clients reconnect elsewhere and RESYNC. */
  endAll(): void {
    for (const client of this.clients) this.drop(client);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.endAll();
    await Promise.allSettled(this.running.values());
    await this.unlisten?.();
  }

  private drop(client: StreamClient, resync = false): void {
    this.clients.delete(client);
    try {
      if (resync) client.write('data: "RESYNC"\n\n');
      client.end();
    } catch {
      /* the socket is already gone */
    }
  }

  private sweep(): void {
    const now = Date.now();
    for (const client of this.clients) {
      if (client.expiresAt <= now) this.drop(client);
      else if (client.write(': heartbeat\n\n') > MAX_BUFFERED_BYTES) this.drop(client);
    }
  }

  private onNotice(payload: string): void {
    if (this.stopped) return;
    const notice = parseNotice(payload);
    if (!notice) {
      // '' after a LISTEN reconnect: anything may have happened, including revocations and
      // access changes whose notices were lost in the gap — re-check every open stream.
      for (const name of COLLECTION_NAMES) this.schedule(name);
      void this.recheckAccess().catch((error: unknown) => this.log.warn({ err: error }, 'stream access re-check failed'));
      return;
    }
    if (notice.type === 'docs') {
      if (isSyncedCollection(notice.collection) && notice.seq > (this.lastSeq.get(notice.collection) ?? 0)) this.schedule(notice.collection);
    } else if (notice.type === 'user') {
      for (const client of this.clients) if (client.user.id === notice.userId) this.drop(client, true);
    } else if (notice.type === 'device') {
      for (const client of this.clients) if (client.deviceId === notice.deviceId) this.drop(client, true);
    }
  }

  /** Ends the streams of revoked devices, disabled users and users whose access changed (epoch). */
  async recheckAccess(): Promise<void> {
    if (!this.clients.size) return;
    const deviceIds = [...new Set([...this.clients].map((c) => c.deviceId))];
    const { rows } = await this.db.query<{ id: string; revoked: boolean; active: boolean; epoch: number }>(
      `select d.id, d.revoked_at is not null as revoked, u.active, u.access_epoch as epoch
         from devices d join users u on u.id = d.user_id where d.id = any($1::text[])`,
      [deviceIds],
    );
    const byDevice = new Map(rows.map((r) => [r.id, r]));
    for (const client of this.clients) {
      const row = byDevice.get(client.deviceId);
      if (!row || row.revoked || !row.active || Number(row.epoch) !== client.epoch) this.drop(client, true);
    }
  }

  /** One catch-up per collection at a time; notices arriving meanwhile fold into one more round. */
  private schedule(collection: CollectionName): void {
    if (this.running.has(collection)) {
      this.dirty.add(collection);
      return;
    }
    const run = (async () => {
      do {
        this.dirty.delete(collection);
        try {
          while (!this.stopped && (await this.catchUp(collection)) === BATCH);
        } catch (error) {
          if (!this.stopped) this.log.error({ err: error, collection }, 'stream fan-out failed');
        }
      } while (this.dirty.has(collection) && !this.stopped);
    })().finally(() => this.running.delete(collection));
    this.running.set(collection, run);
  }

  /** Reads rows after lastBroadcastSeq once and sends each client its share. Returns the row count. */
  private async catchUp(collection: CollectionName): Promise<number> {
    const after = this.lastSeq.get(collection) ?? 0;
    const { docs, revoked } = await this.db.transaction(async (tx) => {
      await tx.query('set transaction isolation level repeatable read');
      const docs = await tx.query<Visibility & { seq: number; data: Record<string, unknown>; deleted: boolean }>(
        `select seq, data, deleted, owner_id, team_id, assignee_type, assignee_id from docs
         where collection = $1 and seq > $2 order by seq limit $3`,
        [collection, after, BATCH],
      );
      const last = docs.rows.at(-1)?.seq;
      if (last === undefined || collection === 'reference') return { docs: docs.rows, revoked: [] };
      const revoked = await tx.query<{
        seq: number; data: Record<string, unknown>;
        owner_id: string | null; team_id: string | null; assignee_type: string | null; assignee_id: string | null;
        now_owner: string | null; now_team: string | null; now_assignee_type: string | null; now_assignee_id: string | null;
      }>(
        `select r.seq, r.data, r.owner_id, r.team_id, r.assignee_type, r.assignee_id,
           d.owner_id as now_owner, d.team_id as now_team, d.assignee_type as now_assignee_type, d.assignee_id as now_assignee_id
         from revocations r join docs d on d.collection = r.collection and d.id = r.doc_id
         where r.collection = $1 and r.seq > $2 and r.seq <= $3 order by r.seq`,
        [collection, after, last],
      );
      return { docs: docs.rows, revoked: revoked.rows };
    });
    if (!docs.length) return 0;
    const highWater = Number(docs.at(-1)!.seq);
    if (highWater <= after) return 0;
    this.lastSeq.set(collection, highWater);
    const changed: ChangedDoc[] = docs.map((row) => ({
      seq: Number(row.seq),
      vis: row,
      json: JSON.stringify(toWire(collection, row)),
    }));
    const revocations: RevokedDoc[] = revoked.map((row) => ({
      seq: Number(row.seq),
      before: row,
      now: { owner_id: row.now_owner, team_id: row.now_team, assignee_type: row.now_assignee_type, assignee_id: row.now_assignee_id },
      json: JSON.stringify(toWire(collection, { data: row.data, deleted: true })),
    }));
    this.broadcast(collection, changed, revocations, highWater);
    return docs.length;
  }

  private broadcast(collection: CollectionName, changed: ChangedDoc[], revoked: RevokedDoc[], highWater: number): void {
    let everything: string | null = null;
    for (const client of this.clients) {
      const { user } = client;
      let documents: string;
      if (collection === 'reference' || user.role === 'admin') {
        everything ??= changed.map((d) => d.json).join(',');
        documents = everything;
      } else {
        const picked: { seq: number; json: string }[] = changed.filter((d) => canRead(user, collection, accessFieldsOf(d.vis)));
        for (const r of revoked) {
          if (canRead(user, collection, accessFieldsOf(r.before)) && !canRead(user, collection, accessFieldsOf(r.now))) picked.push(r);
        }
        if (!picked.length) continue;
        if (revoked.length) picked.sort((a, b) => a.seq - b.seq);
        documents = picked.map((d) => d.json).join(',');
      }
      const checkpoint = JSON.stringify({ seq: highWater, epoch: client.epoch });
      const buffered = client.write(`data: {"collection":${JSON.stringify(collection)},"documents":[${documents}],"checkpoint":${checkpoint}}\n\n`);
      if (buffered > MAX_BUFFERED_BYTES) this.drop(client);
    }
  }
}
