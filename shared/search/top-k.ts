// Keeps the best `k` of a stream of candidates without sorting the stream: a one-letter
// query can match most of 120k records, and only the first page is ever shown.

export class TopK<T> {
  private readonly items: T[] = [];

  /** `compare(a, b) < 0` means a ranks before b; ties keep the order of offer(). */
  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  get full(): boolean {
    return this.items.length >= this.k;
  }

  /** The item that would be dropped first; undefined while empty. */
  get last(): T | undefined {
    return this.items[this.items.length - 1];
  }

  offer(item: T): void {
    const { items, k } = this;
    if (k <= 0) return;
    if (items.length >= k && this.compare(item, items[k - 1] as T) >= 0) return;
    let low = 0;
    let high = items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.compare(items[mid] as T, item) <= 0) low = mid + 1;
      else high = mid;
    }
    items.splice(low, 0, item);
    if (items.length > k) items.pop();
  }

  /** Best first. */
  toArray(): T[] {
    return [...this.items];
  }
}
