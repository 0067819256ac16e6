import MiniSearch, { type SearchResult } from 'minisearch';
import { type DuplicateLookup, type DuplicateLookupHit } from '../duplicates/duplicates';
import { emailSearchKey } from '../email/email';
import { phoneQueryKey, phoneSearchKeys } from '../phone/phone';
import { nameKey } from '../text/normalize';
import { FUZZY_MIN_LENGTH, nameQuery, nameTerms, type NameQuery } from './name-terms';
import { SortedKeyIndex } from './sorted-keys';
import {
  type SearchableRecord,
  type SearchHit,
  type SearchKind,
  type SearchMatch,
  type SearchOptions,
} from './types';

// The renderer's in-memory search over accounts and contacts (DESIGN §4): names in
// MiniSearch, phones and emails in sorted key arrays. Records are addressed inside by a
// small integer handle (MiniSearch's document id, and the suffix of every key entry),
// so no id string is repeated per term or per key.

interface Entry {
  id: string;
  kind: SearchKind;
  title: string;
  subtitle: string | undefined;
  /** E.164, as given. */
  phones: string[];
  /** emailSearchKey() of each email. */
  emails: string[];
}

/** What MiniSearch indexes: the terms of each field, space-separated. */
interface NameDocument {
  id: number;
  title: string;
  names: string;
}

// Scores are tiers plus a fraction: exact matches above prefix/typo matches, and within
// a tier matches on the display name (or a phone/email, the record's own identifiers)
// above matches on another name. The fraction orders name hits by MiniSearch relevance.
const EXACT = 2;
const OWN_IDENTIFIER = 1;
const KEY_MATCH_FRACTION = 0.5;
const NAME_FRACTION = 0.99;
const TITLE_BOOST = 2;
const DEFAULT_LIMIT = 20;

export class SearchIndex implements DuplicateLookup {
  private readonly names = new MiniSearch<NameDocument>({
    fields: ['title', 'names'],
    // Terms arrive normalized and space-separated from nameTerms()/nameQuery().
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    searchOptions: { boost: { title: TITLE_BOOST } },
  });
  private readonly phones = new SortedKeyIndex();
  private readonly emails = new SortedKeyIndex();
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
    };
    this.entries[handle] = entry;

    const titleTerms = nameTerms(record.title);
    const titleSet = new Set(titleTerms);
    const otherTerms = new Set(record.names.flatMap(nameTerms).filter((t) => !titleSet.has(t)));
    this.names.add({ id: handle, title: titleTerms.join(' '), names: [...otherTerms].join(' ') });
    for (const key of phoneKeysOf(entry)) this.phones.add(key, handle);
    for (const email of entry.emails) this.emails.add(email, handle);
  }

  /** Bulk load; the key arrays are sorted once, on the next search. */
  upsertMany(records: Iterable<SearchableRecord>): void {
    for (const record of records) this.upsert(record);
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
    this.names.removeAll();
    this.phones.clear();
    this.emails.clear();
    this.entries.length = 0;
    this.handles.clear();
    this.freeHandles.length = 0;
  }

  /**
   * Hits for what the user typed: a name (any spelling normalizeForSearch folds, the last
   * word a prefix), a phone number prefix in any digits and format, or an email prefix.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const kinds = options.kinds === undefined ? undefined : new Set(options.kinds);
    const accept = (handle: number): boolean => kinds === undefined || kinds.has(this.entry(handle).kind);
    const best = new Map<number, { score: number; matched: SearchMatch }>();
    const offer = (handle: number, score: number, matched: SearchMatch): void => {
      const current = best.get(handle);
      if (current === undefined || current.score < score) best.set(handle, { score, matched });
    };

    // An "@" means an email address is being typed; name hits would only bury it.
    const byName = query.includes('@') ? null : nameQuery(query);
    if (byName) {
      const results = this.names.search(byName.query, { filter: (r) => accept(r.id as number) });
      const top = results[0]?.score ?? 1;
      for (const result of results) offer(result.id as number, nameScore(result, byName, top), 'name');
    }

    const phoneKey = phoneQueryKey(query);
    if (phoneKey !== null) this.scanKeys(this.phones, phoneKey, limit, accept, offer, 'phone');

    const emailKey = emailSearchKey(query);
    if (emailKey !== '' && !/\s/.test(emailKey)) this.scanKeys(this.emails, emailKey, limit, accept, offer, 'email');

    return [...best]
      .map(([handle, { score, matched }]) => ({ entry: this.entry(handle), score, matched }))
      .sort((a, b) => b.score - a.score || compare(a.entry.title, b.entry.title) || compare(a.entry.id, b.entry.id))
      .slice(0, limit)
      .map(({ entry, score, matched }) => {
        const hit: SearchHit = { id: entry.id, kind: entry.kind, title: entry.title, score, matched };
        if (entry.subtitle !== undefined) hit.subtitle = entry.subtitle;
        return hit;
      });
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
    // The whole compact name is one of the title's index terms (see nameTerms).
    return this.names
      .search(key, { fields: ['title'], prefix: false, fuzzy: false, filter: (r) => this.entry(r.id as number).kind === kind })
      .map((result) => this.entry(result.id as number))
      .filter((entry) => nameKey(entry.title) === key)
      .map(lookupHit);
  }

  private entry(handle: number): Entry {
    const entry = this.entries[handle];
    if (entry === undefined) throw new Error(`SearchIndex: no record for handle ${handle}`);
    return entry;
  }

  private unindex(handle: number): void {
    const entry = this.entry(handle);
    this.names.discard(handle);
    for (const key of phoneKeysOf(entry)) this.phones.delete(key, handle);
    for (const email of entry.emails) this.emails.delete(email, handle);
  }

  /** Up to `limit` records under `prefix`; exact keys come first in a sorted range. */
  private scanKeys(
    keys: SortedKeyIndex,
    prefix: string,
    limit: number,
    accept: (handle: number) => boolean,
    offer: (handle: number, score: number, matched: SearchMatch) => void,
    matched: SearchMatch,
  ): void {
    const seen = new Set<number>();
    keys.scanPrefix(prefix, (handle, exact) => {
      if (seen.has(handle) || !accept(handle)) return true;
      seen.add(handle);
      offer(handle, (exact ? EXACT : 0) + OWN_IDENTIFIER + KEY_MATCH_FRACTION, matched);
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

/** Tier (exact words or not, on the display name or not) + relevance within the tier. */
function nameScore(result: SearchResult, query: NameQuery, topScore: number): number {
  const matches = Object.entries(result.match);
  const exact = query.words.every((w) => w in result.match) || (query.compact !== '' && query.compact in result.match);
  const inTitle = (word: string): boolean =>
    matches.some(
      ([term, fields]) => fields.includes('title') && (term.startsWith(word) || word.length >= FUZZY_MIN_LENGTH),
    );
  const onTitle = query.words.every(inTitle) || (query.compact !== '' && inTitle(query.compact));
  return (exact ? EXACT : 0) + (onTitle ? OWN_IDENTIFIER : 0) + (NAME_FRACTION * result.score) / topScore;
}
