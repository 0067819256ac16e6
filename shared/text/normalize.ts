import { toLatinDigits } from './digits';

// Search normalization (DESIGN §6, notes/persian-l10n.md §4.3). The same function runs
// over stored text and over the query, so every spelling a user can type for a word
// (Arabic keyboard, pasted PDF text, ZWNJ or not, Persian digits) folds to one form.

const SPACE = ' ';

// One lookup table for every single-character fold, so the text is scanned once.
const SEARCH_FOLD: Record<string, string> = {};
const fold = (chars: string, to: string): void => {
  for (const ch of chars) SEARCH_FOLD[ch] = to;
};
const foldRange = (from: number, to: number, into: string): void => {
  for (let c = from; c <= to; c++) SEARCH_FOLD[String.fromCharCode(c)] = into;
};

// Bidi controls (Intl output carries LRM) and tatweel are invisible: drop them.
fold('\u200E\u200F\u061C\u0640', '');
foldRange(0x202a, 0x202e, '');
foldRange(0x2066, 0x2069, '');
// Harakat, shadda, sukun, hamza/madda above and below, superscript alef, Quranic marks.
foldRange(0x064b, 0x065f, '');
fold('\u0670', '');
foldRange(0x06d6, 0x06ed, '');
// Arabic-keyboard and loose variants of the Persian letters.
fold('\u064A\u0649\u0626', 'ی'); // ي ى ئ
fold('\u0643\u06AA', 'ک'); // ك ڪ
fold('\u06C0\u0629\u06D5\u06BE\u06C1\u06C2\u06C3', 'ه'); // ۀ ة ە ھ ہ ۂ ۃ
// آ folds too: a search for «اب» should find «آب», and users often type ا for آ.
fold('\u0622\u0623\u0625\u0671', 'ا'); // آ أ إ ٱ
fold('\u0624', 'و'); // ؤ
// Separators that Intl writes in fa output.
fold('\u066C', ','); // ٬ thousands
fold('\u066B', '.'); // ٫ decimal
fold('\u066A', '%'); // ٪
fold('\u2212', '-'); // minus sign
// Zero-width joiners and breaks: «می‌خواهم» must match «می خواهم» (and, via the compact
// form, «میخواهم»).
fold('\u200C\u200D\u00AD\u200B\uFEFF\u2060', SPACE);

// Collation keeps آ apart from ا (CLDR and Persian dictionaries sort آ first) and, like
// Intl.Collator('fa'), ignores ZWNJ/ZWJ/soft hyphen instead of reading them as a space.
const COLLATION_FOLD: Record<string, string> = {
  ...SEARCH_FOLD,
  '\u200C': '',
  '\u200D': '',
  '\u00AD': '',
};
delete COLLATION_FOLD['\u0622'];

interface Folding {
  test: RegExp;
  pattern: RegExp;
  replace: (ch: string) => string;
}
const folding = (table: Record<string, string>): Folding => {
  const chars = `[${Object.keys(table).join('')}]`;
  return { test: new RegExp(chars), pattern: new RegExp(chars, 'g'), replace: (ch) => table[ch] ?? ch };
};
const SEARCH = folding(SEARCH_FOLD);
const COLLATION = folding(COLLATION_FOLD);

// Each step below is skipped when a cheap test shows it would change nothing: this runs
// over every name of 100k+ records when the search index is built.
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
// Text made only of these is already NFKC: ASCII, the Arabic-script letters Persian
// uses (canonical composites such as آ are stable), Persian digits, ZWNJ.
const NFKC_STABLE = /^[\x20-\x7E\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC\u06F0-\u06F9\u200C]*$/;
// A Latin letter followed by combining accents (after NFD): «José» → «jose».
const LATIN_ACCENTED = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const LATIN_ACCENT_MARKS = /([A-Za-z])[\u0300-\u036F]+/g;
const NON_ASCII_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;
const UPPER_CASE = /[\p{Lu}\p{Lt}]/u;
const UNTIDY_SPACE = /\s\s|^\s|\s$|[^\S ]/;
const WHITESPACE_RUN = /\s+/g;

function tidySpaces(text: string): string {
  return UNTIDY_SPACE.test(text) ? text.replace(WHITESPACE_RUN, SPACE).trim() : text;
}

function normalizeWith(text: string, folding: Folding): string {
  if (PRINTABLE_ASCII.test(text)) return tidySpaces(text.toLowerCase());
  // NFKC first: it turns presentation forms (ﻛﺘﺎﺏ) into the letters the table folds,
  // and composes ا + U+0653 into آ.
  let s = NFKC_STABLE.test(text) ? text : text.normalize('NFKC');
  if (LATIN_ACCENTED.test(s)) s = s.normalize('NFD').replace(LATIN_ACCENT_MARKS, '$1').normalize('NFC');
  if (folding.test.test(s)) s = s.replace(folding.pattern, folding.replace);
  if (NON_ASCII_DIGIT.test(s)) s = toLatinDigits(s);
  if (UPPER_CASE.test(s)) s = s.toLowerCase();
  return tidySpaces(s);
}

/**
 * The search form of `text`: NFKC; bidi controls, tatweel and Arabic diacritics removed;
 * Arabic letter variants folded to Persian (ي ى ئ→ی, ك→ک, ۀ ة→ه, آ أ إ ٱ→ا, ؤ→و);
 * Persian/Arabic digits → ASCII; ٬→, ٫→. ; ZWNJ/ZWJ/soft hyphen/ZWSP/BOM → space;
 * whitespace collapsed and trimmed; Latin lower-cased and stripped of accents.
 */
export function normalizeForSearch(text: string): string {
  return normalizeWith(text, SEARCH);
}

/** normalizeForSearch without any spaces: «می‌خواهم», «میخواهم» and «می خواهم» are equal. */
export function compactForSearch(text: string): string {
  return normalizeForSearch(text).replaceAll(SPACE, '');
}

// Anything that is not a letter, digit or combining mark separates words.
const WORD_SEPARATORS = /[^\p{L}\p{N}\p{M}]+/u;
const HAS_SEPARATOR_OTHER_THAN_SPACE = /[^\p{L}\p{N}\p{M} ]/u;

/** The normalized words of `text`; punctuation («، . - ( )» …) separates words. */
export function searchTokens(text: string): string[] {
  const normalized = normalizeForSearch(text);
  if (normalized === '') return [];
  // Usually the text is words and single spaces already.
  if (!HAS_SEPARATOR_OTHER_THAN_SPACE.test(normalized)) return normalized.split(SPACE);
  return normalized.split(WORD_SEPARATORS).filter((t) => t !== '');
}

/** The normalized words of `text` joined by one space (searchTokens(text).join(' ')). */
export function searchWordsText(text: string): string {
  const normalized = normalizeForSearch(text);
  if (!HAS_SEPARATOR_OTHER_THAN_SPACE.test(normalized)) return normalized;
  return searchTokens(normalized).join(SPACE);
}

/**
 * The key under which two names are "the same name": the search tokens joined with
 * nothing, so spaces, ZWNJ and punctuation do not matter («شرکت ایران‌خودرو (سهامی)» ≡
 * «شرکت ایران خودرو سهامی»). Idempotent: nameKey(nameKey(x)) === nameKey(x).
 */
export function nameKey(text: string): string {
  return searchTokens(text).join('');
}

/**
 * The form sortKeyFor() orders by: normalizeForSearch, except that آ stays distinct from
 * ا and ZWNJ/ZWJ/soft hyphen are ignored rather than read as a space.
 */
export function normalizeForCollation(text: string): string {
  return normalizeWith(text, COLLATION);
}
