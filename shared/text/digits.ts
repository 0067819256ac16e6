// Persian (U+06F0–06F9) and Arabic-Indic (U+0660–0669) digits arrive from Persian and
// Arabic keyboards and from Intl output; everything we store or parse uses ASCII digits.
const PERSIAN_ZERO = 0x06f0;
const ARABIC_ZERO = 0x0660;

export function toLatinDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - ARABIC_ZERO);
  });
}

export function toPersianDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(PERSIAN_ZERO + Number(d)));
}

export type DigitStyle = 'persian' | 'latin';

export function withDigits(text: string, digits: DigitStyle): string {
  return digits === 'persian' ? toPersianDigits(text) : toLatinDigits(text);
}
