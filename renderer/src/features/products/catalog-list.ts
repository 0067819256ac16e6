import type { RxCollection } from 'rxdb';
import type { ProductDoc } from '../../../../shared/entities';
import { productSummary, type ProductSummary } from './product-summary';

export interface CatalogFilter {
  /** Only these exact category paths (a node of the tree and its descendants); null = all. */
  categories: readonly string[] | null;
  /** Leave out inactive products. */
  activeOnly: boolean;
}

export interface CatalogListState {
  rows: ProductSummary[];
  hasMore: boolean;
  loading: boolean;
}

/** One index range the list reads: all products, or one category path, in name order. */
export interface CatalogSource {
  selector: Record<string, unknown>;
  /** sortName of the last product read from this source (null before the first read). */
  cursor: string | null;
  /** The source has nothing after `cursor`. */
  exhausted: boolean;
  /** Read but not yet shown (ahead of another source's next row). */
  buffer: ProductSummary[];
}

export function catalogSources(filter: CatalogFilter): CatalogSource[] {
  const active = filter.activeOnly ? { active: true } : {};
  const selectors = filter.categories === null ? [active] : filter.categories.map((category) => ({ category, ...active }));
  return selectors.map((selector) => ({ selector, cursor: null, exhausted: false, buffer: [] }));
}

/** The query of a source's next page: an index range from its cursor ([category, sortName] or [sortName]). */
export function sourcePageQuery(source: CatalogSource, pageSize: number) {
  const selector = source.cursor === null ? source.selector : { ...source.selector, sortName: { $gt: source.cursor } };
  return { selector, sort: [{ sortName: 'asc' as const }], limit: pageSize };
}

/**
 * Moves up to `n` rows from the sources' buffers into name order (a k-way merge). Stops
 * early when a source that may still hold smaller names has an empty buffer: it must be
 * read first. Returns the rows taken.
 */
export function takeMerged(sources: CatalogSource[], n: number): ProductSummary[] {
  const out: ProductSummary[] = [];
  while (out.length < n) {
    if (sources.some((s) => s.buffer.length === 0 && !s.exhausted)) break;
    let best: CatalogSource | null = null;
    for (const s of sources) {
      const head = s.buffer[0];
      if (head && (!best || head.sortName < best.buffer[0]!.sortName)) best = s;
    }
    if (!best) break;
    out.push(best.buffer.shift()!);
  }
  return out;
}

export function matchesFilter(doc: Pick<ProductDoc, 'category' | 'active'>, filter: CatalogFilter): boolean {
  if (filter.activeOnly && !doc.active) return false;
  return filter.categories === null || filter.categories.includes(doc.category);
}

function insertSorted(rows: ProductSummary[], row: ProductSummary): ProductSummary[] {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]!.sortName < row.sortName) lo = mid + 1;
    else hi = mid;
  }
  return [...rows.slice(0, lo), row, ...rows.slice(lo)];
}

/**
 * The catalog's live window in name order. Without a category filter it pages the
 * [sortName] index; with a category node it pages the [category, sortName] index once
 * per path under the node and merges them by name, so a small category of a 100k catalog
 * costs a few short range reads, never a table scan. Rows are summaries: the window does
 * not hold 10k pictures after a long scroll. Changes are merged in without re-querying.
 */
export class CatalogList {
  private rows: ProductSummary[] = [];
  private loading = false;
  private closed = false;
  private readonly sources: CatalogSource[];
  private sub: { unsubscribe(): void } | null = null;
  private listeners = new Set<(s: CatalogListState) => void>();

  constructor(
    private readonly collection: RxCollection<ProductDoc>,
    private readonly filter: CatalogFilter,
    private readonly pageSize = 60,
  ) {
    this.sources = catalogSources(filter);
  }

  start(): void {
    this.sub = this.collection.$.subscribe((ev) => this.onChange(ev.documentData as ProductDoc & { _deleted?: boolean }));
    void this.loadMore();
  }

  close(): void {
    this.closed = true;
    this.sub?.unsubscribe();
    this.listeners.clear();
  }

  subscribe(listener: (s: CatalogListState) => void): () => void {
    this.listeners.add(listener);
    listener(this.snapshot());
    return () => this.listeners.delete(listener);
  }

  snapshot(): CatalogListState {
    return { rows: this.rows, hasMore: this.hasMore(), loading: this.loading };
  }

  private hasMore(): boolean {
    return this.sources.some((s) => s.buffer.length > 0 || !s.exhausted);
  }

  async loadMore(): Promise<void> {
    if (this.loading || this.closed || !this.hasMore()) return;
    this.loading = true;
    this.emit();
    let taken: ProductSummary[] = [];
    while (taken.length < this.pageSize && this.hasMore()) {
      const empty = this.sources.filter((s) => s.buffer.length === 0 && !s.exhausted);
      await Promise.all(empty.map((s) => this.read(s)));
      if (this.closed) return;
      taken = [...taken, ...takeMerged(this.sources, this.pageSize - taken.length)];
    }
    this.rows = [...this.rows, ...taken];
    this.loading = false;
    this.emit();
  }

  private async read(source: CatalogSource): Promise<void> {
    const docs = await this.collection.find(sourcePageQuery(source, this.pageSize) as never).exec();
    const summaries = docs.map((d) => productSummary(d.toJSON() as ProductDoc));
    source.buffer.push(...summaries);
    if (summaries.length) source.cursor = summaries[summaries.length - 1]!.sortName;
    source.exhausted = summaries.length < this.pageSize;
  }

  private onChange(doc: ProductDoc & { _deleted?: boolean }): void {
    const before = this.rows;
    let changed = false;
    if (before.some((r) => r.id === doc.id)) {
      this.rows = before.filter((r) => r.id !== doc.id);
      changed = true;
    }
    for (const s of this.sources) {
      const at = s.buffer.findIndex((r) => r.id === doc.id);
      if (at >= 0) s.buffer.splice(at, 1);
    }
    if (!doc._deleted && matchesFilter(doc, this.filter)) {
      const row = productSummary(doc);
      const last = this.rows[this.rows.length - 1];
      if (!this.hasMore() || (last && row.sortName <= last.sortName)) {
        this.rows = insertSorted(this.rows, row);
        changed = true;
      } else {
        const source = this.filter.categories === null ? this.sources[0] : this.sources[this.filter.categories.indexOf(doc.category)];
        // Read already past it (or nothing left to read): keep it for its turn; else a later read brings it.
        if (source && (source.exhausted || (source.cursor !== null && row.sortName <= source.cursor))) {
          source.buffer = insertSorted(source.buffer, row);
        }
      }
    }
    if (changed) this.emit();
  }

  private emit(): void {
    const s = this.snapshot();
    for (const l of this.listeners) l(s);
  }
}

export function catalogFilterKey(filter: CatalogFilter): string {
  return JSON.stringify(filter);
}
