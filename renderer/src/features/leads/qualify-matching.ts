import { findDuplicates, type DuplicateLookup, type DuplicateMatch } from '../../../../shared/duplicates';
import { contactFullName, type LeadInput } from '../../../../shared/entities';

/**
 * Existing accounts and contacts a lead may already be (GLOSSARY: qualify "creates or links").
 * The same matching as the duplicate warnings of the account and contact forms: the
 * normalized name (Arabic-keyboard letters, ZWNJ, spacing and punctuation do not matter),
 * the E.164 phone, the e-mail compared case-insensitively. The lookup is the in-memory
 * search index over accounts and contacts, so nothing scans IndexedDB.
 */
export interface QualifyMatches {
  accounts: DuplicateMatch[];
  contacts: DuplicateMatch[];
}

const MAX_MATCHES = 5;

export function findQualifyMatches(lead: LeadInput, lookup: DuplicateLookup): QualifyMatches {
  const phones = lead.phones.map((p) => p.e164);
  const emails = lead.emails.map((e) => e.address);
  const person = contactFullName(lead);
  const company = lead.companyName.trim();
  // Without a company name only a phone or e-mail can point at an account (a switchboard number).
  const accounts = findDuplicates({ kind: 'account', names: company ? [company] : [], phones, emails }, lookup);
  // For a company its name is the strongest sign (a lead's phone is often a person's mobile); findDuplicates ranks phone first.
  const byName = (m: DuplicateMatch) => (m.reasons.includes('name') ? 0 : 1);
  accounts.sort((a, b) => b.reasons.length - a.reasons.length || byName(a) - byName(b));
  return {
    accounts: accounts.slice(0, MAX_MATCHES),
    contacts: findDuplicates({ kind: 'contact', names: person ? [person] : [], phones, emails }, lookup).slice(0, MAX_MATCHES),
  };
}

/** Link to a record that exists, create one from the lead, or leave it out. */
export type RecordChoice = { mode: 'existing'; id: string } | { mode: 'new' } | { mode: 'none' };

/**
 * What the qualify screen proposes before the user changes anything. An account with the
 * same name is the company (names of companies are distinctive); for a person a same name is
 * not enough (two «علی محمدی»), a same phone or e-mail is. Otherwise a new record when the
 * lead has what it needs (a company name; a person's name), else none.
 */
export function defaultChoices(lead: LeadInput, matches: QualifyMatches): { account: RecordChoice; contact: RecordChoice } {
  const account = matches.accounts.find((m) => m.reasons.includes('name'));
  const contact = matches.contacts.find((m) => m.reasons.includes('phone') || m.reasons.includes('email'));
  return {
    account: account ? { mode: 'existing', id: account.id } : lead.companyName.trim() ? { mode: 'new' } : { mode: 'none' },
    contact: contact ? { mode: 'existing', id: contact.id } : contactFullName(lead) ? { mode: 'new' } : { mode: 'none' },
  };
}
