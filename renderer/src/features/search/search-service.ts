import type { RxCollection } from 'rxdb';
import { create } from 'zustand';
import type { AccountDoc, ContactDoc } from '../../../../shared/entities';
import { SearchIndex, type SearchableRecord } from '../../../../shared/search';
import type { PeyvandDatabase } from '../../db/database';
import { accountSearchRecord, contactSearchRecord } from './search-records';

interface SearchStatus {
  ready: boolean;
  indexed: number;
  buildMs: number | null;
  /** Tags seen on any record, with counts, for the list filters. */
  tags: Record<string, number>;
}

export const useSearchStatus = create<SearchStatus>(() => ({ ready: false, indexed: 0, buildMs: null, tags: {} }));

const BATCH = 2000;
const CHANGE_BATCH_MS = 50;

/**
 * The in-memory search index over accounts and contacts (DESIGN §4: queries never scan
 * IndexedDB). It is built in the background after start in primary-key batches, so the
 * app is usable at once, and then follows the collections' change streams.
 */
export class SearchService {
  readonly index = new SearchIndex();
  private accountNames = new Map<string, string>();
  private subscriptions: Array<{ unsubscribe(): void }> = [];
  private stopped = false;

  constructor(private readonly db: PeyvandDatabase) {}

  private queue: Array<{ kind: 'account' | 'contact'; doc: (AccountDoc | ContactDoc) & { _deleted?: boolean } }> = [];
  private building = true;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  async start(): Promise<void> {
    const started = performance.now();
    const tagCounts: Record<string, number> = {};
    // Subscribe first and replay after the build, so no change between batches is lost.
    this.subscriptions.push(
      this.db.accounts.$.subscribe((ev) => this.enqueue('account', ev.documentData as AccountDoc)),
      this.db.contacts.$.subscribe((ev) => this.enqueue('contact', ev.documentData as ContactDoc)),
    );
    await this.scan(this.db.accounts, (docs) => {
      for (const a of docs) this.accountNames.set(a.id, a.name);
      this.index.upsertMany(docs.map(accountSearchRecord));
      countTags(docs, tagCounts);
    });
    await this.scan(this.db.contacts, (docs) => {
      this.index.upsertMany(docs.map((c) => contactSearchRecord(c, this.accountNames.get(c.accountId))));
      countTags(docs, tagCounts);
    });
    if (this.stopped) return;
    // Sort the key tables now rather than on the user's first keystroke (~1 s at 120k).
    this.index.flush();
    this.building = false;
    useSearchStatus.setState({ ready: true, indexed: this.index.size, buildMs: Math.round(performance.now() - started), tags: tagCounts });
    this.applyQueued();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.flushTimer);
    for (const s of this.subscriptions) s.unsubscribe();
  }

  /**
   * Change events arrive one per document (thousands a second during an import): they are
   * applied in batches, so the index and the tag list update once per batch, not per row.
   */
  private enqueue(kind: 'account' | 'contact', doc: (AccountDoc | ContactDoc) & { _deleted?: boolean }) {
    this.queue.push({ kind, doc });
    if (!this.building && this.flushTimer === undefined) {
      this.flushTimer = setTimeout(() => this.applyQueued(), CHANGE_BATCH_MS);
    }
  }

  private applyQueued() {
    this.flushTimer = undefined;
    const batch = this.queue;
    this.queue = [];
    if (!batch.length || this.stopped) return;
    const upserts: SearchableRecord[] = [];
    const renamedAccounts: string[] = [];
    const newTags: string[] = [];
    for (const { kind, doc } of batch) {
      if (doc._deleted) {
        if (kind === 'account') this.accountNames.delete(doc.id);
        this.index.remove(doc.id);
        continue;
      }
      if (kind === 'account') {
        const a = doc as AccountDoc;
        if (this.accountNames.has(a.id) && this.accountNames.get(a.id) !== a.name) renamedAccounts.push(a.id);
        this.accountNames.set(a.id, a.name);
        upserts.push(accountSearchRecord(a));
      } else {
        const c = doc as ContactDoc;
        upserts.push(contactSearchRecord(c, this.accountNames.get(c.accountId)));
      }
      newTags.push(...doc.tags);
    }
    this.index.upsertMany(upserts);
    if (newTags.length) {
      useSearchStatus.setState((s) => {
        const tags = { ...s.tags };
        for (const t of newTags) tags[t] = (tags[t] ?? 0) + 1;
        return { tags, indexed: this.index.size };
      });
    }
    for (const id of renamedAccounts) void this.reindexContactsOf(id);
  }

  /**
   * Pages through a collection by its unique `sortName` key, so each batch is one
   * range read of the [_deleted, sortName, id] index. (Paging by `id` has no index
   * of its own: the planner then reads the whole table once per batch.)
   */
  private async scan<T extends { id: string; sortName: string }>(collection: RxCollection<T>, onBatch: (docs: T[]) => void) {
    let lastKey = '';
    for (;;) {
      if (this.stopped) return;
      const docs = await collection
        .find(scanQuery(lastKey) as never)
        .exec();
      const plain = docs.map((d) => d.toJSON() as T);
      onBatch(plain);
      useSearchStatus.setState((s) => ({ indexed: s.indexed + plain.length }));
      if (plain.length < BATCH) return;
      lastKey = plain[plain.length - 1]!.sortName;
      // Yield so typing and scrolling stay smooth while the index builds.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  private async reindexContactsOf(accountId: string) {
    const contacts = await this.db.contacts.find({ selector: { accountId } }).exec();
    this.index.upsertMany(contacts.map((c) => contactSearchRecord(c.toJSON() as ContactDoc, this.accountNames.get(accountId))));
  }
}

/** One batch of the index build: the next BATCH records after `lastKey` in sortName order. */
export function scanQuery(lastKey: string) {
  return { selector: lastKey ? { sortName: { $gt: lastKey } } : {}, sort: [{ sortName: 'asc' as const }], limit: BATCH };
}

function countTags(docs: Array<{ tags: string[] }>, into: Record<string, number>) {
  for (const d of docs) for (const t of d.tags) into[t] = (into[t] ?? 0) + 1;
}

let service: SearchService | null = null;
export function startSearchService(db: PeyvandDatabase): SearchService {
  if (!service) {
    service = new SearchService(db);
    void service.start();
  }
  return service;
}
export function getSearchService(): SearchService | null {
  return service;
}
