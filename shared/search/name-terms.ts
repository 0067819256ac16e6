import { searchTokens } from '../text/normalize';

// Persian writers join or split compound names freely: «علی‌پور», «علی پور» and «علیپور»
// are one name, and so are «محمدرضا» and «محمد رضا». Besides its words, a name is
// therefore indexed under the compact (space-less) form of every word-suffix:
// «محمد علی پور» gives محمد, علی, پور, محمدعلیپور, علیپور. A query then matches either
// word by word, or as one compact string against those forms.

/** Compact suffixes per name; past this, long company names only cost memory. */
const MAX_COMPACT_SUFFIXES = 6;

export interface NameTerms {
  /** The words joined by one space: names with the same words are one name. */
  key: string;
  /** Distinct words and compact suffixes. */
  terms: string[];
  /** All words joined with nothing, i.e. nameKey() of the name (one of `terms`). */
  compact: string;
}

export function nameTerms(text: string): NameTerms | null {
  const words = searchTokens(text);
  if (words.length === 0) return null;
  const compact = words.join('');
  const terms = new Set(words);
  terms.add(compact);
  const suffixes = Math.min(words.length - 1, MAX_COMPACT_SUFFIXES);
  for (let i = 1; i < suffixes; i++) terms.add(words.slice(i).join(''));
  return { key: words.join(' '), terms: [...terms], compact };
}
