import { toLatinDigits } from '../text/digits';

/** A number as typed, split into its parts; digits are ASCII, grouping removed. */
export interface NumberText {
  negative: boolean;
  intDigits: string;
  fracDigits: string;
}

export type ReadNumberResult = { ok: true; value: NumberText } | { ok: false; reason: 'empty' | 'invalid' };

// Invisible direction marks arrive with text copied from Intl output or RTL documents.
const BIDI_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
const MINUS = /^[-\u2212+]/;
// Grouping: ASCII comma, Arabic thousands separator U+066C, and the spaces people and
// Intl put between groups (space, no-break, narrow no-break, thin).
const GROUP = '[,\u066C \u00A0\u202F\u2009]';
const GROUPED_INT = new RegExp(`^\\d{1,3}(?:${GROUP}\\d{3})+$`);

/**
 * Reads a plain decimal number. Grouping separators are optional, but where present
 * every group after the first must have exactly three digits, so "1,5" (a typo for 1.5)
 * is rejected instead of silently read as 15.
 */
export function readNumberText(text: string, options: { slashIsDecimal: boolean }): ReadNumberResult {
  let rest = toLatinDigits(text.replace(BIDI_CONTROLS, '')).trim();
  if (rest === '') return { ok: false, reason: 'empty' };

  const sign = MINUS.exec(rest)?.[0];
  const negative = sign === '-' || sign === '\u2212';
  if (sign) rest = rest.slice(1).trimStart();

  const decimalPoint = options.slashIsDecimal ? /[.\u066B/]/ : /[.\u066B]/;
  const [intPart = '', fracPart, ...extra] = rest.split(decimalPoint);
  if (extra.length > 0) return { ok: false, reason: 'invalid' };
  if (fracPart !== undefined && !/^\d*$/.test(fracPart)) return { ok: false, reason: 'invalid' };
  if (!/^\d*$/.test(intPart) && !GROUPED_INT.test(intPart)) return { ok: false, reason: 'invalid' };

  const intDigits = intPart.replace(/\D/g, '');
  const fracDigits = fracPart ?? '';
  if (intDigits === '' && fracDigits === '') return { ok: false, reason: 'invalid' };
  return { ok: true, value: { negative, intDigits, fracDigits } };
}
