import type { RxCollection } from 'rxdb';
import type { ProductDoc } from '../../../../shared/entities';

interface Cached {
  updatedAt: string;
  image: string;
}

/**
 * Pictures of the products on screen, read in one batch per frame and kept in a small
 * least-recently-used cache. Lists hold summaries, so scrolling through 10k products holds
 * at most `capacity` pictures in memory.
 */
export class ProductImageCache {
  private cache = new Map<string, Cached>();
  /** id → the version asked for. */
  private pending = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Map<string, Set<() => void>>();

  constructor(
    private readonly read: (ids: string[]) => Promise<Map<string, { updatedAt: string; image: string }>>,
    private readonly capacity = 300,
  ) {}

  /** The picture if cached for this version of the product; else undefined (and it is requested). */
  get(id: string, updatedAt: string): string | undefined {
    const hit = this.cache.get(id);
    // ISO instants compare as strings: a newer cached version also serves an older summary.
    if (hit && hit.updatedAt >= updatedAt) {
      // Refresh its place in the LRU order.
      this.cache.delete(id);
      this.cache.set(id, hit);
      return hit.image;
    }
    this.request(id, updatedAt);
    return undefined;
  }

  put(id: string, updatedAt: string, image: string): void {
    this.cache.delete(id);
    this.cache.set(id, { updatedAt, image });
    while (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
  }

  get size(): number {
    return this.cache.size;
  }

  subscribe(id: string, listener: () => void): () => void {
    const set = this.listeners.get(id) ?? new Set();
    set.add(listener);
    this.listeners.set(id, set);
    return () => {
      set.delete(listener);
      if (!set.size) this.listeners.delete(id);
    };
  }

  private request(id: string, updatedAt: string) {
    if (this.pending.has(id)) return;
    this.pending.set(id, updatedAt);
    this.timer ??= setTimeout(() => void this.flush(), 0);
  }

  async flush(): Promise<void> {
    this.timer = undefined;
    const asked = [...this.pending];
    this.pending.clear();
    if (!asked.length) return;
    const found = await this.read(asked.map(([id]) => id));
    for (const [id, updatedAt] of asked) {
      const doc = found.get(id);
      // A product gone meanwhile is remembered as "no picture", so it is not asked for again.
      this.put(id, doc?.updatedAt ?? updatedAt, doc?.image ?? '');
      for (const l of this.listeners.get(id) ?? []) l();
    }
  }
}

const caches = new WeakMap<RxCollection<ProductDoc>, ProductImageCache>();

export function productImageCache(collection: RxCollection<ProductDoc>): ProductImageCache {
  let cache = caches.get(collection);
  if (!cache) {
    cache = new ProductImageCache(async (ids) => {
      const docs = await collection.findByIds(ids).exec();
      return new Map([...docs.entries()].map(([id, d]) => [id, { updatedAt: d.updatedAt, image: d.image }]));
    });
    caches.set(collection, cache);
  }
  return cache;
}
