import { describe, expect, it } from 'vitest';
import { englishNumberWords, persianNumberWords } from '../../../../shared/text/number-words';

const MAX = 10n ** 18n - 1n;

// Independent readers used as oracles: they add up word values and multiply at each
// scale word, so they check the number a text says without sharing the speller's code.
const FA_VALUES = new Map<string, bigint>(
  [
    ...['صفر', 'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده', 'یازده', 'دوازده', 'سیزده',
      'چهارده', 'پانزده', 'شانزده', 'هفده', 'هجده', 'نوزده'].map((w, i) => [w, i] as const),
    ...['بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود'].map((w, i) => [w, (i + 2) * 10] as const),
    ...['یکصد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد'].map((w, i) => [w, (i + 1) * 100] as const),
  ].map(([w, n]) => [w, BigInt(n)]),
);
const FA_SCALES = new Map<string, bigint>([
  ['هزار', 10n ** 3n], ['میلیون', 10n ** 6n], ['میلیارد', 10n ** 9n], ['تریلیون', 10n ** 12n], ['کوادریلیون', 10n ** 15n],
]);

function readPersian(text: string): bigint {
  const negative = text.startsWith('منفی ');
  const tokens = (negative ? text.slice('منفی '.length) : text).split(' ').filter((t) => t !== 'و');
  let total = 0n;
  let group = 0n;
  for (const token of tokens) {
    const small = FA_VALUES.get(token);
    const scale = FA_SCALES.get(token);
    if (small !== undefined) group += small;
    else if (scale !== undefined) [total, group] = [total + group * scale, 0n];
    else throw new Error(`unknown word ${token} in ${text}`);
  }
  return negative ? -(total + group) : total + group;
}

const EN_VALUES = new Map<string, bigint>(
  [
    ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
      'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((w, i) => [w, i] as const),
    ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, (i + 2) * 10] as const),
  ].map(([w, n]) => [w, BigInt(n)]),
);
const EN_SCALES = new Map<string, bigint>([
  ['thousand', 10n ** 3n], ['million', 10n ** 6n], ['billion', 10n ** 9n], ['trillion', 10n ** 12n], ['quadrillion', 10n ** 15n],
]);

function readEnglish(text: string): bigint {
  const negative = text.startsWith('minus ');
  const tokens = (negative ? text.slice('minus '.length) : text).split(/[ -]/);
  let total = 0n;
  let group = 0n;
  for (const token of tokens) {
    const small = EN_VALUES.get(token);
    const scale = EN_SCALES.get(token);
    if (small !== undefined) group += small;
    else if (token === 'hundred') group *= 100n;
    else if (scale !== undefined) [total, group] = [total + group * scale, 0n];
    else throw new Error(`unknown word ${token} in ${text}`);
  }
  return negative ? -(total + group) : total + group;
}

/** Deterministic values of every length up to 15 digits, zero-heavy so whole groups vanish. */
function sampleValues(count: number): bigint[] {
  // A 64-bit LCG on BigInt (a Number LCG loses precision in the multiply); its high bits
  // are the well-mixed ones.
  let seed = 14_030_101n;
  const below = (n: number) => {
    seed = (seed * 6_364_136_223_846_793_005n + 1_442_695_040_888_963_407n) & 0xffff_ffff_ffff_ffffn;
    return Number(((seed >> 32n) * BigInt(n)) >> 32n);
  };
  const values: bigint[] = [10n ** 15n];
  while (values.length < count) {
    const length = below(15) + 1;
    let digits = '';
    for (let i = 0; i < length; i += 1) digits += below(5) < 2 ? '0' : String(below(10));
    values.push(BigInt(digits));
  }
  return values;
}

describe('persianNumberWords', () => {
  it.each([
    [0n, 'صفر'],
    [1n, 'یک'],
    [15n, 'پانزده'],
    [18n, 'هجده'],
    [20n, 'بیست'],
    [21n, 'بیست و یک'],
    [100n, 'یکصد'],
    [101n, 'یکصد و یک'],
    [110n, 'یکصد و ده'],
    [250n, 'دویست و پنجاه'],
    [505n, 'پانصد و پنج'],
    [999n, 'نهصد و نود و نه'],
    [1000n, 'یک هزار'],
    [1001n, 'یک هزار و یک'],
    [1100n, 'یک هزار و یکصد'],
    [12_345n, 'دوازده هزار و سیصد و چهل و پنج'],
    [100_000n, 'یکصد هزار'],
    [1_000_001n, 'یک میلیون و یک'],
    [1_250_000n, 'یک میلیون و دویست و پنجاه هزار'],
    [2_000_000_000n, 'دو میلیارد'],
    [10n ** 12n, 'یک تریلیون'],
    [10n ** 15n, 'یک کوادریلیون'],
    [10n ** 15n + 1000n, 'یک کوادریلیون و یک هزار'],
    [
      MAX,
      'نهصد و نود و نه کوادریلیون و نهصد و نود و نه تریلیون و نهصد و نود و نه میلیارد و ' +
        'نهصد و نود و نه میلیون و نهصد و نود و نه هزار و نهصد و نود و نه',
    ],
  ])('%s → %s', (value, words) => {
    expect(persianNumberWords(value)).toBe(words);
  });

  it('prefixes negatives with منفی', () => {
    expect(persianNumberWords(-1n)).toBe('منفی یک');
    expect(persianNumberWords(-1_250_000n)).toBe('منفی یک میلیون و دویست و پنجاه هزار');
    expect(persianNumberWords(-0n)).toBe('صفر');
  });

  it('throws RangeError at and beyond ±10^18', () => {
    expect(persianNumberWords(-MAX)).toMatch(/^منفی نهصد/);
    expect(() => persianNumberWords(MAX + 1n)).toThrow(RangeError);
    expect(() => persianNumberWords(-MAX - 1n)).toThrow(RangeError);
    expect(() => persianNumberWords(10n ** 30n)).toThrow(RangeError);
  });

  it('rejects a plain number instead of failing obscurely', () => {
    expect(() => persianNumberWords(5 as unknown as bigint)).toThrow(TypeError);
  });

  it('over 2,000 sampled values up to 10^15: well-formed, exact and distinct', () => {
    const values = sampleValues(2000);
    const seen = new Map<string, bigint>();
    for (const value of values) {
      const text = persianNumberWords(value);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/\s{2}|^\s|\s$/);
      expect(text).not.toMatch(/(^|\s)و\s+و(\s|$)|^و\s|\sو$/);
      expect(text.includes('صفر')).toBe(value === 0n);
      expect(readPersian(text)).toBe(value);
      const earlier = seen.get(text);
      if (earlier !== undefined) expect(earlier).toBe(value);
      seen.set(text, value);
      expect(persianNumberWords(-value)).toBe(value === 0n ? 'صفر' : `منفی ${text}`);
    }
    // The sample really spans magnitudes, including numbers with empty groups.
    expect(seen.size).toBeGreaterThan(1500);
    expect(values.some((v) => v >= 10n ** 14n)).toBe(true);
    expect(values.some((v) => v >= 10n ** 6n && (v / 1000n) % 1000n === 0n)).toBe(true);
  });
});

describe('englishNumberWords', () => {
  it.each([
    [0n, 'zero'],
    [7n, 'seven'],
    [15n, 'fifteen'],
    [21n, 'twenty-one'],
    [40n, 'forty'],
    [100n, 'one hundred'],
    [105n, 'one hundred five'],
    [999n, 'nine hundred ninety-nine'],
    [1000n, 'one thousand'],
    [1_000_001n, 'one million one'],
    [1_250_000n, 'one million two hundred fifty thousand'],
    [2_000_000_000n, 'two billion'],
    [10n ** 12n, 'one trillion'],
    [10n ** 15n, 'one quadrillion'],
    [
      MAX,
      'nine hundred ninety-nine quadrillion nine hundred ninety-nine trillion nine hundred ninety-nine billion ' +
        'nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine',
    ],
  ])('%s → %s', (value, words) => {
    expect(englishNumberWords(value)).toBe(words);
  });

  it('writes negatives with minus and throws RangeError outside ±10^18', () => {
    expect(englishNumberWords(-21n)).toBe('minus twenty-one');
    expect(() => englishNumberWords(MAX + 1n)).toThrow(RangeError);
    expect(() => englishNumberWords(-MAX - 1n)).toThrow(RangeError);
  });

  it('reads back exactly over the same sample', () => {
    for (const value of sampleValues(2000)) {
      const text = englishNumberWords(value);
      expect(text).not.toMatch(/\s{2}|^\s|\s$/);
      expect(readEnglish(text)).toBe(value);
    }
  });
});
