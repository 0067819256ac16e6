import type { RxCollection } from 'rxdb';
import { create } from 'zustand';
import type { AccountDoc, ContactDoc, LeadDoc, OpportunityDoc, ProductDoc } from '../../../../shared/entities';
import { SearchIndex, type SearchableRecord, type SearchKind } from '../../../../shared/search';
import type { PeyvandDatabase } from '../../db/database';
import {
  accountSearchRecord, contactSearchRecord, leadSearchRecord, opportunitySearchRecord, productSearchRecord,
} from './search-records';

interface SearchStatus {
  /** Accounts and contacts are in: what the pickers and duplicate checks need. */
  ready: boolean;
  /** Every kind is in (leads, opportunities and products follow `ready`). */
  complete: boolean;
  indexed: number;
  /** Bumped by every change applied to the index: open searches re-run on it (a rename keeps the size). */
  revision: number;
  buildMs: number | null;
  /** Tags seen on any record, with counts, for the list filters. */
  tags: Record<string, number>;
}

export const useSearchStatus = create<SearchStatus>(() => ({ ready: false, complete: false, indexed: 0, revision: 0, buildMs: null, tags: {} }));

const BATCH = 2000;
const CHANGE_BATCH_MS = 50;

interface DocOfKind {
  account: AccountDoc;
  contact: ContactDoc;
  lead: LeadDoc;
  opportunity: OpportunityDoc;
  product: ProductDoc;
}
/** One change event; the kind travels with the document so the pair stays typed. */
type Change = { [K in SearchKind]: { kind: K; doc: DocOfKind[K] & { _deleted?: boolean } } }[SearchKind];

/**
 * The in-memory search index over accounts, contacts, leads, opportunities and products
 * (DESIGN §4: queries never scan IndexedDB). It is built in the background after start in
 * sortName batches, so the app is usable at once, and then follows the collections'
 * change streams.
 */
export class SearchService {
  readonly index = new SearchIndex();
  private accountNames = new Map<string, string>();
  private subscriptions: Array<{ unsubscribe(): void }> = [];
  private stopped = false;

  constructor(private readonly db: PeyvandDatabase) {}

  private queue: Change[] = [];
  /** Kinds whose initial scan is done: their changes apply as they come; others wait (`held`). */
  private scanned = new Set<SearchKind>();
  private held: Change[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  async start(): Promise<void> {
    const started = performance.now();
    const tagCounts: Record<string, number> = {};
    // Subscribe first and replay after the build, so no change between batches is lost.
    this.subscriptions.push(
      this.db.accounts.$.subscribe((ev) => this.enqueue({ kind: 'account', doc: ev.documentData as AccountDoc })),
      this.db.contacts.$.subscribe((ev) => this.enqueue({ kind: 'contact', doc: ev.documentData as ContactDoc })),
      this.db.leads.$.subscribe((ev) => this.enqueue({ kind: 'lead', doc: ev.documentData as LeadDoc })),
      this.db.opportunities.$.subscribe((ev) => this.enqueue({ kind: 'opportunity', doc: ev.documentData as OpportunityDoc })),
      this.db.products.$.subscribe((ev) => this.enqueue({ kind: 'product', doc: ev.documentData as ProductDoc })),
    );
    // Accounts and contacts first: they are what most searches (and the pickers) want.
    // Only their tags feed the tag filter (of the accounts and contacts lists).
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
    // Ready: what the pickers, duplicate checks and most searches need is in; the sales
    // records follow in the background, each kind searchable as soon as it is scanned.
    this.scanDone('account', 'contact');
    useSearchStatus.setState({ ready: true, indexed: this.index.size, buildMs: Math.round(performance.now() - started), tags: tagCounts });
    await this.scan(this.db.leads, (docs) => this.index.upsertMany(docs.map(leadSearchRecord)));
    this.scanDone('lead');
    await this.scan(this.db.opportunities, (docs) =>
      this.index.upsertMany(docs.map((o) => opportunitySearchRecord(o, this.accountNames.get(o.accountId)))),
    );
    this.scanDone('opportunity');
    await this.scan(this.db.products, (docs) => this.index.upsertMany(docs.map(productSearchRecord)));
    this.scanDone('product');
    if (this.stopped) return;
    this.index.flush();
    useSearchStatus.setState((s) => ({ complete: true, indexed: this.index.size, revision: s.revision + 1 }));
  }

  /**
   * A kind's scan is over: the changes that came meanwhile apply now (after the scan, so a
   * batch read before a change never overwrites it), and later ones as they come.
   */
  private scanDone(...kinds: SearchKind[]) {
    if (this.stopped) return;
    for (const kind of kinds) this.scanned.add(kind);
    const stillHeld: Change[] = [];
    for (const change of this.held) (this.scanned.has(change.kind) ? this.queue : stillHeld).push(change);
    this.held = stillHeld;
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
  private enqueue(change: Change) {
    if (!this.scanned.has(change.kind)) {
      this.held.push(change);
      return;
    }
    this.queue.push(change);
    if (this.flushTimer === undefined) {
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
    for (const change of batch) {
      if (change.doc._deleted) {
        if (change.kind === 'account') this.accountNames.delete(change.doc.id);
        this.index.remove(change.doc.id);
        continue;
      }
      if (change.kind === 'account') {
        const a = change.doc;
        if (this.accountNames.has(a.id) && this.accountNames.get(a.id) !== a.name) renamedAccounts.push(a.id);
        this.accountNames.set(a.id, a.name);
      }
      if (change.kind === 'account' || change.kind === 'contact') newTags.push(...change.doc.tags);
      upserts.push(this.recordOf(change));
    }
    this.index.upsertMany(upserts);
    // `revision` re-runs open searches: a record added, renamed or deleted shows at once.
    useSearchStatus.setState((s) => {
      if (!newTags.length) return { indexed: this.index.size, revision: s.revision + 1 };
      const tags = { ...s.tags };
      for (const t of newTags) tags[t] = (tags[t] ?? 0) + 1;
      return { tags, indexed: this.index.size, revision: s.revision + 1 };
    });
    for (const id of renamedAccounts) void this.reindexRecordsOfAccount(id);
  }

  private recordOf(change: Change): SearchableRecord {
    switch (change.kind) {
      case 'account': return accountSearchRecord(change.doc);
      case 'contact': return contactSearchRecord(change.doc, this.accountNames.get(change.doc.accountId));
      case 'lead': return leadSearchRecord(change.doc);
      case 'opportunity': return opportunitySearchRecord(change.doc, this.accountNames.get(change.doc.accountId));
      case 'product': return productSearchRecord(change.doc);
    }
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

  /** Contacts and opportunities show their account's name; both collections index accountId. */
  private async reindexRecordsOfAccount(accountId: string) {
    const [contacts, opportunities] = await Promise.all([
      this.db.contacts.find({ selector: { accountId } }).exec(),
      this.db.opportunities.find({ selector: { accountId } }).exec(),
    ]);
    const accountName = this.accountNames.get(accountId);
    this.index.upsertMany([
      ...contacts.map((c) => contactSearchRecord(c.toJSON() as ContactDoc, accountName)),
      ...opportunities.map((o) => opportunitySearchRecord(o.toJSON() as OpportunityDoc, accountName)),
    ]);
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
