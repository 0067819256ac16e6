import { type DuplicateLookup, type DuplicateLookupHit } from '../duplicates/duplicates';
import { emailSearchKey } from '../email/email';
import { skuKey } from '../entities/product';
import { phoneQueryKey, phoneSearchKeys } from '../phone/phone';
import { sortKeyFor } from '../text/collation';
import { nameKey } from '../text/normalize';
import { NameIndex, PREFIX_TITLE_TIER, WHOLE_TITLE_TIER } from './name-index';
import { SortedKeyIndex } from './sorted-keys';
import { TopK } from './top-k';
import {
  type SearchableRecord,
  type SearchHit,
  type SearchKind,
  type SearchMatch,
  type SearchOptions,
} from './types';

// The renderer's in-memory search over accounts, contacts, leads, opportunities and
// products (DESIGN §4): names in a NameIndex, phones, emails and SKUs in sorted key arrays
// (binary search on a prefix, never n-gram terms). Records are addressed inside by a
// small integer handle, reused after removal, so no id string is repeated per term or
// per key.

interface Entry {
  id: string;
  kind: SearchKind;
  title: string;
  subtitle: string | undefined;
  /** E.164, as given. */
  phones: string[];
  /** emailSearchKey() of each email. */
  emails: string[];
  /** skuKey() of each SKU. */
  skus: string[];
}

interface Candidate {
  handle: number;
  /** Name tiers (see name-index.ts); a phone or email counts as the display name. */
  score: number;
  matched: SearchMatch;
}

const DEFAULT_LIMIT = 20;

export class SearchIndex implements DuplicateLookup {
  private readonly names = new NameIndex();
  private readonly phones = new SortedKeyIndex();
  private readonly emails = new SortedKeyIndex();
  // SKUs get keys of their own rather than name terms: as a name, «SM-A54-128» would be
  // split into words and matched one typo away (another product's code), and typing it
  // whole could not rank it first. As one key (skuKey: no case, separators or digit
  // script) it is found whole or by prefix, like a phone number.
  private readonly skus = new SortedKeyIndex();
  private readonly entries: Array<Entry | undefined> = [];
  private readonly handles = new Map<string, number>();
  private readonly freeHandles: number[] = [];

  get size(): number {
    return this.handles.size;
  }

  has(id: string): boolean {
    return this.handles.has(id);
  }

  /** Adds a record, or replaces the record with the same id. */
  upsert(record: SearchableRecord): void {
    const existing = this.handles.get(record.id);
    if (existing !== undefined) this.unindex(existing);
    const handle = existing ?? this.freeHandles.pop() ?? this.entries.length;
    this.handles.set(record.id, handle);

    const entry: Entry = {
      id: record.id,
      kind: record.kind,
      title: record.title,
      subtitle: record.subtitle,
      phones: [...record.phones],
      emails: [...new Set(record.emails.map(emailSearchKey).filter((e) => e !== ''))],
      skus: [...new Set((record.skus ?? []).map(skuKey).filter((k) => k !== ''))],
    };
    this.entries[handle] = entry;

    this.names.set(handle, record.title, record.names);
    for (const key of phoneKeysOf(entry)) this.phones.add(key, handle);
    for (const email of entry.emails) this.emails.add(email, handle);
    for (const sku of entry.skus) this.skus.add(sku, handle);
  }

  /** Bulk load; the key arrays are sorted once, by flush() or the next search. */
  upsertMany(records: Iterable<SearchableRecord>): void {
    for (const record of records) this.upsert(record);
  }

  /**
   * Sorts and merges buffered changes into the key arrays now. Searches do this
   * themselves; call it after a bulk load (in idle time) so the first keystroke does not
   * pay for it (about a second at 120k records).
   */
  flush(): void {
    this.names.flush();
    this.phones.flush();
    this.emails.flush();
    this.skus.flush();
  }

  remove(id: string): void {
    const handle = this.handles.get(id);
    if (handle === undefined) return;
    this.unindex(handle);
    this.handles.delete(id);
    this.entries[handle] = undefined;
    this.freeHandles.push(handle);
  }

  clear(): void {
    this.names.clear();
    this.phones.clear();
    this.emails.clear();
    this.skus.clear();
    this.entries.length = 0;
    this.handles.clear();
    this.freeHandles.length = 0;
  }

  /**
   * Hits for what the user typed: a name (any spelling normalizeForSearch folds, the last
   * word a prefix), a phone number prefix in any digits and format, an email prefix, or
   * an SKU prefix.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (limit <= 0) return [];
    const kinds = options.kinds === undefined ? undefined : new Set(options.kinds);
    const accept = (handle: number): boolean => kinds === undefined || kinds.has(this.entry(handle).kind);
    const best = new Map<number, Candidate>();
    const offer = (candidate: Candidate): void => {
      const current = best.get(candidate.handle);
      if (current === undefined || current.score < candidate.score) best.set(candidate.handle, candidate);
    };

    // An "@" means an email address is being typed; name and SKU hits would only bury it.
    if (!query.includes('@')) {
      for (const { handle, tier } of this.names.search(query, limit, accept)) {
        offer({ handle, score: tier, matched: 'name' });
      }
      const sku = skuKey(query);
      if (sku !== '') this.scanKeys(this.skus, sku, limit, accept, offer, 'sku');
    }
    const phoneKey = phoneQueryKey(query);
    if (phoneKey !== null) this.scanKeys(this.phones, phoneKey, limit, accept, offer, 'phone');
    const emailKey = emailSearchKey(query);
    if (emailKey !== '' && !/\s/.test(emailKey)) this.scanKeys(this.emails, emailKey, limit, accept, offer, 'email');

    // Which records make the page was decided by tier and index order; on the page,
    // equal tiers read alphabetically.
    const page = new TopK<Candidate>(limit, (a, b) => b.score - a.score);
    for (const candidate of best.values()) page.offer(candidate);
    return page
      .toArray()
      .map(({ handle, score, matched }) => {
        const { id, kind, title, subtitle } = this.entry(handle);
        const hit: SearchHit = { id, kind, title, score, matched };
        if (subtitle !== undefined) hit.subtitle = subtitle;
        return { hit, order: sortKeyFor(title) };
      })
      .sort((a, b) => b.hit.score - a.hit.score || compare(a.order, b.order) || compare(a.hit.id, b.hit.id))
      .map(({ hit }) => hit);
  }

  byPhone(e164: string): DuplicateLookupHit[] {
    const [digits] = phoneSearchKeys(e164);
    if (digits === undefined) return [];
    return this.phones
      .exact(digits)
      .map((handle) => this.entry(handle))
      .filter((entry) => entry.phones.some((phone) => phoneSearchKeys(phone)[0] === digits))
      .map(lookupHit);
  }

  byEmail(email: string): DuplicateLookupHit[] {
    const key = emailSearchKey(email);
    if (key === '') return [];
    return this.emails.exact(key).map((handle) => lookupHit(this.entry(handle)));
  }

  byNormalizedName(kind: SearchKind, compactName: string): DuplicateLookupHit[] {
    const key = nameKey(compactName);
    if (key === '') return [];
    return this.names
      .byTitleCompact(key)
      .map((handle) => this.entry(handle))
      .filter((entry) => entry.kind === kind)
      .map(lookupHit);
  }

  private entry(handle: number): Entry {
    const entry = this.entries[handle];
    if (entry === undefined) throw new Error(`SearchIndex: no record for handle ${handle}`);
    return entry;
  }

  private unindex(handle: number): void {
    const entry = this.entry(handle);
    this.names.delete(handle);
    for (const key of phoneKeysOf(entry)) this.phones.delete(key, handle);
    for (const email of entry.emails) this.emails.delete(email, handle);
    for (const sku of entry.skus) this.skus.delete(sku, handle);
  }

  /** Up to `limit` records under `prefix`; exact keys lead a sorted range. */
  private scanKeys(
    keys: SortedKeyIndex,
    prefix: string,
    limit: number,
    accept: (handle: number) => boolean,
    offer: (candidate: Candidate) => void,
    matched: SearchMatch,
  ): void {
    const seen = new Set<number>();
    keys.scanPrefix(prefix, (handle, exact) => {
      if (seen.has(handle) || !accept(handle)) return true;
      seen.add(handle);
      offer({ handle, score: exact ? WHOLE_TITLE_TIER : PREFIX_TITLE_TIER, matched });
      return seen.size < limit;
    });
  }
}

function phoneKeysOf(entry: Entry): Set<string> {
  return new Set(entry.phones.flatMap(phoneSearchKeys));
}

function lookupHit({ id, kind, title }: Entry): DuplicateLookupHit {
  return { id, kind, title };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
