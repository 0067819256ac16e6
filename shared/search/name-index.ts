import SearchableMap from 'minisearch/SearchableMap';
import { searchTokens } from '../text/normalize';
import {
  compactOfKey,
  EXACT_MATCH,
  matchKey,
  PREFIX_MATCH,
  termsOfKey,
  WHOLE_MATCH,
  wordsKey,
  wordsOfKey,
} from './name-terms';
import { SortedKeyIndex } from './sorted-keys';
import { TopK } from './top-k';

// Name search for typeahead over ~120k records. MiniSearch scores every posting of
// every matching term: with Persian names (a few hundred first and last names cover
// most people, and contacts repeat their company's name) it took, on a busy 2-core
// machine, 31 ms for the exact word «علی» and 0.1–2.4 s for one- and two-letter
// prefixes at 120k records, after a 10 s build. Instead:
// - each distinct name («علی کریمی», «پارس نوین») is stored once, with the records that
//   carry it as their display name ("title") or as another name (company);
// - its terms (words and compact forms, see name-terms.ts) sit in a sorted array, so a
//   word or a prefix is a binary search away;
// - hits are ranked in tiers and walked best tier first, stopping once `limit` hits
//   are in hand: a one-letter query reads about `limit` records, not all matches;
// - a multi-word query starts from its rarest word and checks the others per record.
// MiniSearch's radix tree (SearchableMap) does the one thing it is good at here: find
// the vocabulary words one typo away from a query word.

/** Shorter words get no fuzziness: one edit in a 4-letter Persian word is another word. */
export const FUZZY_MIN_LENGTH = 5;

/**
 * Below the top tier (the query is the whole display name, spaces aside), tier =
 * 2 × exactness (2 exact word, 1 prefix, 0 one typo) + 1 if every word matched the
 * display name rather than another name. Higher is better.
 */
export type NameTier = number;
export const WHOLE_TITLE_TIER: NameTier = 6;
export const PREFIX_TITLE_TIER: NameTier = 3;
const EXACT = 2;
const PREFIX = 1;
const FUZZY = 0;
const tierOf = (exactness: number, onTitle: boolean): NameTier => exactness * 2 + (onTitle ? 1 : 0);

export interface NameHit {
  handle: number;
  tier: NameTier;
}

type Role = 'titleOf' | 'otherOf';
const ROLES: readonly Role[] = ['titleOf', 'otherOf'];

interface NameEntry {
  /** Normalized words joined by one space (see name-terms.ts). */
  key: string;
  /** Records whose display name this is. */
  titleOf: number[];
  /** Records that carry it as another name. */
  otherOf: number[];
}

interface WordMatcher {
  word: string;
  prefix: boolean;
  /** Vocabulary words one edit away (not already an exact or prefix match). */
  fuzzy: Set<string> | undefined;
}

type Accept = (handle: number) => boolean;

export class NameIndex {
  private readonly names: Array<NameEntry | undefined> = [];
  private readonly freeNames: number[] = [];
  private readonly nameIds = new Map<string, number>();
  /** term → name id. */
  private readonly terms = new SortedKeyIndex();
  /** word → number of names using it; the fuzzy tree changes only when a count crosses 0. */
  private readonly wordUses = new Map<string, number>();
  private readonly fuzzyWords = new SearchableMap<true>();
  /** Per record: [display name id or -1, other name ids…]. */
  private readonly namesOf: Array<number[] | undefined> = [];

  /** Sets the names of record `handle`: its display name and any other names. */
  set(handle: number, title: string, others: readonly string[]): void {
    this.delete(handle);
    const titleId = this.intern(title);
    if (titleId >= 0) this.entry(titleId).titleOf.push(handle);
    const ids = [titleId];
    for (const text of others) {
      if (text === title) continue;
      const id = this.intern(text);
      if (id < 0) continue;
      if (ids.includes(id)) {
        this.releaseIfUnused(id);
        continue;
      }
      this.entry(id).otherOf.push(handle);
      ids.push(id);
    }
    this.namesOf[handle] = ids;
  }

  delete(handle: number): void {
    const ids = this.namesOf[handle];
    if (ids === undefined) return;
    ids.forEach((id, i) => {
      if (id >= 0) this.unlink(id, handle, i === 0 ? 'titleOf' : 'otherOf');
    });
    this.namesOf[handle] = undefined;
  }

  /** Applies buffered changes to the term index now (see SearchIndex.flush). */
  flush(): void {
    this.terms.flush();
  }

  clear(): void {
    this.names.length = 0;
    this.freeNames.length = 0;
    this.nameIds.clear();
    this.terms.clear();
    this.wordUses.clear();
    this.fuzzyWords.clear();
    this.namesOf.length = 0;
  }

  /** Records whose display name has this compact form (nameKey()). */
  byTitleCompact(compact: string): number[] {
    const handles: number[] = [];
    for (const id of this.terms.exact(compact)) {
      const name = this.entry(id);
      if (compactOfKey(name.key) === compact) handles.push(...name.titleOf);
    }
    return handles;
  }

  /**
   * The best `limit` records for a name query: every word must match (the last one may
   * be unfinished; words of FUZZY_MIN_LENGTH+ letters may have one typo), or the whole
   * query without spaces must begin one of the record's compact forms. Within a tier,
   * hits come in index order.
   */
  search(query: string, limit: number, accept: Accept): NameHit[] {
    const words = searchTokens(query);
    if (words.length === 0 || limit <= 0) return [];
    const top = new TopK<NameHit>(limit, (a, b) => b.tier - a.tier);
    const matchers = words.map((word, i) => this.matcher(word, i === words.length - 1));
    if (matchers.length === 1) this.searchOneWord(matchers[0] as WordMatcher, top, accept);
    else this.searchWords(matchers, words.join(''), top, accept);
    return top.toArray();
  }

  // One word: every phase has a single tier, lower than the one before, so the walk can
  // stop as soon as `top` is full.
  private searchOneWord(m: WordMatcher, top: TopK<NameHit>, accept: Accept): void {
    const seen = new Set<number>();
    const emit = (id: number, role: Role, tier: NameTier): boolean => {
      for (const handle of this.entry(id)[role]) {
        if (seen.has(handle)) continue;
        seen.add(handle);
        if (accept(handle)) top.offer({ handle, tier });
        if (top.full) return false;
      }
      return true;
    };
    const exactIds = this.terms.exact(m.word);
    const wholeTitle = exactIds.filter((id) => matchKey(this.entry(id).key, m.word) === WHOLE_MATCH);
    if (!wholeTitle.every((id) => emit(id, 'titleOf', WHOLE_TITLE_TIER))) return;
    for (const role of ROLES) {
      if (!exactIds.every((id) => emit(id, role, tierOf(EXACT, role === 'titleOf')))) return;
    }
    for (const role of ROLES) {
      let more = true;
      this.terms.scanPrefix(m.word, (id, exact) => exact || (more = emit(id, role, tierOf(PREFIX, role === 'titleOf'))));
      if (!more) return;
    }
    const fuzzyIds = this.fuzzyIds(m);
    for (const role of ROLES) {
      if (!fuzzyIds.every((id) => emit(id, role, tierOf(FUZZY, role === 'titleOf')))) return;
    }
  }

  // Several words. Candidates come in phases whose best possible tier never rises, so
  // the walk stops once `top` is full of hits no later phase can beat:
  // 1. names with a term equal to the compact query (the only way to the top tier);
  // 2. names matching the rarest word, exact, then prefix, then one typo away; every
  //    record is checked against all words (and, for tier 3, the compact query);
  // 3. names with a term that begins with the compact query («علی پو» → «علیپور»).
  private searchWords(matchers: WordMatcher[], compact: string, top: TopK<NameHit>, accept: Accept): void {
    const seen = new Set<number>();
    const consider = (id: number, role: Role, bound: NameTier): boolean => {
      for (const handle of this.entry(id)[role]) {
        if (seen.has(handle)) continue;
        seen.add(handle);
        if (!accept(handle)) continue;
        const names = this.namesOf[handle] as number[];
        const tier = Math.max(this.allWordsTier(matchers, names), this.compactTier(compact, names));
        if (tier >= 0) top.offer({ handle, tier });
        if (top.full && (top.last as NameHit).tier >= bound) return false;
      }
      return true;
    };
    const walk = (ids: number[], bounds: Record<Role, NameTier>): boolean =>
      ROLES.every((role) => ids.every((id) => consider(id, role, bounds[role])));

    const driver = this.rarest(matchers);
    // A word with no exact term anywhere (an unfinished last word) caps every AND match
    // at a prefix tier; past phase 1 a compact match is at best a prefix on the title.
    const cap = tierOf(Math.min(...matchers.map((m) => this.bestExactness(m))), true);
    const bound = (exactness: number, role: Role): NameTier =>
      Math.max(Math.min(tierOf(exactness, role === 'titleOf'), cap), PREFIX_TITLE_TIER);
    const bounds = (exactness: number): Record<Role, NameTier> => ({
      titleOf: bound(exactness, 'titleOf'),
      otherOf: bound(exactness, 'otherOf'),
    });
    const phases: Array<[() => number[], Record<Role, NameTier>]> = [
      [() => this.terms.exact(compact), { titleOf: Infinity, otherOf: Infinity }],
      [() => this.terms.exact(driver.word), bounds(EXACT)],
      [() => (driver.prefix ? this.prefixOnlyIds(driver.word) : []), bounds(PREFIX)],
      [() => this.fuzzyIds(driver), bounds(FUZZY)],
      [() => this.prefixOnlyIds(compact), { titleOf: PREFIX_TITLE_TIER, otherOf: tierOf(PREFIX, false) }],
    ];
    for (const [ids, phaseBounds] of phases) if (!walk(ids(), phaseBounds)) return;
  }

  private matcher(word: string, prefix: boolean): WordMatcher {
    if (word.length < FUZZY_MIN_LENGTH) return { word, prefix, fuzzy: undefined };
    const fuzzy = new Set<string>();
    for (const [term, [, distance]] of this.fuzzyWords.fuzzyGet(word, 1)) {
      if (distance > 0 && !(prefix && term.startsWith(word))) fuzzy.add(term);
    }
    return { word, prefix, fuzzy: fuzzy.size > 0 ? fuzzy : undefined };
  }

  /** The best exactness any record can reach for this word. */
  private bestExactness(m: WordMatcher): number {
    if (this.terms.countExact(m.word) > 0) return EXACT;
    return m.prefix ? PREFIX : FUZZY;
  }

  /** The word with the fewest candidate names; counting stops past the fewest so far. */
  private rarest(matchers: WordMatcher[]): WordMatcher {
    let rarest = matchers[0] as WordMatcher;
    let fewest = Infinity;
    for (const m of matchers) {
      let count = m.prefix ? this.terms.countPrefix(m.word, fewest) : this.terms.countExact(m.word);
      for (const term of m.fuzzy ?? []) count += this.terms.countExact(term);
      if (count < fewest) [rarest, fewest] = [m, count];
    }
    return rarest;
  }

  private prefixOnlyIds(prefix: string): number[] {
    const ids: number[] = [];
    this.terms.scanPrefix(prefix, (id, exact) => {
      if (!exact) ids.push(id);
    });
    return ids;
  }

  private fuzzyIds(m: WordMatcher): number[] {
    return [...(m.fuzzy ?? [])].flatMap((term) => this.terms.exact(term));
  }

  /** -1 unless every word matches one of the record's names. */
  private allWordsTier(matchers: WordMatcher[], names: number[]): NameTier {
    let exactness = EXACT;
    let onTitle = true;
    for (const m of matchers) {
      const tier = this.wordTier(m, names);
      if (tier < 0) return -1;
      exactness = Math.min(exactness, tier >> 1);
      onTitle &&= (tier & 1) === 1;
    }
    return tierOf(exactness, onTitle);
  }

  /** The best tier at which one word matches one of the record's names (-1: none). */
  private wordTier(m: WordMatcher, names: number[]): NameTier {
    let best = -1;
    names.forEach((id, i) => {
      if (id < 0) return;
      const { key } = this.entry(id);
      const match = matchKey(key, m.word);
      let exactness = match >= EXACT_MATCH ? EXACT : match === PREFIX_MATCH && m.prefix ? PREFIX : -1;
      if (exactness < 0 && m.fuzzy !== undefined && key.split(' ').some((w) => m.fuzzy?.has(w))) exactness = FUZZY;
      if (exactness >= 0) best = Math.max(best, tierOf(exactness, i === 0));
    });
    return best;
  }

  /** The tier at which `compact` is, or begins, one of the record's compact forms. */
  private compactTier(compact: string, names: number[]): NameTier {
    let best = -1;
    names.forEach((id, i) => {
      if (id < 0) return;
      const match = matchKey(this.entry(id).key, compact);
      if (match === WHOLE_MATCH && i === 0) best = WHOLE_TITLE_TIER;
      else if (match >= EXACT_MATCH) best = Math.max(best, tierOf(EXACT, i === 0));
      else if (match === PREFIX_MATCH) best = Math.max(best, tierOf(PREFIX, i === 0));
    });
    return best;
  }

  /** The id of the name `text`, created (without records) if new; -1 if it has no words. */
  private intern(text: string): number {
    const key = wordsKey(text);
    if (key === '') return -1;
    const known = this.nameIds.get(key);
    if (known !== undefined) return known;
    const id = this.freeNames.pop() ?? this.names.length;
    this.names[id] = { key, titleOf: [], otherOf: [] };
    this.nameIds.set(key, id);
    for (const term of termsOfKey(key)) this.terms.add(term, id);
    for (const word of wordsOfKey(key)) {
      const uses = this.wordUses.get(word) ?? 0;
      if (uses === 0) this.fuzzyWords.set(word, true);
      this.wordUses.set(word, uses + 1);
    }
    return id;
  }

  private unlink(id: number, handle: number, role: Role): void {
    const handles = this.entry(id)[role];
    const at = handles.indexOf(handle);
    if (at >= 0) handles.splice(at, 1);
    this.releaseIfUnused(id);
  }

  private releaseIfUnused(id: number): void {
    const name = this.entry(id);
    if (name.titleOf.length > 0 || name.otherOf.length > 0) return;
    for (const term of termsOfKey(name.key)) this.terms.delete(term, id);
    for (const word of wordsOfKey(name.key)) {
      const uses = (this.wordUses.get(word) ?? 1) - 1;
      if (uses > 0) {
        this.wordUses.set(word, uses);
      } else {
        this.wordUses.delete(word);
        this.fuzzyWords.delete(word);
      }
    }
    this.nameIds.delete(name.key);
    this.names[id] = undefined;
    this.freeNames.push(id);
  }

  private entry(id: number): NameEntry {
    const name = this.names[id];
    if (name === undefined) throw new Error(`NameIndex: no name ${id}`);
    return name;
  }
}
