import {
  buildLeadDoc, leadDocSchema, leadInputSchema, type LeadDoc, type LeadInput, type LeadStatus,
} from '../../../../shared/entities';
import type { PeyvandDatabase } from '../../db/database';
import { saveRecord, type Actor } from '../../db/records';

/** A lead's business rules that are not field validation (that is shared/entities/lead.ts). */

export function emptyLead(ownerId: string): LeadInput {
  return {
    firstName: '', lastName: '', companyName: '', jobTitle: '', phones: [], emails: [], city: '', source: '', channel: '',
    status: 'new', disqualifyReason: '', estimatedValue: null, tags: [], notes: '',
    accountId: '', contactId: '', opportunityId: '', qualifiedAt: null, ownerId,
  };
}

export function leadInputOf(doc: LeadDoc): LeadInput {
  const {
    firstName, lastName, companyName, jobTitle, phones, emails, city, source, channel, status, disqualifyReason,
    estimatedValue, tags, notes, accountId, contactId, opportunityId, qualifiedAt, ownerId,
  } = doc;
  return {
    firstName, lastName, companyName, jobTitle, phones, emails, city, source, channel, status, disqualifyReason,
    estimatedValue, tags, notes, accountId, contactId, opportunityId, qualifiedAt, ownerId,
  };
}

/** The status buttons of a lead's page. Qualifying has its own screen (it creates records). */
export type LeadAction = 'markContacted' | 'qualify' | 'disqualify' | 'reopen';

export function leadActions(status: LeadStatus): LeadAction[] {
  switch (status) {
    case 'new':
      return ['markContacted', 'qualify', 'disqualify'];
    case 'contacted':
      return ['qualify', 'disqualify'];
    case 'disqualified':
      return ['reopen'];
    case 'qualified':
      return [];
  }
}

/**
 * The lead after a status button. Disqualifying needs a reason (the schema refuses an empty
 * one); reopening a disqualified lead makes it «contacted» again (someone did talk to them)
 * and clears the reason.
 */
export function withStatusAction(input: LeadInput, action: Exclude<LeadAction, 'qualify'>, reason = ''): LeadInput {
  switch (action) {
    case 'markContacted':
      return { ...input, status: 'contacted' };
    case 'disqualify':
      return { ...input, status: 'disqualified', disqualifyReason: reason.trim() };
    case 'reopen':
      return { ...input, status: 'contacted', disqualifyReason: '' };
  }
}

/** The statuses a form may set: «qualified» only comes from qualifying, and is then final. */
export function formStatuses(current: LeadStatus): LeadStatus[] {
  return current === 'qualified' ? ['qualified'] : ['new', 'contacted', 'disqualified'];
}

export function saveLead(db: PeyvandDatabase, input: LeadInput, actor: Actor, id?: string) {
  return saveRecord({ collection: db.leads, inputSchema: leadInputSchema, docSchema: leadDocSchema, build: buildLeadDoc, input, id, actor });
}

/** Applies a status button through the one validated write path. */
export function applyLeadAction(db: PeyvandDatabase, doc: LeadDoc, action: Exclude<LeadAction, 'qualify'>, actor: Actor, reason = '') {
  return saveLead(db, withStatusAction(leadInputOf(doc), action, reason), actor, doc.id);
}

/** What the list and the page show under the name: the company (if the name is a person's), job title, city. */
export function leadSubtitle(lead: Pick<LeadDoc, 'firstName' | 'lastName' | 'companyName' | 'jobTitle' | 'city'>): string {
  const person = Boolean(lead.firstName.trim() || lead.lastName.trim());
  return [person ? lead.companyName : '', lead.jobTitle, lead.city].map((s) => s.trim()).filter(Boolean).join(' · ');
}
