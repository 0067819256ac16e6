import { describe, expect, it } from 'vitest';
import { MAX_SORT_KEY_LENGTH, sortKeyFor, uniqueSortKey } from '../../../../shared/text/collation';

const PERSIAN_LETTERS = 'آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی';

/** Deterministic pseudo-random generator so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

function randomName(next: () => number): string {
  const words = 1 + Math.floor(next() * 3);
  return Array.from({ length: words }, () =>
    Array.from({ length: 1 + Math.floor(next() * 6) }, () => PERSIAN_LETTERS.charAt(Math.floor(next() * PERSIAN_LETTERS.length))).join(''),
  ).join(' ');
}

const byKey = (a: string, b: string): number => {
  const x = sortKeyFor(a);
  const y = sortKeyFor(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

describe('sortKeyFor', () => {
  it('orders Persian names exactly as Intl.Collator("fa") does', () => {
    const collator = new Intl.Collator('fa');
    const next = random(1403);
    const names = Array.from({ length: 2000 }, () => randomName(next));
    const expected = [...names].sort(collator.compare);
    expect([...names].sort(byKey)).toEqual(expected);
  });

  it('orders a real name list as Intl.Collator("fa") does', () => {
    const names = ['ژاله', 'گلناز', 'کاوه', 'یاسمن', 'چنگیز', 'پریسا', 'آرش', 'امیر', 'بهرام', 'جواد', 'حسین', 'زهرا', 'سارا', 'هانیه', 'وحید', 'علی رضا', 'علیرضا', 'علی'];
    expect([...names].sort(byKey)).toEqual([...names].sort(new Intl.Collator('fa').compare));
  });

  it.each([
    ['پ between ب and ت', 'ب', 'پ', 'ت'],
    ['چ between ج and ح', 'ج', 'چ', 'ح'],
    ['ژ between ز and س', 'ز', 'ژ', 'س'],
    ['گ after ک, before ل', 'ک', 'گ', 'ل'],
    ['ی last, after ه', 'ه', 'ی', 'یی'],
    ['آ before ا (as in CLDR and Persian dictionaries)', 'آ', 'ا', 'ب'],
    ['digits before letters', '9', 'ا', 'a'],
    ['Persian before Latin', 'ی', 'a', 'z'],
    ['Latin before other scripts', 'z', 'α', 'я'],
    ['space before letters (a shorter word first)', 'علی', 'علی رضا', 'علیرضا'],
  ])('%s', (_label, first, second, third) => {
    expect(sortKeyFor(first) < sortKeyFor(second)).toBe(true);
    expect(sortKeyFor(second) < sortKeyFor(third)).toBe(true);
  });

  it('is case-insensitive for Latin', () => {
    expect(sortKeyFor('Ali')).toBe(sortKeyFor('ali'));
  });

  it('treats Arabic-keyboard letters, diacritics, tatweel and ZWNJ as their Persian base', () => {
    expect(sortKeyFor('علي كريمي')).toBe(sortKeyFor('علی کریمی'));
    expect(sortKeyFor('مُحَمَّد')).toBe(sortKeyFor('محمد'));
    expect(sortKeyFor('مــحمد')).toBe(sortKeyFor('محمد'));
    expect(sortKeyFor('علی‌رضا')).toBe(sortKeyFor('علیرضا'));
  });

  it('uses one private-use character per Persian letter, digit or Latin letter', () => {
    const key = sortKeyFor('علی 12 ab');
    expect(key).toHaveLength(9);
    expect([...key].every((ch) => ch >= '\uE000' && ch <= '\uF8FF')).toBe(true);
  });

  it('keeps other characters distinct and ordered', () => {
    expect(sortKeyFor('α') < sortKeyFor('β')).toBe(true);
    expect(sortKeyFor('中')).not.toBe(sortKeyFor('日'));
    expect(sortKeyFor('😀') < sortKeyFor('0')).toBe(true); // symbols before digits, as in ICU
  });

  it('sorts the empty string first', () => {
    expect(sortKeyFor('')).toBe('');
    expect(sortKeyFor('') < sortKeyFor('!')).toBe(true);
  });
});

describe('uniqueSortKey', () => {
  it('appends U+0001 and the id', () => {
    expect(uniqueSortKey('علی', 'c-1')).toBe(`${sortKeyFor('علی')}\u0001c-1`);
  });

  it('keeps equal names apart and in id order', () => {
    expect(uniqueSortKey('علی', 'a') < uniqueSortKey('علی', 'b')).toBe(true);
  });

  it('keeps a shorter name before its extensions whatever the ids', () => {
    expect(uniqueSortKey('علی', 'zzz') < uniqueSortKey('علی رضا', 'aaa')).toBe(true);
    expect(uniqueSortKey('علی', 'zzz') < uniqueSortKey('علیرضا', 'aaa')).toBe(true);
  });

  it('truncates the name part and keeps the whole id within MAX_SORT_KEY_LENGTH', () => {
    const id = '01HZY3K6B2V8N4Q7R9T1W5X0CD';
    const key = uniqueSortKey('ب'.repeat(500), id);
    expect(key).toHaveLength(MAX_SORT_KEY_LENGTH);
    expect(key.endsWith(`\u0001${id}`)).toBe(true);
  });

  it('does not cut a surrogate pair in half', () => {
    const id = 'x'.repeat(MAX_SORT_KEY_LENGTH - 1 - 4);
    // "ab" then an emoji: the emoji's weight is a marker plus a surrogate pair.
    const key = uniqueSortKey('ab😀', id);
    const name = key.slice(0, key.indexOf('\u0001'));
    const last = name.charCodeAt(name.length - 1);
    expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
  });

  it('refuses an id that leaves no room', () => {
    expect(() => uniqueSortKey('a', 'x'.repeat(MAX_SORT_KEY_LENGTH))).toThrow(RangeError);
  });
});
