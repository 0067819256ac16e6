import { useSyncExternalStore } from 'react';
import type { RxCollection } from 'rxdb';
import type { ProductDoc } from '../../../../shared/entities';
import type { PeyvandDatabase } from '../../db/database';
import { useDatabase } from '../../db/DatabaseProvider';
import { ProductSearchIndex } from './product-search';
import { productSummary } from './product-summary';

const BATCH = 500;
const CHANGE_BATCH_MS = 50;

export interface DirectoryStatus {
  ready: boolean;
  /** Products read so far. */
  indexed: number;
  /** Bumped on every change, so views re-run their search. */
  version: number;
}

/**
 * Every product's summary in memory (no pictures), for instant search by name or SKU in
 * the picker and the catalog, and for the duplicate-SKU warning. Built on first use by
 * paging the [sortName] index (one range read per batch), then kept current from the
 * collection's change stream. Search by name words or SKU needs normalized text that no
 * index holds, so the alternative would be a full-table read on every keystroke.
 */
export class ProductDirectory {
  readonly index = new ProductSearchIndex();
  private status: DirectoryStatus = { ready: false, indexed: 0, version: 0 };
  private listeners = new Set<() => void>();
  private queue: Array<ProductDoc & { _deleted?: boolean }> = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private building = true;
  private stopped = false;
  private sub: { unsubscribe(): void } | null = null;

  constructor(private readonly collection: RxCollection<ProductDoc>) {}

  async start(): Promise<void> {
    // Subscribe first and replay after the build, so no change between batches is lost.
    this.sub = this.collection.$.subscribe((ev) => this.enqueue(ev.documentData as ProductDoc & { _deleted?: boolean }));
    let lastKey = '';
    for (;;) {
      if (this.stopped) return;
      const docs = await this.collection
        .find({ selector: lastKey ? { sortName: { $gt: lastKey } } : {}, sort: [{ sortName: 'asc' }], limit: BATCH })
        .exec();
      for (const d of docs) this.index.upsert(productSummary(d.toJSON() as ProductDoc));
      this.set({ indexed: this.index.size, version: this.status.version + 1 });
      if (docs.length < BATCH) break;
      lastKey = docs[docs.length - 1]!.sortName;
      // Yield so typing and scrolling stay smooth while the directory builds.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.building = false;
    this.apply();
    this.set({ ready: true });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.sub?.unsubscribe();
  }

  getStatus = (): DirectoryStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private enqueue(doc: ProductDoc & { _deleted?: boolean }) {
    this.queue.push(doc);
    if (!this.building && this.timer === undefined) this.timer = setTimeout(() => this.apply(), CHANGE_BATCH_MS);
  }

  private apply() {
    this.timer = undefined;
    const batch = this.queue;
    this.queue = [];
    if (!batch.length || this.stopped) return;
    for (const doc of batch) {
      if (doc._deleted) this.index.remove(doc.id);
      else this.index.upsert(productSummary(doc));
    }
    this.set({ indexed: this.index.size, version: this.status.version + 1 });
  }

  private set(patch: Partial<DirectoryStatus>) {
    this.status = { ...this.status, ...patch };
    for (const l of this.listeners) l();
  }
}

const directories = new WeakMap<PeyvandDatabase, ProductDirectory>();

/** The database's product directory, started on first use. */
export function productDirectory(db: PeyvandDatabase): ProductDirectory {
  let dir = directories.get(db);
  if (!dir) {
    dir = new ProductDirectory(db.products);
    directories.set(db, dir);
    const started = dir;
    void started.start().catch((err: unknown) => console.error('product directory failed', err));
    // A closed database (sign-out wipe, tests) ends its directory too.
    db.onClose.push(() => started.stop());
  }
  return dir;
}

const IDLE: DirectoryStatus = { ready: false, indexed: 0, version: 0 };
const noSubscription = () => () => undefined;
const idleStatus = () => IDLE;

/**
 * The directory and its status; the component re-renders when products change. With
 * `active` false nothing is read yet (the catalog starts it when the user first searches,
 * so its first page never waits behind a full read of the catalog).
 */
export function useProductDirectory(active = true): { directory: ProductDirectory | null; status: DirectoryStatus } {
  const db = useDatabase();
  const directory = active ? productDirectory(db) : null;
  const status = useSyncExternalStore(directory?.subscribe ?? noSubscription, directory?.getStatus ?? idleStatus, directory?.getStatus ?? idleStatus);
  return { directory, status };
}
