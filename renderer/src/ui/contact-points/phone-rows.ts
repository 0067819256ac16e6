import type { PhoneEntry } from '../../../../shared/entities/common';
import { formatPhone, parsePhone, type ParsedPhone } from '../../../../shared/phone/phone';
import type { EntryCodec } from './entry-rows';

export type PhoneLabel = PhoneEntry['label'];
type PhoneFailure = Extract<ParsedPhone, { ok: false }>['reason'];

/** Iranian numbers are shown the way Iranians write them ("0912 123 4567"), others as +CC. */
export const phoneCodec: EntryCodec<PhoneLabel, PhoneEntry> = {
  parse(text) {
    const parsed = parsePhone(text, 'IR');
    return parsed.ok ? { ok: true, stored: parsed.e164 } : { ok: false, reason: parsed.reason };
  },
  display: (e164) => formatPhone(e164, 'national'),
  toEntry: (label, e164) => ({ label, e164 }),
  fromEntry: (entry) => ({ label: entry.label, stored: entry.e164 }),
};

export const PHONE_ERROR_KEYS: Record<Exclude<PhoneFailure, 'empty'>, string> = {
  invalid: 'phones.errors.invalid',
  tooShort: 'phones.errors.tooShort',
  tooLong: 'phones.errors.tooLong',
};

export function phoneErrorKey(reason: string): string {
  return PHONE_ERROR_KEYS[reason as keyof typeof PHONE_ERROR_KEYS] ?? PHONE_ERROR_KEYS.invalid;
}
