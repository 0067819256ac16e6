import type { AccountDoc, ContactDoc } from '../../../../shared/entities';
import type { SearchableRecord } from '../../../../shared/search';

export function accountSearchRecord(a: AccountDoc): SearchableRecord {
  return {
    id: a.id,
    kind: 'account',
    title: a.name,
    subtitle: a.address.city || undefined,
    names: [a.name],
    phones: a.phones.map((p) => p.e164),
    emails: a.emails.map((e) => e.address),
  };
}

/** A contact is also found by its company's name ("search by company"). */
export function contactSearchRecord(c: ContactDoc, accountName: string | undefined): SearchableRecord {
  return {
    id: c.id,
    kind: 'contact',
    title: c.fullName,
    subtitle: [c.jobTitle, accountName].filter(Boolean).join(' · ') || undefined,
    names: [c.fullName, ...(accountName ? [accountName] : [])],
    phones: c.phones.map((p) => p.e164),
    emails: c.emails.map((e) => e.address),
  };
}
