import { type AccountDoc, type AccountInput } from './account';
import { type ActivityDoc, type ActivityInput } from './activity';
import { contactFullName, type ContactDoc, type ContactInput } from './contact';
import { leadDisplayName, type LeadDoc, type LeadInput } from './lead';
import { type OpportunityDoc, type OpportunityInput } from './opportunity';
import { type ProductDoc, type ProductInput } from './product';
import { storedQuoteTotals, type QuoteDoc, type QuoteInput } from './quote';
import { instantToBusinessDate } from '../dates/instant';
import { latestFirstKey, nameSortKey } from './sort-keys';

/** System columns the writer supplies; derived keys are computed here so every writer agrees. */
export interface DocMeta {
  id: string;
  teamId: string;
  createdAt: string;
  updatedAt: string;
}

export function buildAccountDoc(input: AccountInput, meta: DocMeta): AccountDoc {
  return {
    ...input,
    ...meta,
    sortName: nameSortKey(input.name, meta.id),
    sortUpdated: latestFirstKey(meta.updatedAt, meta.id),
  };
}

export function buildContactDoc(input: ContactInput, meta: DocMeta): ContactDoc {
  const fullName = contactFullName(input);
  return {
    ...input,
    ...meta,
    fullName,
    sortName: nameSortKey(fullName, meta.id),
    sortUpdated: latestFirstKey(meta.updatedAt, meta.id),
  };
}

export const NO_DUE_DATE = '9999-12-31';

/**
 * The business day an activity sits on in the agenda and calendar: its due date, or for a
 * meeting without one (imported, older devices) the day it starts in Tehran.
 */
export function activityDay(a: Pick<ActivityInput, 'type' | 'dueDate' | 'occurredAt'>): string {
  if (a.dueDate) return a.dueDate;
  return a.type === 'meeting' && a.occurredAt ? instantToBusinessDate(a.occurredAt) : '';
}

export function buildActivityDoc(input: ActivityInput, meta: DocMeta): ActivityDoc {
  return {
    ...input,
    ...meta,
    timelineKey: latestFirstKey(input.occurredAt, meta.id),
    dueKey: `${activityDay(input) || NO_DUE_DATE}\u0001${meta.id}`,
  };
}

export function buildLeadDoc(input: LeadInput, meta: DocMeta): LeadDoc {
  const displayName = leadDisplayName(input);
  return {
    ...input,
    ...meta,
    displayName,
    sortName: nameSortKey(displayName, meta.id),
    sortUpdated: latestFirstKey(meta.updatedAt, meta.id),
  };
}

export function buildOpportunityDoc(input: OpportunityInput, meta: DocMeta): OpportunityDoc {
  return { ...input, ...meta, sortName: nameSortKey(input.name, meta.id), sortUpdated: latestFirstKey(meta.updatedAt, meta.id) };
}

export function buildProductDoc(input: ProductInput, meta: DocMeta): ProductDoc {
  return { ...input, ...meta, sortName: nameSortKey(input.name, meta.id), sortUpdated: latestFirstKey(meta.updatedAt, meta.id) };
}

/** Numbering is the writer's (see quote.ts); totals come from the lines. `input` must be valid. */
export function buildQuoteDoc(input: QuoteInput, meta: DocMeta & Pick<QuoteDoc, 'provisionalNumber' | 'number'>): QuoteDoc {
  const totals = storedQuoteTotals(input);
  if (!totals) throw new Error('buildQuoteDoc: the quote does not compute; validate it first');
  return { ...input, ...meta, totals, sortUpdated: latestFirstKey(meta.updatedAt, meta.id) };
}
