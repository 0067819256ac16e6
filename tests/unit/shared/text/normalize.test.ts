import { describe, expect, it } from 'vitest';
import {
  compactForSearch,
  nameKey,
  normalizeForCollation,
  normalizeForSearch,
  searchTokens,
  searchWordsText,
} from '../../../../shared/text/normalize';

describe('normalizeForSearch: the table of notes/persian-l10n.md §4.3', () => {
  it.each([
    ['NFKC folds Arabic presentation forms', 'ﻛﺘﺎﺏ', 'کتاب'],
    ['NFKC folds the lam-alef ligature', 'ﻻ', 'لا'],
    ['strips LRM and RLM', '\u200Fعلی\u200E', 'علی'],
    ['strips ALM and embeddings/overrides', '\u061C\u202Aعلی\u202C\u202E', 'علی'],
    ['strips isolates', '\u2066abc\u2069 \u2068علی\u2069', 'abc علی'],
    ['strips tatweel', 'مــــحمد', 'محمد'],
    ['strips harakat and shadda', 'مُحَمَّد', 'محمد'],
    ['strips tanvin and sukun', 'کتاباً سْ', 'کتابا س'],
    ['strips superscript alef', 'رحمٰن', 'رحمن'],
    ['strips Quranic marks', 'قال\u06D6', 'قال'],
    ['strips the ezafe hamza above', 'خانهٔ ما', 'خانه ما'],
    ['Arabic yeh → Persian yeh', 'علي', 'علی'],
    ['alef maksura → Persian yeh', 'مصطفى', 'مصطفی'],
    ['yeh with hamza → yeh', 'مسئول', 'مسیول'],
    ['Arabic kaf → Persian kaf', 'كريم', 'کریم'],
    ['heh with yeh (ezafe) → heh', 'خانۀ', 'خانه'],
    ['teh marbuta → heh', 'مدرسة', 'مدرسه'],
    ['alef with hamza above → alef', 'أحمد', 'احمد'],
    ['alef with hamza below → alef', 'إيران', 'ایران'],
    ['alef wasla → alef', 'ٱلله', 'الله'],
    ['alef madda → alef (so «اب» finds «آب»)', 'آب', 'اب'],
    ['decomposed alef + madda → alef', 'ا\u0653ب', 'اب'],
    ['waw with hamza → waw', 'مؤسسه', 'موسسه'],
    ['Persian digits → ASCII', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['Arabic-Indic digits → ASCII', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['Arabic thousands and decimal separators', '۱٬۲۵۰٫۵', '1,250.5'],
    ['ZWNJ → space', 'می‌خواهم', 'می خواهم'],
    ['ZWJ → space', 'می\u200Dخواهم', 'می خواهم'],
    ['soft hyphen → space', 'co\u00ADop', 'co op'],
    ['ZWSP → space', 'a\u200Bb', 'a b'],
    ['BOM → space', '\uFEFFa\uFEFFb', 'a b'],
    ['whitespace runs → one space, trimmed', '  علی \t\n  کریمی  ', 'علی کریمی'],
    ['NBSP is whitespace', 'علی\u00A0کریمی', 'علی کریمی'],
    ['Latin lower-cased', 'Ali KARIMI', 'ali karimi'],
    ['Latin accents folded', 'José Müller', 'jose muller'],
    ['Turkish dotted capital I', 'İstanbul', 'istanbul'],
    ['full-width Latin and digits', 'ＡＢＣ１２', 'abc12'],
    ['ASCII fast path still tidies spaces', '  Hello   World ', 'hello world'],
    ['empty stays empty', '', ''],
    ['only invisible marks → empty', '\u200E\u200C\u200F', ''],
  ])('%s', (_label, input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('normalizes Intl fa-IR number output (LRM, minus sign, separators, digits)', () => {
    const formatted = new Intl.NumberFormat('fa-IR').format(-1234567.89);
    expect(formatted).toMatch(/[\u066C\u066B]/); // the test must exercise the Arabic separators
    expect(normalizeForSearch(formatted)).toBe('-1,234,567.89');
  });

  it('normalizes Intl fa-IR currency output, which starts with an LRM', () => {
    const formatted = new Intl.NumberFormat('fa-IR', { style: 'currency', currency: 'IRR' }).format(12500000);
    expect(formatted.startsWith('\u200E')).toBe(true);
    expect(normalizeForSearch(formatted)).toBe('ریال 12,500,000');
  });

  it('makes an Arabic-keyboard spelling equal to the Persian one', () => {
    expect(normalizeForSearch('علي كريمي')).toBe(normalizeForSearch('علی کریمی'));
  });

  it('is idempotent', () => {
    for (const text of ['ﻛﺘﺎﺏ مُحَمَّد آب', 'José  ۱۲۳', 'می‌خواهم ۀ ة', 'ABC\u200Fdef']) {
      const once = normalizeForSearch(text);
      expect(normalizeForSearch(once)).toBe(once);
    }
  });
});

describe('compactForSearch', () => {
  it('makes the ZWNJ, space and joined spellings equal', () => {
    expect(compactForSearch('می‌خواهم')).toBe('میخواهم');
    expect(compactForSearch('می خواهم')).toBe('میخواهم');
    expect(compactForSearch('میخواهم')).toBe('میخواهم');
  });

  it('keeps punctuation (only spaces go)', () => {
    expect(compactForSearch('AB-12 x')).toBe('ab-12x');
  });
});

describe('searchTokens', () => {
  it('splits normalized text into words', () => {
    expect(searchTokens('علي  كريمي')).toEqual(['علی', 'کریمی']);
  });

  it('splits on ZWNJ', () => {
    expect(searchTokens('علی‌پور')).toEqual(['علی', 'پور']);
  });

  it('splits on Latin and Persian punctuation', () => {
    expect(searchTokens('کریمی، علی (مدیر) - Acme.Co')).toEqual(['کریمی', 'علی', 'مدیر', 'acme', 'co']);
  });

  it('returns no tokens for blank or punctuation-only text', () => {
    expect(searchTokens('')).toEqual([]);
    expect(searchTokens(' - ، ')).toEqual([]);
  });
});

describe('searchWordsText', () => {
  it('is the tokens joined by one space', () => {
    for (const text of ['علي كريمي', 'کریمی، علی (مدیر)', '', 'Ali-Reza  Karimi']) {
      expect(searchWordsText(text)).toBe(searchTokens(text).join(' '));
    }
  });
});

describe('nameKey', () => {
  it('ignores spaces, ZWNJ and punctuation', () => {
    expect(nameKey('شرکت ایران‌خودرو (سهامی)')).toBe(nameKey('شركت ايران خودرو سهامي'));
  });

  it('matches «علي كريمي» with «علی‌کریمی»', () => {
    expect(nameKey('علي كريمي')).toBe(nameKey('علی‌کریمی'));
  });

  it('is idempotent', () => {
    const key = nameKey('Ali-Reza, Karimi');
    expect(key).toBe('alirezakarimi');
    expect(nameKey(key)).toBe(key);
  });
});

describe('normalizeForCollation', () => {
  it('keeps alef madda apart from alef', () => {
    expect(normalizeForCollation('آب')).toBe('آب');
    expect(normalizeForCollation('أب')).toBe('اب');
  });

  it('drops ZWNJ instead of reading it as a space', () => {
    expect(normalizeForCollation('علی‌رضا')).toBe('علیرضا');
    expect(normalizeForCollation('علی رضا')).toBe('علی رضا');
  });

  it('otherwise folds like normalizeForSearch', () => {
    expect(normalizeForCollation('  علي كريمي ۱۲ ')).toBe('علی کریمی 12');
  });
});
