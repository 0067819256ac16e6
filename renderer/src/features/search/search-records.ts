import type {
  AccountDoc, ContactDoc, EmailEntry, LeadDoc, OpportunityDoc, PhoneEntry, ProductDoc,
} from '../../../../shared/entities';
import type { SearchableRecord } from '../../../../shared/search';
import { leadSubtitle } from '../leads/lead-model';

/** Phones (E.164) and emails of an account, contact or lead, as the index takes them. */
function phonesAndEmails(r: { phones: PhoneEntry[]; emails: EmailEntry[] }): Pick<SearchableRecord, 'phones' | 'emails'> {
  return { phones: r.phones.map((p) => p.e164), emails: r.emails.map((e) => e.address) };
}

/** A record's own name, then its account's: a contact or a deal is found by either. */
const withAccountName = (name: string, accountName: string | undefined): string[] => (accountName ? [name, accountName] : [name]);

export function accountSearchRecord(a: AccountDoc): SearchableRecord {
  return {
    id: a.id,
    kind: 'account',
    title: a.name,
    subtitle: a.address.city || undefined,
    names: [a.name],
    ...phonesAndEmails(a),
  };
}

/** A contact is also found by its company's name ("search by company"). */
export function contactSearchRecord(c: ContactDoc, accountName: string | undefined): SearchableRecord {
  return {
    id: c.id,
    kind: 'contact',
    title: c.fullName,
    subtitle: [c.jobTitle, accountName].filter(Boolean).join(' · ') || undefined,
    names: withAccountName(c.fullName, accountName),
    ...phonesAndEmails(c),
  };
}

/** A lead is found by the person's name and by the company's (its display name is either). */
export function leadSearchRecord(l: LeadDoc): SearchableRecord {
  return {
    id: l.id,
    kind: 'lead',
    title: l.displayName,
    subtitle: leadSubtitle(l) || undefined,
    names: [l.displayName, l.companyName],
    ...phonesAndEmails(l),
  };
}

/**
 * An opportunity is also found by its account's name. The stage is not shown: built-in
 * stage names are translated on screen, and a stage edit would have to re-index deals.
 */
export function opportunitySearchRecord(o: OpportunityDoc, accountName: string | undefined): SearchableRecord {
  return {
    id: o.id,
    kind: 'opportunity',
    title: o.name,
    subtitle: accountName || undefined,
    names: withAccountName(o.name, accountName),
    phones: [],
    emails: [],
  };
}

export function productSearchRecord(p: ProductDoc): SearchableRecord {
  return {
    id: p.id,
    kind: 'product',
    title: p.name,
    subtitle: [p.sku, p.category].filter(Boolean).join(' · ') || undefined,
    names: [p.name],
    phones: [],
    emails: [],
    skus: [p.sku],
  };
}
