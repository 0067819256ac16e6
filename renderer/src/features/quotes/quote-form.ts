import { addDays, isIsoDate } from '../../../../shared/dates';
import { DEFAULT_VAT_PERCENT, type FieldErrors, type OpportunityDoc, type QuoteDoc, type QuoteInput } from '../../../../shared/entities';
import { findRate, lockRate, type ExchangeRate, type LockedRate } from '../../../../shared/money';
import type { QuoteError } from '../../../../shared/sales';
import { blankLine } from './quote-lines';

/** A proforma is valid for this many days after its issue date unless the user says otherwise. */
export const DEFAULT_VALIDITY_DAYS = 15;

export interface QuoteDefaults {
  /** The business date today ('YYYY-MM-DD'). */
  today: string;
  /** The admin's default VAT rate (settings), e.g. "10". */
  vatPercent: string;
  /** The quote currency when nothing else decides it (the base currency). */
  currency: string;
  ownerId: string;
  newLineId: () => string;
}

export function defaultValidUntil(issueDate: string): string {
  return isIsoDate(issueDate) ? addDays(issueDate, DEFAULT_VALIDITY_DAYS) : '';
}

export function emptyQuote(d: QuoteDefaults, lines: QuoteInput['lines'] = [blankLine(d.newLineId())]): QuoteInput {
  return {
    title: '',
    opportunityId: '',
    accountId: '',
    contactId: '',
    currency: d.currency,
    lines,
    discount: null,
    vatPercent: d.vatPercent || DEFAULT_VAT_PERCENT,
    issueDate: d.today,
    validUntil: defaultValidUntil(d.today),
    status: 'draft',
    rate: null,
    notes: '',
    terms: '',
    ownerId: d.ownerId,
  };
}

export type OpportunityForQuote = Pick<OpportunityDoc, 'id' | 'name' | 'accountId' | 'contactId' | 'amount' | 'productLines'>;

/**
 * A new quote for an opportunity: its name as the title, its customer and contact, its
 * currency; each of its product lines becomes a line to price (one empty line if none).
 */
export function quoteFromOpportunity(opportunity: OpportunityForQuote, d: QuoteDefaults): QuoteInput {
  const lines = opportunity.productLines.length
    ? opportunity.productLines.map((name) => ({ ...blankLine(d.newLineId()), description: name.slice(0, 500) }))
    : undefined;
  return {
    ...emptyQuote({ ...d, currency: opportunity.amount.currency || d.currency }, lines),
    title: opportunity.name.slice(0, 200),
    opportunityId: opportunity.id,
    accountId: opportunity.accountId,
    contactId: opportunity.contactId,
  };
}

/** The editable part of a stored quote. */
export function toQuoteInput(doc: QuoteDoc): QuoteInput {
  const {
    title, opportunityId, accountId, contactId, currency, lines, discount, vatPercent, issueDate, validUntil, status, rate,
    notes, terms, ownerId,
  } = doc;
  return {
    title, opportunityId, accountId, contactId, currency, lines, discount, vatPercent, issueDate, validUntil, status, rate,
    notes, terms, ownerId,
  };
}

/**
 * A new issue date; the validity date moves with it while it is still the default
 * (issue + 15 days), and stays where the user put it otherwise.
 */
export function withIssueDate(form: QuoteInput, issueDate: string): QuoteInput {
  const followed = form.validUntil === '' || form.validUntil === defaultValidUntil(form.issueDate);
  return { ...form, issueDate, validUntil: followed ? defaultValidUntil(issueDate) : form.validUntil };
}

/** What the exchange-rate table says for a quote: quote currency → base currency on the issue date. */
export type QuoteRateLookup =
  | { kind: 'same' }
  | { kind: 'found'; rate: LockedRate }
  | { kind: 'missing' };

export function lookUpQuoteRate(rates: readonly ExchangeRate[], currency: string, baseCurrency: string, issueDate: string): QuoteRateLookup {
  if (currency === baseCurrency) return { kind: 'same' };
  if (!isIsoDate(issueDate)) return { kind: 'missing' };
  try {
    const found = findRate(rates, currency, baseCurrency, issueDate);
    return found ? { kind: 'found', rate: lockRate(found) } : { kind: 'missing' };
  } catch {
    return { kind: 'missing' }; // a malformed rate row must not stop a quote
  }
}

/**
 * The rate stored with the quote. It is snapshotted when the quote is created and kept
 * afterwards (later rate changes never rewrite it), except when the quote's currency has
 * changed since, which needs a rate from the new currency. null: same currency, or no rate
 * existed (the quote is saved anyway).
 */
export function rateToStore(form: Pick<QuoteInput, 'currency' | 'rate'>, isNew: boolean, lookup: QuoteRateLookup): LockedRate | null {
  if (lookup.kind === 'same') return null;
  if (!isNew && form.rate !== null && form.rate.from === form.currency) return form.rate;
  return lookup.kind === 'found' ? lookup.rate : null;
}

function valueAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), root);
}

/**
 * The errors the editor shows. The amounts are checked live as the user types, and that
 * check replaces whatever the last save said about them; an empty field is left for Save
 * to call missing. Other errors from the last save stay until their field is edited.
 */
export function editorErrors(saved: FieldErrors, live: readonly QuoteError[], form: QuoteInput): FieldErrors {
  const out: FieldErrors = {};
  for (const e of live) if (valueAt(form, e.path) !== '') out[e.path] ??= e.code;
  for (const [path, key] of Object.entries(saved)) if (!key.startsWith('quotes:errors.')) out[path] ??= key;
  return out;
}

/** The errors without those of `paths` (and, unless `exact`, of every field under them). */
export function withoutErrors(errors: FieldErrors, paths: readonly string[], exact = false): FieldErrors {
  const kept = Object.entries(errors).filter(([p]) => !paths.some((x) => p === x || (!exact && p.startsWith(`${x}.`))));
  return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
}
