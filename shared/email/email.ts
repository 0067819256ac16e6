import { toLatinDigits } from '../text/digits';

// Practical validation, not RFC 5322: what people actually type into a CRM, with the
// mistakes worth catching (spaces, a missing TLD, two @). Quoted local parts and IP
// literals are refused; Unicode (IDN) domains and local parts are allowed.

export type ParsedEmail = { ok: true; email: string } | { ok: false; reason: 'empty' | 'invalid' };

export const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
const MAX_LABEL_LENGTH = 63;

// Invisible marks that come along when an address is copied out of RTL text.
const INVISIBLES = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const LOCAL_PART = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;
// A TLD is letters (any script, for IDN TLDs such as ایران) or an xn-- punycode label.
const TOP_LEVEL_DOMAIN = /^(?:[\p{L}\p{M}]{2,}|xn--[a-z0-9-]+)$/u;

/** Trimmed, NFKC, ASCII digits, lower-cased: the stored and compared form of an address. */
export function emailSearchKey(email: string): string {
  return toLatinDigits(email.normalize('NFKC')).replace(INVISIBLES, '').trim().toLowerCase();
}

export function parseEmail(input: string): ParsedEmail {
  const email = emailSearchKey(input);
  if (email === '') return { ok: false, reason: 'empty' };
  if (email.length > MAX_EMAIL_LENGTH) return { ok: false, reason: 'invalid' };
  const at = email.indexOf('@');
  if (at <= 0 || at !== email.lastIndexOf('@')) return { ok: false, reason: 'invalid' };
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  const tld = labels[labels.length - 1] ?? '';
  const valid =
    local.length <= MAX_LOCAL_LENGTH &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => label.length <= MAX_LABEL_LENGTH && DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL_DOMAIN.test(tld);
  return valid ? { ok: true, email } : { ok: false, reason: 'invalid' };
}
