import { type SearchKind } from '../search/types';
import { sortKeyFor } from '../text/collation';
import { nameKey } from '../text/normalize';

// Duplicate warnings when a record is created or edited: another record of the same
// kind with the same phone, the same email or the same name. A shared phone between a
// contact and an account (a switchboard) is normal, so kinds never cross.

export type DuplicateReason = 'phone' | 'email' | 'name';

export interface DuplicateLookupHit {
  id: string;
  kind: SearchKind;
  title: string;
}

/** Exact lookups over the existing records; SearchIndex implements it. */
export interface DuplicateLookup {
  /** Records with this E.164 number. */
  byPhone(e164: string): DuplicateLookupHit[];
  /** Records with this email, compared case-insensitively. */
  byEmail(email: string): DuplicateLookupHit[];
  /** Records of `kind` whose display name has this nameKey() (raw names are keyed too). */
  byNormalizedName(kind: SearchKind, compactName: string): DuplicateLookupHit[];
}

export interface DuplicateCandidateInput {
  kind: SearchKind;
  /** The record being edited, which is not its own duplicate. */
  id?: string;
  /**
   * Full names of the candidate, each compared whole: the display name (for a contact
   * "first last", not the parts), and for an account any other name it trades under.
   */
  names: string[];
  /** E.164. */
  phones: string[];
  emails: string[];
}

export interface DuplicateMatch extends DuplicateLookupHit {
  reasons: DuplicateReason[];
}

const REASON_ORDER: readonly DuplicateReason[] = ['phone', 'email', 'name'];

/**
 * Existing records that look like `candidate`, most reasons first (then phone before
 * email before name, then by title in Persian order). Empty names, phones and emails
 * are skipped.
 */
export function findDuplicates(candidate: DuplicateCandidateInput, index: DuplicateLookup): DuplicateMatch[] {
  const matches = new Map<string, DuplicateMatch>();
  const note = (hits: DuplicateLookupHit[], reason: DuplicateReason): void => {
    for (const hit of hits) {
      if (hit.kind !== candidate.kind || hit.id === candidate.id) continue;
      const match = matches.get(hit.id) ?? { id: hit.id, kind: hit.kind, title: hit.title, reasons: [] };
      if (!match.reasons.includes(reason)) match.reasons.push(reason);
      matches.set(hit.id, match);
    }
  };
  for (const phone of distinct(candidate.phones)) note(index.byPhone(phone), 'phone');
  for (const email of distinct(candidate.emails)) note(index.byEmail(email), 'email');
  for (const name of distinct(candidate.names.map(nameKey))) note(index.byNormalizedName(candidate.kind, name), 'name');

  const ranked = [...matches.values()].map((match) => {
    match.reasons.sort((a, b) => REASON_ORDER.indexOf(a) - REASON_ORDER.indexOf(b));
    return { match, strongest: REASON_ORDER.indexOf(match.reasons[0] as DuplicateReason), order: sortKeyFor(match.title) };
  });
  ranked.sort(
    (a, b) =>
      b.match.reasons.length - a.match.reasons.length ||
      a.strongest - b.strongest ||
      compare(a.order, b.order) ||
      compare(a.match.id, b.match.id),
  );
  return ranked.map(({ match }) => match);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function distinct(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}
