import SearchableMap from 'minisearch/SearchableMap';
import { searchTokens } from '../text/normalize';
import { nameTerms } from './name-terms';
import { SortedKeyIndex } from './sorted-keys';
import { TopK } from './top-k';

// Name search for typeahead over ~120k records. MiniSearch scores every posting of
// every matching term: with Persian names (a few hundred first and last names cover
// most people, and contacts repeat their company's name) that measured 31 ms for the
// exact word «علی» and 0.1–2.4 s for one- and two-letter prefixes at 120k records. Here:
// - each distinct name («علی کریمی», «پارس نوین») is stored once and lists the records
//   that carry it as their display name or as another name (company);
// - its terms (words and compact forms, see name-terms.ts) sit in a sorted array, so a
//   word or a prefix is a binary search away;
// - results are ranked in tiers and only the best `limit` are kept (TopK), so a
//   one-letter query costs a pass over the matches, never a sort of them;
// - a multi-word query starts from its rarest word and checks the others per record.
// MiniSearch's radix tree (SearchableMap) serves the one thing it is good at here:
// finding the vocabulary terms one typo away from a word.

/** Shorter words get no fuzziness: one edit in a 4-letter Persian word is another word. */
export const FUZZY_MIN_LENGTH = 5;

/**
 * Tier = 2 × exactness (2 exact word, 1 prefix, 0 one typo) + 1 if every word matched
 * the display name. Higher is better: exact on the display name = 5.
 */
export type NameTier = number;
export const EXACT_TITLE_TIER: NameTier = 5;
export const PREFIX_TITLE_TIER: NameTier = 3;
const EXACT = 2;
const PREFIX = 1;
const FUZZY = 0;
const tierOf = (exactness: number, onTitle: boolean): NameTier => exactness * 2 + (onTitle ? 1 : 0);

export interface NameHit {
  handle: number;
  tier: NameTier;
}

interface NameEntry {
  key: string;
  terms: string[];
  compact: string;
  /** Records whose display name this is. */
  titleOf: number[];
  /** Records that carry it as another name. */
  otherOf: number[];
}

interface RecordNames {
  /** -1: the display name has no words. */
  title: number;
  others: number[];
}

interface WordMatcher {
  word: string;
  prefix: boolean;
  /** Vocabulary terms one edit away (not already an exact or prefix match). */
  fuzzy: Set<string> | undefined;
}

export class NameIndex {
  private readonly names: Array<NameEntry | undefined> = [];
  private readonly freeNames: number[] = [];
  private readonly nameIds = new Map<string, number>();
  /** term → name id. */
  private readonly terms = new SortedKeyIndex();
  /** term → number of names using it; only for fuzzy lookup. */
  private readonly vocabulary = new SearchableMap<number>();
  private readonly byHandle: Array<RecordNames | undefined> = [];

  /** Sets the names of record `handle`: its display name and any other names. */
  set(handle: number, title: string, others: readonly string[]): void {
    this.delete(handle);
    const titleId = this.intern(title);
    if (titleId >= 0) this.entry(titleId).titleOf.push(handle);
    const otherIds: number[] = [];
    for (const text of others) {
      if (text === title) continue;
      const id = this.intern(text);
      if (id < 0) continue;
      if (id === titleId || otherIds.includes(id)) {
        this.releaseIfUnused(id);
        continue;
      }
      this.entry(id).otherOf.push(handle);
      otherIds.push(id);
    }
    this.byHandle[handle] = { title: titleId, others: otherIds };
  }

  delete(handle: number): void {
    const names = this.byHandle[handle];
    if (names === undefined) return;
    if (names.title >= 0) this.unlink(names.title, handle, 'titleOf');
    for (const id of names.others) this.unlink(id, handle, 'otherOf');
    this.byHandle[handle] = undefined;
  }

  clear(): void {
    this.names.length = 0;
    this.freeNames.length = 0;
    this.nameIds.clear();
    this.terms.clear();
    this.vocabulary.clear();
    this.byHandle.length = 0;
  }

  /** Records whose display name has this compact form (nameKey). */
  byTitleCompact(compact: string): number[] {
    const handles: number[] = [];
    for (const id of this.terms.exact(compact)) {
      const name = this.entry(id);
      if (name.compact === compact) handles.push(...name.titleOf);
    }
    return handles;
  }

  /**
   * The best `limit` records for a name query: every word must match (the last one may
   * be unfinished; words of FUZZY_MIN_LENGTH+ letters may have one typo), or the whole
   * query, spaces removed, must start one of the record's compact forms. Ties within a
   * tier are ordered by `tieBreak`.
   */
  search(
    query: string,
    limit: number,
    accept: (handle: number) => boolean,
    tieBreak: (a: number, b: number) => number,
  ): NameHit[] {
    const words = searchTokens(query);
    if (words.length === 0 || limit <= 0) return [];
    const top = new TopK<NameHit>(limit, (a, b) => b.tier - a.tier || tieBreak(a.handle, b.handle));
    const matchers = words.map((word, i) => this.matcher(word, i === words.length - 1));
    if (matchers.length === 1) this.searchOneWord(matchers[0] as WordMatcher, top, accept);
    else this.searchWords(matchers, words.join(''), top, accept);
    return top.toArray();
  }

  // One word: walk the tiers from the best down, stopping once a tier leaves `top` full.
  private searchOneWord(m: WordMatcher, top: TopK<NameHit>, accept: (handle: number) => boolean): void {
    const seen = new Set<number>();
    const phases: Array<[number[], number]> = [
      [this.terms.exact(m.word), EXACT],
      [this.prefixOnlyIds(m.word), PREFIX],
      [this.fuzzyIds(m), FUZZY],
    ];
    for (const [ids, exactness] of phases) {
      for (const role of ['titleOf', 'otherOf'] as const) {
        const tier = tierOf(exactness, role === 'titleOf');
        for (const id of ids) {
          for (const handle of this.entry(id)[role]) {
            if (seen.has(handle)) continue;
            seen.add(handle);
            if (accept(handle)) top.offer({ handle, tier });
          }
        }
        if (top.full) return;
      }
    }
  }

  // Several words: candidates come from the rarest word and from the compact form; each
  // candidate is then checked against every word.
  private searchWords(
    matchers: WordMatcher[],
    compact: string,
    top: TopK<NameHit>,
    accept: (handle: number) => boolean,
  ): void {
    let driver = matchers[0] as WordMatcher;
    let fewest = Infinity;
    for (const m of matchers) {
      const count = this.countCandidates(m);
      if (count < fewest) [driver, fewest] = [m, count];
    }
    const candidateNames = new Set([...this.wordIds(driver), ...this.prefixIds(compact)]);
    const seen = new Set<number>();
    for (const id of candidateNames) {
      const name = this.entry(id);
      for (const handle of [...name.titleOf, ...name.otherOf]) {
        if (seen.has(handle)) continue;
        seen.add(handle);
        if (!accept(handle)) continue;
        const names = this.byHandle[handle] as RecordNames;
        const tier = Math.max(this.allWordsTier(matchers, names), this.compactTier(compact, names));
        if (tier >= 0) top.offer({ handle, tier });
      }
    }
  }

  private matcher(word: string, prefix: boolean): WordMatcher {
    if (word.length < FUZZY_MIN_LENGTH) return { word, prefix, fuzzy: undefined };
    const fuzzy = new Set<string>();
    for (const [term, [, distance]] of this.vocabulary.fuzzyGet(word, 1)) {
      if (distance > 0 && !(prefix && term.startsWith(word))) fuzzy.add(term);
    }
    return { word, prefix, fuzzy: fuzzy.size > 0 ? fuzzy : undefined };
  }

  private countCandidates(m: WordMatcher): number {
    let count = m.prefix ? this.terms.countPrefix(m.word) : this.terms.countExact(m.word);
    for (const term of m.fuzzy ?? []) count += this.terms.countExact(term);
    return count;
  }

  private wordIds(m: WordMatcher): number[] {
    return [...(m.prefix ? this.prefixIds(m.word) : this.terms.exact(m.word)), ...this.fuzzyIds(m)];
  }

  private prefixIds(prefix: string): number[] {
    const ids: number[] = [];
    this.terms.scanPrefix(prefix, (id) => {
      ids.push(id);
    });
    return ids;
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
  private allWordsTier(matchers: WordMatcher[], names: RecordNames): NameTier {
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

  /** The best tier at which one word matches the record (-1: it does not). */
  private wordTier(m: WordMatcher, names: RecordNames): NameTier {
    let best = -1;
    const consider = (id: number, onTitle: boolean): void => {
      for (const term of this.entry(id).terms) {
        const exactness =
          term === m.word
            ? EXACT
            : m.prefix && term.startsWith(m.word)
              ? PREFIX
              : m.fuzzy?.has(term)
                ? FUZZY
                : -1;
        if (exactness >= 0) best = Math.max(best, tierOf(exactness, onTitle));
      }
    };
    if (names.title >= 0) consider(names.title, true);
    if (best < EXACT_TITLE_TIER - 1) for (const id of names.others) consider(id, false);
    return best;
  }

  /** The tier at which `compact` equals or starts one of the record's compact forms. */
  private compactTier(compact: string, names: RecordNames): NameTier {
    let best = -1;
    const consider = (id: number, onTitle: boolean): void => {
      for (const term of this.entry(id).terms) {
        if (term === compact) best = Math.max(best, tierOf(EXACT, onTitle));
        else if (term.startsWith(compact)) best = Math.max(best, tierOf(PREFIX, onTitle));
      }
    };
    if (names.title >= 0) consider(names.title, true);
    for (const id of names.others) consider(id, false);
    return best;
  }

  /** The id of the name `text`, created (without records) if new; -1 if it has no words. */
  private intern(text: string): number {
    const parsed = nameTerms(text);
    if (parsed === null) return -1;
    const known = this.nameIds.get(parsed.key);
    if (known !== undefined) return known;
    const id = this.freeNames.pop() ?? this.names.length;
    this.names[id] = { ...parsed, titleOf: [], otherOf: [] };
    this.nameIds.set(parsed.key, id);
    for (const term of parsed.terms) {
      this.terms.add(term, id);
      this.vocabulary.set(term, (this.vocabulary.get(term) ?? 0) + 1);
    }
    return id;
  }

  private unlink(id: number, handle: number, role: 'titleOf' | 'otherOf'): void {
    const handles = this.entry(id)[role];
    const at = handles.indexOf(handle);
    if (at >= 0) handles.splice(at, 1);
    this.releaseIfUnused(id);
  }

  private releaseIfUnused(id: number): void {
    const name = this.entry(id);
    if (name.titleOf.length > 0 || name.otherOf.length > 0) return;
    for (const term of name.terms) {
      this.terms.delete(term, id);
      const uses = (this.vocabulary.get(term) ?? 1) - 1;
      if (uses > 0) this.vocabulary.set(term, uses);
      else this.vocabulary.delete(term);
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
