import { describe, expect, it } from 'vitest';
import {
  compactOfKey,
  EXACT_MATCH,
  matchKey,
  NO_MATCH,
  PREFIX_MATCH,
  termsOfKey,
  WHOLE_MATCH,
  wordsKey,
  wordsOfKey,
} from '../../../../shared/search/name-terms';

describe('wordsKey', () => {
  it('is the normalized words joined by one space', () => {
    expect(wordsKey('علي‌ كريمي، (مدير)')).toBe('علی کریمی مدیر');
    expect(wordsKey(' - ')).toBe('');
  });
});

describe('termsOfKey', () => {
  it('gives the words and the compact form of every word-suffix', () => {
    expect(termsOfKey('محمد علی پور')).toEqual(['محمد', 'علی', 'پور', 'محمدعلیپور', 'علیپور']);
  });

  it('gives a single word once', () => {
    expect(termsOfKey('علی')).toEqual(['علی']);
  });

  it('drops repeated words and stops adding compact suffixes after six', () => {
    expect(termsOfKey('a a')).toEqual(['a', 'aa']);
    const terms = termsOfKey('a b c d e f g h i');
    expect(terms).toContain('abcdefghi');
    expect(terms).toContain('fghi');
    expect(terms).not.toContain('ghi');
  });
});

describe('wordsOfKey and compactOfKey', () => {
  it('split and join a words key', () => {
    expect(wordsOfKey('a b a')).toEqual(['a', 'b']);
    expect(compactOfKey('علی کریمی')).toBe('علیکریمی');
  });
});

describe('matchKey', () => {
  it.each([
    ['the whole name without spaces', 'علی کریمی', 'علیکریمی', WHOLE_MATCH],
    ['a one-word name', 'علی', 'علی', WHOLE_MATCH],
    ['a word', 'علی کریمی', 'کریمی', EXACT_MATCH],
    ['the first word', 'علی کریمی', 'علی', EXACT_MATCH],
    ['a compact run to the end', 'محمد علی پور', 'علیپور', EXACT_MATCH],
    ['the start of a word', 'علی کریمی', 'کر', PREFIX_MATCH],
    ['the start of a compact run', 'علی کریمی', 'علیک', PREFIX_MATCH],
    ['a compact run that stops before the end', 'محمد علی پور', 'محمدعلی', PREFIX_MATCH],
    ['the middle of a word', 'علی کریمی', 'ریمی', NO_MATCH],
    ['longer than the name', 'علی', 'علیرضا', NO_MATCH],
  ])('%s', (_label, key, word, expected) => {
    expect(matchKey(key, word)).toBe(expected);
  });

  it('agrees with the index terms', () => {
    const key = 'سید محمد علی پور';
    for (const word of ['سید', 'محمد', 'علیپور', 'محمدعلیپور', 'پور', 'سیدمحمدعلیپور', 'مح', 'علیپ', 'دمح', 'x']) {
      const terms = termsOfKey(key);
      const expected = terms.includes(word)
        ? compactOfKey(key) === word
          ? WHOLE_MATCH
          : EXACT_MATCH
        : terms.some((t) => t.startsWith(word))
          ? PREFIX_MATCH
          : NO_MATCH;
      expect(matchKey(key, word)).toBe(expected);
    }
  });
});
