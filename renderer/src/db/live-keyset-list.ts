import type { MangoQuerySelector, RxCollection, RxDocument } from 'rxdb';
import type { Subscription } from 'rxjs';

export interface KeysetListState<T> {
  rows: T[];
  hasMore: boolean;
  loading: boolean;
}

/**
 * A list window over an index-backed sort key that pages with `$gt` (DESIGN §4: keyset
 * paging stays fast at 100k docs; offsets and counts do not). Change events are merged
 * into the loaded window instead of re-running queries, so an edit never reloads 5,000
 * scrolled rows.
 */
export class LiveKeysetList<T extends { id: string }> {
  private rows: T[] = [];
  private hasMore = true;
  private loading = false;
  private closed = false;
  private sub: Subscription | null = null;
  private listeners = new Set<(s: KeysetListState<T>) => void>();
  private readonly matcher;

  constructor(
    private readonly collection: RxCollection<T>,
    private readonly sortField: keyof T & string,
    private readonly selector: MangoQuerySelector<T>,
    private readonly pageSize = 60,
  ) {
    this.matcher = collection.find({ selector });
  }

  start(): void {
    this.sub = this.collection.$.subscribe((ev) => this.onChange(ev.documentData as T & { _deleted?: boolean }));
    void this.loadMore();
  }

  close(): void {
    this.closed = true;
    this.sub?.unsubscribe();
    this.listeners.clear();
  }

  subscribe(listener: (s: KeysetListState<T>) => void): () => void {
    this.listeners.add(listener);
    listener(this.snapshot());
    return () => this.listeners.delete(listener);
  }

  snapshot(): KeysetListState<T> {
    return { rows: this.rows, hasMore: this.hasMore, loading: this.loading };
  }

  async loadMore(): Promise<void> {
    if (this.loading || !this.hasMore || this.closed) return;
    this.loading = true;
    this.emit();
    const last = this.rows[this.rows.length - 1];
    const selector = last
      ? { $and: [this.selector, { [this.sortField]: { $gt: last[this.sortField] } }] }
      : this.selector;
    const docs: RxDocument<T>[] = await this.collection
      .find({ selector: selector as MangoQuerySelector<T>, sort: [{ [this.sortField]: 'asc' } as never], limit: this.pageSize })
      .exec();
    if (this.closed) return;
    if (!last) performance.mark('peyvand:first-page');
    this.rows = [...this.rows, ...docs.map((d) => d.toJSON() as T)];
    this.hasMore = docs.length === this.pageSize;
    this.loading = false;
    this.emit();
  }

  private onChange(doc: T & { _deleted?: boolean }): void {
    const at = this.rows.findIndex((r) => r.id === doc.id);
    const next = at >= 0 ? this.rows.filter((_, i) => i !== at) : [...this.rows];
    const keep = !doc._deleted && this.matcher.doesDocumentDataMatch(doc as never);
    if (keep) {
      const key = doc[this.sortField];
      const last = next[next.length - 1];
      // Outside the loaded window (after the last row while more pages exist): it arrives when paged to.
      if (!(this.hasMore && last && key > last[this.sortField])) {
        let lo = 0;
        let hi = next.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (next[mid]![this.sortField] < key) lo = mid + 1;
          else hi = mid;
        }
        next.splice(lo, 0, withoutStorageFields(doc));
      }
    }
    if (at < 0 && next.length === this.rows.length) return;
    this.rows = next;
    this.emit();
  }

  private emit(): void {
    const s = this.snapshot();
    for (const l of this.listeners) l(s);
  }
}

/** Change events carry storage bookkeeping (_rev, _meta…); rows hold only the document. */
function withoutStorageFields<T>(doc: T): T {
  const { _deleted: _d, _rev: _r, _meta: _m, _attachments: _a, ...clean } = doc as Record<string, unknown>;
  return clean as T;
}
