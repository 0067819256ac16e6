import type { RxCollection } from 'rxdb';
import { create } from 'zustand';
import type { AccountDoc, ContactDoc } from '../../../../shared/entities';
import { SearchIndex } from '../../../../shared/search';
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

  async start(): Promise<void> {
    const started = performance.now();
    const tagCounts: Record<string, number> = {};
    // Subscribe first and replay after the build, so no change between batches is lost.
    const pending: Array<() => void> = [];
    let building = true;
    const apply = (fn: () => void) => (building ? pending.push(fn) : fn());
    this.subscriptions.push(
      this.db.accounts.$.subscribe((ev) => apply(() => this.onAccount(ev.documentData as AccountDoc & { _deleted?: boolean }))),
      this.db.contacts.$.subscribe((ev) => apply(() => this.onContact(ev.documentData as ContactDoc & { _deleted?: boolean }))),
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
    building = false;
    for (const fn of pending) fn();
    useSearchStatus.setState({ ready: true, indexed: this.index.size, buildMs: Math.round(performance.now() - started), tags: tagCounts });
  }

  stop(): void {
    this.stopped = true;
    for (const s of this.subscriptions) s.unsubscribe();
  }

  private async scan<T extends { id: string }>(collection: RxCollection<T>, onBatch: (docs: T[]) => void) {
    let lastId = '';
    for (;;) {
      if (this.stopped) return;
      const docs = await collection
        .find({ selector: lastId ? { id: { $gt: lastId } } : {}, sort: [{ id: 'asc' } as never], limit: BATCH } as never)
        .exec();
      const plain = docs.map((d) => d.toJSON() as T);
      onBatch(plain);
      useSearchStatus.setState((s) => ({ indexed: s.indexed + plain.length }));
      if (plain.length < BATCH) return;
      lastId = plain[plain.length - 1]!.id;
      // Yield so typing and scrolling stay smooth while the index builds.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  private onAccount(doc: AccountDoc & { _deleted?: boolean }) {
    if (doc._deleted) {
      this.accountNames.delete(doc.id);
      this.index.remove(doc.id);
      return;
    }
    const renamed = this.accountNames.get(doc.id) !== doc.name;
    this.accountNames.set(doc.id, doc.name);
    this.index.upsert(accountSearchRecord(doc));
    bumpTags(doc.tags);
    if (renamed) void this.reindexContactsOf(doc.id);
  }

  private onContact(doc: ContactDoc & { _deleted?: boolean }) {
    if (doc._deleted) this.index.remove(doc.id);
    else {
      this.index.upsert(contactSearchRecord(doc, this.accountNames.get(doc.accountId)));
      bumpTags(doc.tags);
    }
  }

  private async reindexContactsOf(accountId: string) {
    const contacts = await this.db.contacts.find({ selector: { accountId } }).exec();
    this.index.upsertMany(contacts.map((c) => contactSearchRecord(c.toJSON() as ContactDoc, this.accountNames.get(accountId))));
  }
}

function countTags(docs: Array<{ tags: string[] }>, into: Record<string, number>) {
  for (const d of docs) for (const t of d.tags) into[t] = (into[t] ?? 0) + 1;
}

function bumpTags(tags: string[]) {
  if (!tags.length) return;
  useSearchStatus.setState((s) => {
    const next = { ...s.tags };
    for (const t of tags) next[t] = (next[t] ?? 0) + 1;
    return { tags: next };
  });
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
