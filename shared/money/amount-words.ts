import type { IrrDisplayUnit, Language } from '../preferences';
import { englishNumberWords, persianNumberWords } from '../text/number-words';
import { currencyInfo, type CurrencyCode } from './currencies';
import { minorUnits, type Money } from './money';

interface UnitName {
  /** Persian takes the singular after any numeral ("دو دلار"), so one form is enough. */
  fa: string;
  en: readonly [singular: string, plural: string];
}

// No Persian major name here: that is currencies.ts' nameFa, kept in one place.
interface CurrencyWords {
  majorEn: readonly [singular: string, plural: string];
  /** Absent for currencies written in whole units (minorDigits 0). */
  minor?: UnitName;
}

const CENT: UnitName = { fa: 'سنت', en: ['cent', 'cents'] };
const FILS: UnitName = { fa: 'فلس', en: ['fils', 'fils'] };

// English names carry the country where the bare word is ambiguous on an invoice read
// abroad ("dollars" of which country?); euro, yuan and yen are unambiguous alone.
const WORDS: ReadonlyMap<CurrencyCode, CurrencyWords> = new Map<CurrencyCode, CurrencyWords>([
  ['IRR', { majorEn: ['Iranian rial', 'Iranian rials'] }],
  ['USD', { majorEn: ['US dollar', 'US dollars'], minor: CENT }],
  ['EUR', { majorEn: ['euro', 'euros'], minor: CENT }],
  ['AED', { majorEn: ['UAE dirham', 'UAE dirhams'], minor: FILS }],
  ['TRY', { majorEn: ['Turkish lira', 'Turkish lira'], minor: { fa: 'کوروش', en: ['kuruş', 'kuruş'] } }],
  ['GBP', { majorEn: ['pound sterling', 'pounds sterling'], minor: { fa: 'پنی', en: ['penny', 'pence'] } }],
  // CLDR's two minor digits make the unit the fen (1/100), skipping the jiao (1/10).
  ['CNY', { majorEn: ['yuan', 'yuan'], minor: { fa: 'فن', en: ['fen', 'fen'] } }],
  ['IQD', { majorEn: ['Iraqi dinar', 'Iraqi dinars'] }],
  ['AFN', { majorEn: ['Afghan afghani', 'Afghan afghanis'] }],
  ['RUB', { majorEn: ['Russian ruble', 'Russian rubles'], minor: { fa: 'کوپک', en: ['kopeck', 'kopecks'] } }],
  ['JPY', { majorEn: ['yen', 'yen'] }],
  ['KWD', { majorEn: ['Kuwaiti dinar', 'Kuwaiti dinars'], minor: FILS }],
  ['OMR', { majorEn: ['Omani rial', 'Omani rials'], minor: { fa: 'بیسه', en: ['baisa', 'baisa'] } }],
  ['BHD', { majorEn: ['Bahraini dinar', 'Bahraini dinars'], minor: FILS }],
  ['SAR', { majorEn: ['Saudi riyal', 'Saudi riyals'], minor: { fa: 'هلله', en: ['halala', 'halalas'] } }],
  ['QAR', { majorEn: ['Qatari riyal', 'Qatari riyals'], minor: { fa: 'درهم', en: ['dirham', 'dirhams'] } }],
  ['INR', { majorEn: ['Indian rupee', 'Indian rupees'], minor: { fa: 'پیسه', en: ['paisa', 'paise'] } }],
  ['CHF', { majorEn: ['Swiss franc', 'Swiss francs'], minor: { fa: 'سانتیم', en: ['centime', 'centimes'] } }],
  ['CAD', { majorEn: ['Canadian dollar', 'Canadian dollars'], minor: CENT }],
  ['AUD', { majorEn: ['Australian dollar', 'Australian dollars'], minor: CENT }],
]);

// A currency added to currencies.ts before it gets a row above still prints something
// truthful: its ISO code in English and a generic name for the minor unit.
const GENERIC_MINOR: UnitName = { fa: 'واحد خرد', en: ['minor unit', 'minor units'] };

const TOMAN: UnitName = { fa: 'تومان', en: ['toman', 'tomans'] };
const RIAL_IN_TOMAN: UnitName = { fa: 'ریال', en: ['rial', 'rials'] };

function spellUnit(count: bigint, unit: UnitName, language: Language): string {
  if (language === 'fa') return `${persianNumberWords(count)} ${unit.fa}`;
  return `${englishNumberWords(count)} ${count === 1n ? unit.en[0] : unit.en[1]}`;
}

/**
 * The amount in words for a "total in words" line, e.g. 1,250,000 IRR in Persian →
 * "یک میلیون و دویست و پنجاه هزار ریال", or $1,234.56 in English → "one thousand two
 * hundred thirty-four US dollars and fifty-six cents".
 *
 * Amounts are written exactly, never rounded: a fraction goes into the minor unit
 * ("… دلار و پنجاه و شش سنت"), and with irrUnit 'toman' a rial amount not divisible by 10
 * keeps its last rials ("… تومان و پنج ریال"). A zero major part is left out when there is
 * a fraction ("پنجاه سنت"), and a negative amount is prefixed once ("منفی …", "minus …").
 */
export function amountInWords(value: Money, language: Language, irrUnit: IrrDisplayUnit): string {
  const amount = minorUnits(value);
  const info = currencyInfo(value.currency);
  const words = WORDS.get(value.currency);

  let major: UnitName;
  let minor: UnitName;
  let minorPerMajor: bigint;
  if (value.currency === 'IRR' && irrUnit === 'toman') {
    major = TOMAN;
    minor = RIAL_IN_TOMAN;
    minorPerMajor = 10n;
  } else {
    major = { fa: info.nameFa, en: words?.majorEn ?? [info.code, info.code] };
    minor = words?.minor ?? GENERIC_MINOR;
    minorPerMajor = 10n ** BigInt(info.minorDigits);
  }

  const magnitude = amount < 0n ? -amount : amount;
  const majorCount = magnitude / minorPerMajor;
  const minorCount = magnitude % minorPerMajor;

  const parts: string[] = [];
  if (majorCount > 0n || minorCount === 0n) parts.push(spellUnit(majorCount, major, language));
  if (minorCount > 0n) parts.push(spellUnit(minorCount, minor, language));

  const text = parts.join(language === 'fa' ? ' و ' : ' and ');
  if (amount >= 0n) return text;
  return language === 'fa' ? `منفی ${text}` : `minus ${text}`;
}
