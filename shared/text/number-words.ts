/**
 * Integers spelled out in Persian and English, for "total in words" lines on invoices.
 *
 * Supported range: |value| < 10^18, i.e. up to the quadrillion (10^15) group. That covers
 * every Money amount, whose minor units are bounded by Number.MAX_SAFE_INTEGER (< 10^16).
 */

const LIMIT = 10n ** 18n;

// Persian, formal invoice style:
// - 100 is "یکصد" and 1000 is "یک هزار" (never bare "صد" / "هزار"): on a cheque or invoice
//   the explicit "یک" leaves no room to prepend another digit word.
// - "هجده", the standard written form; "هیجده" is the spoken variant.
// - 10^12 is "تریلیون" and 10^15 "کوادریلیون" (short scale), not the also-common
//   "هزار میلیارد" / "میلیون میلیارد": one word per scale keeps every group uniform and
//   never repeats "میلیارد" within one amount.
// - Every non-zero group and every part within a group is joined with " و ".
const FA_UNITS = [
  'صفر', 'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه',
  'ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'شانزده', 'هفده', 'هجده', 'نوزده',
] as const;
const FA_TENS = ['', '', 'بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود'] as const;
const FA_HUNDREDS = ['', 'یکصد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد'] as const;
const FA_SCALES = ['', 'هزار', 'میلیون', 'میلیارد', 'تریلیون', 'کوادریلیون'] as const;

// English, US style: no "and" inside a number ("one hundred five"), hyphenated 21–99.
const EN_UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
const EN_SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion'] as const;

/** Splits |value| into base-1000 groups, least significant first. */
function groupsOf(magnitude: bigint): number[] {
  const groups: number[] = [];
  for (let rest = magnitude; rest > 0n; rest /= 1000n) groups.push(Number(rest % 1000n));
  return groups;
}

function checkRange(value: bigint): void {
  // A plain number would fail later with a confusing "cannot mix BigInt" TypeError.
  if (typeof value !== 'bigint') throw new TypeError(`Expected a bigint, got ${typeof value}`);
  if (value >= LIMIT || value <= -LIMIT) {
    throw new RangeError(`${value} is outside the range that can be written in words (|value| < 10^18)`);
  }
}

/** 1..999 in Persian. */
function persianGroup(n: number): string {
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) parts.push(FA_HUNDREDS[hundreds] as string);
  if (rest >= 20) {
    parts.push(FA_TENS[Math.floor(rest / 10)] as string);
    if (rest % 10 > 0) parts.push(FA_UNITS[rest % 10] as string);
  } else if (rest > 0) {
    parts.push(FA_UNITS[rest] as string);
  }
  return parts.join(' و ');
}

/** 1..999 in English. */
function englishGroup(n: number): string {
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) parts.push(`${EN_UNITS[hundreds] as string} hundred`);
  if (rest >= 20) {
    const tens = EN_TENS[Math.floor(rest / 10)] as string;
    parts.push(rest % 10 > 0 ? `${tens}-${EN_UNITS[rest % 10] as string}` : tens);
  } else if (rest > 0) {
    parts.push(EN_UNITS[rest] as string);
  }
  return parts.join(' ');
}

function spell(
  value: bigint,
  zero: string,
  minus: string,
  scales: readonly string[],
  group: (n: number) => string,
  separator: string,
): string {
  checkRange(value);
  if (value === 0n) return zero;
  const groups = groupsOf(value < 0n ? -value : value);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i -= 1) {
    const n = groups[i] as number;
    if (n === 0) continue;
    const scale = scales[i] as string;
    words.push(scale === '' ? group(n) : `${group(n)} ${scale}`);
  }
  const text = words.join(separator);
  return value < 0n ? `${minus} ${text}` : text;
}

/** Persian words for an integer, e.g. 1_250_000n → "یک میلیون و دویست و پنجاه هزار". */
export function persianNumberWords(value: bigint): string {
  return spell(value, FA_UNITS[0], 'منفی', FA_SCALES, persianGroup, ' و ');
}

/** English words for an integer, e.g. 1_250_000n → "one million two hundred fifty thousand". */
export function englishNumberWords(value: bigint): string {
  return spell(value, EN_UNITS[0], 'minus', EN_SCALES, englishGroup, ' ');
}
