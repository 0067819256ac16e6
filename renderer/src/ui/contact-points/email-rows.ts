import type { EmailEntry } from '../../../../shared/entities/common';
import { parseEmail } from '../../../../shared/email/email';
import type { EntryCodec } from './entry-rows';

export type EmailLabel = EmailEntry['label'];

/** Addresses are stored in parseEmail's normal form (trimmed, lower-case, ASCII digits). */
export const emailCodec: EntryCodec<EmailLabel, EmailEntry> = {
  parse(text) {
    const parsed = parseEmail(text);
    return parsed.ok ? { ok: true, stored: parsed.email } : { ok: false, reason: parsed.reason };
  },
  display: (address) => address,
  toEntry: (label, address) => ({ label, address }),
  fromEntry: (entry) => ({ label: entry.label, stored: entry.address }),
};

export function emailErrorKey(): string {
  return 'emails.errors.invalid';
}
