import { normalizeForCollation } from './normalize';

// Sort keys for IndexedDB: its string keys compare by UTF-16 code unit, which puts
// Persian letters in Unicode order (ک and گ after ی, پ چ ژ far from ب ج ز). So each
// character becomes one "weight" character in the private-use area, in the order of
// Intl.Collator('fa'): spaces and punctuation, digits, Persian letters, Latin letters,
// then everything else. Every weight is ≥ U+E000, so a shorter key sorts before its
// extensions and the U+0001 separator of uniqueSortKey() sorts below every weight.

const ASCII_OTHER_BASE = 0xe000; // space and ASCII punctuation keep their ASCII order
const OTHER_PUNCTUATION = '\uE080'; // marker + the raw character
const DIGIT_BASE = 0xe090;
const PERSIAN_BASE = 0xe100;
const OTHER_ARABIC = '\uE1FF';
const LATIN_BASE = 0xe200;
const OTHER_LATIN = '\uE2FF';
const OTHER_SCRIPT = '\uE3FF';

// آ before ا and ء between ا and ب, as in CLDR's fa collation (and Persian dictionaries).
const PERSIAN_ALPHABET = 'آاءبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی';

const WEIGHT = new Map<string, string>();
for (let i = 0; i < PERSIAN_ALPHABET.length; i++) {
  WEIGHT.set(PERSIAN_ALPHABET.charAt(i), String.fromCharCode(PERSIAN_BASE + i));
}
for (let d = 0; d <= 9; d++) WEIGHT.set(String(d), String.fromCharCode(DIGIT_BASE + d));
for (let i = 0; i < 26; i++) {
  WEIGHT.set(String.fromCharCode(0x61 + i), String.fromCharCode(LATIN_BASE + i));
}
for (let c = 0; c < 0x80; c++) {
  const ch = String.fromCharCode(c);
  if (!WEIGHT.has(ch)) WEIGHT.set(ch, String.fromCharCode(ASCII_OTHER_BASE + c));
}

const PUNCTUATION_OR_SPACE = /[\p{P}\p{S}\p{Z}\p{C}]/u;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const LATIN_SCRIPT = /\p{Script=Latin}/u;

function weightOf(ch: string): string {
  const known = WEIGHT.get(ch);
  if (known !== undefined) return known;
  // Unlisted characters keep their code-point order inside their group.
  if (PUNCTUATION_OR_SPACE.test(ch)) return OTHER_PUNCTUATION + ch;
  if (ARABIC_SCRIPT.test(ch)) return OTHER_ARABIC + ch;
  if (LATIN_SCRIPT.test(ch)) return OTHER_LATIN + ch;
  return OTHER_SCRIPT + ch;
}

/**
 * A key whose plain code-unit order (JS `<`, IndexedDB) is Persian alphabetical order:
 * case-insensitive, ignoring diacritics and ZWNJ, Arabic letter variants folded
 * (ي=ی, ك=ک), digits before letters, Persian before Latin before other scripts.
 */
export function sortKeyFor(text: string): string {
  let key = '';
  for (const ch of normalizeForCollation(text)) key += weightOf(ch);
  return key;
}

/** Total length of a uniqueSortKey(), to use as the index field's maxLength. */
export const MAX_SORT_KEY_LENGTH = 120;

const ID_SEPARATOR = '\u0001';

/**
 * sortKeyFor(text) + U+0001 + id, with the text part truncated so the whole fits in
 * MAX_SORT_KEY_LENGTH and the id stays intact: unique keys let keyset paging resume with
 * `$gt` after the last row. Names that differ only after the cut tie and fall back to id
 * order, which is harmless for paging.
 */
export function uniqueSortKey(text: string, id: string): string {
  const room = MAX_SORT_KEY_LENGTH - ID_SEPARATOR.length - id.length;
  if (room < 0) throw new RangeError(`uniqueSortKey: id longer than ${MAX_SORT_KEY_LENGTH - 1} characters`);
  let key = sortKeyFor(text);
  if (key.length > room) {
    key = key.slice(0, room);
    // Never leave half of a surrogate pair at the cut.
    const last = key.charCodeAt(key.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) key = key.slice(0, -1);
  }
  return key + ID_SEPARATOR + id;
}
