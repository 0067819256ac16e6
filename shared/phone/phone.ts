import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type NumberType,
} from 'libphonenumber-js/max';
import { toLatinDigits } from '../text/digits';

// Phones are stored as E.164 and shown through formatPhone(). We use the "max" metadata:
// "min" validates by length only and cannot tell a mobile from a landline (getType() is
// undefined), nor which +1 country a number belongs to. The extra ~20 KB gzip is nothing
// for a desktop app. Iranian mobiles bypass the metadata entirely (see parsePhone).

export type PhoneType = 'mobile' | 'fixedLine' | 'voip' | 'other';

export type ParsedPhone =
  | { ok: true; e164: string; type: PhoneType; country?: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'tooShort' | 'tooLong' };

const IRAN_CODE = '98';
const IRAN_MOBILE = /^9\d{9}$/;
const IRAN_NSN_LENGTH = 10;

// Invisible marks that ride along when a number is copied out of RTL text.
const INVISIBLES = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
// What people put between digits: spaces, dashes, dots, slashes, parentheses.
const SEPARATORS = /[\s\-\u2010-\u2015.()/]/g;

interface DialledDigits {
  international: boolean;
  digits: string;
}

/** Persian/Arabic/full-width digits → ASCII, separators dropped; null if anything else. */
function readDigits(input: string): DialledDigits | 'empty' | null {
  const text = toLatinDigits(input.normalize('NFKC')).replace(INVISIBLES, '').trim();
  if (text === '') return 'empty';
  const bare = text.replace(SEPARATORS, '');
  const match = /^(\+?)(\d+)$/.exec(bare);
  if (!match) return null;
  const [, plus = '', digits = ''] = match;
  if (plus) return { international: true, digits };
  if (digits.startsWith('00')) return { international: true, digits: digits.slice(2) };
  return { international: false, digits };
}

function toPhoneType(type: NumberType): PhoneType {
  switch (type) {
    case 'MOBILE':
      return 'mobile';
    case 'FIXED_LINE':
      return 'fixedLine';
    case 'VOIP':
      return 'voip';
    default:
      return 'other';
  }
}

/** Validate through libphonenumber's metadata; `text` is "+<digits>" or national digits. */
function parseWithMetadata(text: string, country: CountryCode | undefined): ParsedPhone {
  const phone = parsePhoneNumberFromString(text, country);
  if (phone?.isValid()) {
    return { ok: true, e164: phone.number, type: toPhoneType(phone.getType()), country: phone.country };
  }
  switch (validatePhoneNumberLength(text, country)) {
    case 'TOO_SHORT':
      return { ok: false, reason: 'tooShort' };
    case 'TOO_LONG':
      return { ok: false, reason: 'tooLong' };
    default:
      return { ok: false, reason: 'invalid' };
  }
}

/**
 * An Iranian national significant number (no trunk 0). Any 9xxxxxxxxx is accepted as a
 * mobile: operators open new ranges (0941, 0934 …) faster than any prefix list follows,
 * and the metadata rejects some real ones. Other numbers go through the metadata.
 */
function parseIranian(nsn: string): ParsedPhone {
  if (nsn.startsWith('9')) {
    if (IRAN_MOBILE.test(nsn)) return { ok: true, e164: `+${IRAN_CODE}${nsn}`, type: 'mobile', country: 'IR' };
    if (nsn.length > IRAN_NSN_LENGTH) return { ok: false, reason: 'tooLong' };
  }
  const parsed = parseWithMetadata(`+${IRAN_CODE}${nsn}`, undefined);
  if (!parsed.ok && parsed.reason === 'invalid' && nsn.length < IRAN_NSN_LENGTH) {
    return { ok: false, reason: 'tooShort' };
  }
  return parsed;
}

/** People write "+98 0912…" and "0098 0912…": the trunk 0 after +98 is a slip. */
const dropIranTrunk = (nsn: string): string => (nsn.startsWith('0') ? nsn.slice(1) : nsn);

/**
 * Parse a phone number as typed or pasted: Persian/Arabic digits, spaces, dashes, dots,
 * parentheses; international as +CC or 00CC; national numbers in `defaultCountry`. For
 * Iran also 98… without a plus, 0… with the trunk prefix and 9… without it.
 */
export function parsePhone(input: string, defaultCountry = 'IR'): ParsedPhone {
  const read = readDigits(input);
  if (read === 'empty') return { ok: false, reason: 'empty' };
  if (read === null) return { ok: false, reason: 'invalid' };
  const { international, digits } = read;

  if (international) {
    if (digits.startsWith(IRAN_CODE)) return parseIranian(dropIranTrunk(digits.slice(IRAN_CODE.length)));
    return parseWithMetadata(`+${digits}`, undefined);
  }
  if (defaultCountry === 'IR') {
    // No Iranian number starts with 98 after the trunk prefix, so 98… is the country code.
    if (digits.startsWith(IRAN_CODE)) return parseIranian(dropIranTrunk(digits.slice(IRAN_CODE.length)));
    return parseIranian(digits.startsWith('0') ? digits.slice(1) : digits);
  }
  if (!isSupportedCountry(defaultCountry)) return { ok: false, reason: 'invalid' };
  return parseWithMetadata(digits, defaultCountry);
}

/**
 * Display form of a stored E.164 number, always with ASCII digits. Iranian numbers in
 * 'national' style: "0912 123 4567"; 'international': "+98 912 123 4567". Foreign numbers
 * are always international. Unparseable input is returned unchanged.
 */
export function formatPhone(e164: string, style: 'national' | 'international'): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return e164;
  if (style === 'national' && phone.countryCallingCode === IRAN_CODE) return phone.formatNational();
  return phone.formatInternational();
}

// Calling codes are prefix-free (E.164), so the first 1–3 digits that form one are it.
// Non-geographic codes (+800, +882 …) are not listed by getCountries().
const NON_GEOGRAPHIC_CODES = ['800', '808', '870', '878', '881', '882', '883', '888', '979'];
let callingCodes: Set<string> | undefined;

function callingCodeOf(digits: string): string | undefined {
  callingCodes ??= new Set([...getCountries().map((c) => getCountryCallingCode(c)), ...NON_GEOGRAPHIC_CODES]);
  for (let length = 1; length <= 3; length++) {
    const code = digits.slice(0, length);
    if (callingCodes.has(code)) return code;
  }
  return undefined;
}

/**
 * Digit strings to index for prefix search: the E.164 digits (found by "+98912…",
 * "0098912…", "98912…") and the national significant number (found by "0912…", "912…").
 * For national numbers that keep a leading 0 (Italy: +39 06…) also the number without it,
 * because phoneQueryKey() drops a typed leading 0. Cheap: no metadata parsing.
 */
export function phoneSearchKeys(e164: string): string[] {
  const digits = e164.replace(/\D/g, '');
  if (digits === '') return [];
  const code = callingCodeOf(digits);
  if (code === undefined || code.length === digits.length) return [digits];
  const nsn = digits.slice(code.length);
  const keys = [digits, nsn];
  const unpadded = nsn.replace(/^0+/, '');
  if (unpadded !== nsn && unpadded !== '') keys.push(unpadded);
  return keys;
}

/** Fewer digits than this match too many numbers to be a useful phone search. */
export const MIN_PHONE_QUERY_DIGITS = 3;

/**
 * The digit form of a typed phone query, to prefix-match against phoneSearchKeys():
 * "+98912…" / "0098912…" → "98912…" (E.164 digits); "0912…" → "912…" (the trunk 0
 * dropped, so it meets the national number); "912…" and "98912…" as typed; "+98 0912…" →
 * "98912…". Persian/Arabic digits and separators are accepted. Returns null for letters,
 * a misplaced "+", or fewer than MIN_PHONE_QUERY_DIGITS digits left.
 */
export function phoneQueryKey(query: string): string | null {
  const read = readDigits(query);
  if (read === 'empty' || read === null) return null;
  let key = read.digits;
  if (read.international) {
    if (key.startsWith(`${IRAN_CODE}0`)) key = IRAN_CODE + key.slice(IRAN_CODE.length + 1);
  } else if (key.startsWith('0')) {
    key = key.slice(1);
  }
  return key.length >= MIN_PHONE_QUERY_DIGITS ? key : null;
}
