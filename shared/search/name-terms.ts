import { type Query } from 'minisearch';
import { searchTokens } from '../text/normalize';

// How names become index terms and queries become MiniSearch query trees.
//
// Persian writers join or split compound names freely: «علی‌پور», «علی پور» and «علیپور»
// are one name, so are «محمدرضا» and «محمد رضا». Besides its words, a name is therefore
// indexed under the compact (space-less) form of every word-suffix: «محمد علی پور» gives
// محمد, علی, پور, محمدعلیپور, علیپور. A query matches either word by word, or as one
// compact string against those forms.

/** Compact suffixes per name; past this, long company names only cost memory. */
const MAX_COMPACT_SUFFIXES = 6;
/** Shorter words get no fuzziness: one edit in a 4-letter Persian word is another word. */
export const FUZZY_MIN_LENGTH = 5;

/** Index terms for one name: its words and the compact forms of its word-suffixes. */
export function nameTerms(text: string): string[] {
  const words = searchTokens(text);
  const terms = [...words];
  const suffixes = Math.min(words.length - 1, MAX_COMPACT_SUFFIXES);
  for (let i = 0; i < suffixes; i++) terms.push(words.slice(i).join(''));
  return terms;
}

export interface NameQuery {
  /** The normalized query words. */
  words: string[];
  /** The words joined, for multi-word queries ('' for one word). */
  compact: string;
  query: Query;
}

const fuzziness = (word: string): number | false => (word.length >= FUZZY_MIN_LENGTH ? 1 : false);

/**
 * All words must match (AND); the last one may be unfinished (prefix); words of
 * FUZZY_MIN_LENGTH or more letters tolerate one typo. A multi-word query also matches
 * as one compact prefix, so «علی پو» finds «علیپور».
 */
export function nameQuery(text: string): NameQuery | null {
  const words = searchTokens(text);
  if (words.length === 0) return null;
  const last = words.length - 1;
  const byWord: Query = {
    combineWith: 'AND',
    queries: words.map((word, i) => ({ queries: [word], prefix: i === last, fuzzy: fuzziness(word) })),
  };
  if (words.length === 1) return { words, compact: '', query: byWord };
  const compact = words.join('');
  const asOneWord: Query = { queries: [compact], prefix: true, fuzzy: false };
  return { words, compact, query: { combineWith: 'OR', queries: [byWord, asOneWord] } };
}
