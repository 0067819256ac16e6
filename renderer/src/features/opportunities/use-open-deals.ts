import { useEffect, useState } from 'react';
import type { RxCollection } from 'rxdb';
import type { Subscription } from 'rxjs';
import type { OpportunityDoc } from '../../../../shared/entities';
import type { PeyvandDatabase } from '../../db/database';
import { useDatabase } from '../../db/DatabaseProvider';
import { toBoardDeal, type BoardDeal } from './board-model';

/**
 * The board's one query: open deals only, read through the [status, sortUpdated] index
 * (last changed first). Won and lost deals, however many, are never loaded.
 */
export function openDealsQuery(collection: RxCollection<OpportunityDoc>, after = '', limit?: number) {
  return collection.find({
    selector: after ? { status: 'open', sortUpdated: { $gt: after } } : { status: 'open' },
    sort: [{ sortUpdated: 'asc' }],
    ...(limit ? { limit } : {}),
  });
}

/** Enough deals to fill the columns on screen; the rest follow in a second read. */
export const FIRST_READ = 150;

export interface OpenDeals {
  deals: BoardDeal[];
  /** false while only the first read is in: counts and totals are not final yet. */
  complete: boolean;
}

type ChangedDoc = OpportunityDoc & { _deleted?: boolean };

/**
 * The open deals, kept live. Reads go to the storage with RxDB's own prepared queries (the
 * index range above) and keep plain rows: building 5,000 RxDocuments is most of what a
 * board of that size would otherwise spend. The most recently changed deals come first,
 * enough to draw the columns at once; the rest follow from where that read stopped. Then
 * the collection's change stream is merged in, a frame's worth of changes at a time, so a
 * sync that brings thousands of changes redraws the board a few times instead of thousands.
 */
export class OpenDealsFeed {
  private deals: BoardDeal[] = [];
  private queue: ChangedDoc[] = [];
  private loaded = false;
  private closed = false;
  private scheduled = false;
  private sub: Subscription | null = null;

  constructor(
    private readonly collection: RxCollection<OpportunityDoc>,
    private readonly onChange: (state: OpenDeals) => void,
    private readonly schedule: (run: () => void) => void = (run) => requestAnimationFrame(run),
    private readonly firstRead = FIRST_READ,
  ) {}

  private async read(after: string, limit?: number): Promise<BoardDeal[]> {
    const prepared = openDealsQuery(this.collection, after, limit).getPreparedQuery();
    const { documents } = await this.collection.storageInstance.query(prepared);
    return documents.map((doc) => toBoardDeal(doc as unknown as OpportunityDoc));
  }

  async start(): Promise<void> {
    // Listen first: a change made while the first read runs is applied after it, never lost.
    this.sub = this.collection.$.subscribe((event) => {
      this.queue.push(event.documentData as ChangedDoc);
      if (this.loaded) this.scheduleFlush();
    });
    const first = await this.read('', this.firstRead);
    if (this.closed) return;
    const last = first[first.length - 1];
    if (first.length === this.firstRead && last) {
      this.onChange({ deals: first, complete: false });
      const rest = await this.read(last.sortUpdated);
      if (this.closed) return;
      this.deals = [...first, ...rest];
    } else {
      this.deals = first;
    }
    this.loaded = true;
    this.applyQueue();
    this.onChange({ deals: this.deals, complete: true });
  }

  close(): void {
    this.closed = true;
    this.sub?.unsubscribe();
  }

  private scheduleFlush(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      if (this.closed) return;
      if (this.applyQueue()) this.onChange({ deals: this.deals, complete: true });
    });
  }

  /** Applies the queued changes (latest state wins); true when the list changed. */
  private applyQueue(): boolean {
    if (this.queue.length === 0) return false;
    const latest = new Map<string, ChangedDoc>();
    for (const doc of this.queue) latest.set(doc.id, doc);
    this.queue = [];
    const kept = this.deals.filter((deal) => !latest.has(deal.id));
    const added = [...latest.values()].filter((doc) => !doc._deleted && doc.status === 'open').map(toBoardDeal);
    if (added.length === 0 && kept.length === this.deals.length) return false;
    added.sort((a, b) => (a.sortUpdated < b.sortUpdated ? -1 : a.sortUpdated > b.sortUpdated ? 1 : 0));
    this.deals = mergeSorted(kept, added);
    return true;
  }
}

/** Two lists sorted by sortUpdated, merged into one. */
function mergeSorted(a: BoardDeal[], b: BoardDeal[]): BoardDeal[] {
  if (b.length === 0) return a;
  const out: BoardDeal[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.sortUpdated <= b[j]!.sortUpdated)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/** Live open deals as small plain objects; undefined while the first read runs. */
export function useOpenDeals(): OpenDeals | undefined {
  const db: PeyvandDatabase = useDatabase();
  const [deals, setDeals] = useState<OpenDeals | undefined>(undefined);
  useEffect(() => {
    let first = true;
    performance.mark('peyvand:board-query-start');
    const feed = new OpenDealsFeed(db.opportunities, (next) => {
      if (first) performance.mark('peyvand:board-query-end');
      if (next.complete) performance.mark('peyvand:board-query-complete');
      first = false;
      setDeals(next);
    });
    void feed.start();
    return () => feed.close();
  }, [db]);
  return deals;
}
