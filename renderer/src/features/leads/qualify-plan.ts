import {
  accountDocSchema, buildAccountDoc, buildContactDoc, buildLeadDoc, buildOpportunityDoc, contactDocSchema, contactFullName,
  EMPTY_ADDRESS, leadDocSchema, opportunityDocSchema, validate,
  type AccountDoc, type AccountInput, type ContactDoc, type ContactInput, type FieldErrors, type LeadChannel, type LeadDoc,
  type OpportunityDoc, type OpportunityInput,
} from '../../../../shared/entities';
import type { Money } from '../../../../shared/money';
import type { PipelineStage } from '../../../../shared/sales';
import type { Actor } from '../../db/records';
import { leadInputOf } from './lead-model';
import type { RecordChoice } from './qualify-matching';
import { stableId } from './stable-id';

/**
 * Qualifying a lead (GLOSSARY: تبدیل سرنخ) as a plan of documents to write, built and
 * validated before anything is written: the account and the contact (new or existing), the
 * opportunity, and last the lead itself marked «qualified» with links to all three. The
 * writer (qualify-lead.ts) writes them in that order, so a failure midway never leaves a
 * qualified lead pointing at nothing. New records get ids derived from the lead's id: a retry
 * finds what the failed attempt already wrote instead of creating it twice.
 */

export function qualifyIds(leadId: string): { account: string; contact: string; opportunity: string } {
  return {
    account: stableId('acc', `qualify:${leadId}`),
    contact: stableId('con', `qualify:${leadId}`),
    opportunity: stableId('opp', `qualify:${leadId}`),
  };
}

export interface QualifyRequest {
  account: RecordChoice;
  contact: RecordChoice;
  /** Defaults to the company's name, else the lead's. */
  opportunityName?: string;
  /** Defaults to the lead's estimated value, else 0 in the base currency. */
  amount?: Money;
  /** Defaults to the first active stage. */
  stageId?: string;
}

export interface QualifyContext {
  actor: Actor;
  /** ISO instant. */
  now: string;
  stages: readonly PipelineStage[];
  baseCurrency: string;
}

export interface QualifyPlan {
  /** Records to create (null: an existing one is linked, or none). */
  account: AccountDoc | null;
  contact: ContactDoc | null;
  opportunity: OpportunityDoc;
  /** The lead as it will be stored: qualified, with accountId/contactId/opportunityId/qualifiedAt. */
  lead: LeadDoc;
}

/** The first stage an admin has not switched off, in board order. */
export function firstActiveStage(stages: readonly PipelineStage[]): PipelineStage | null {
  return [...stages].filter((s) => s.active).sort((a, b) => a.order - b.order)[0] ?? null;
}

export function defaultOpportunityName(lead: Pick<LeadDoc, 'companyName' | 'displayName'>): string {
  return lead.companyName.trim() || lead.displayName;
}

export function defaultOpportunityAmount(lead: Pick<LeadDoc, 'estimatedValue'>, baseCurrency: string): Money {
  return lead.estimatedValue ?? { amountMinor: 0, currency: baseCurrency };
}

const PREFERRED: Partial<Record<LeadChannel, ContactInput['preferredChannel']>> = {
  phone: 'phone', sms: 'sms', email: 'email', inPerson: 'inPerson', social: 'social',
};

/** A new account from the lead: its company, city, and the phones that are not someone's mobile. */
export function accountFromLead(lead: LeadDoc, ownerId: string): AccountInput {
  // A lead with no person behind it is the company: everything it has is the company's.
  const companyOnly = !contactFullName(lead);
  return {
    name: lead.companyName.trim(), kind: 'prospect', industry: '', segment: '',
    phones: companyOnly ? lead.phones : lead.phones.filter((p) => p.label !== 'mobile'),
    emails: companyOnly ? lead.emails : [],
    website: '', address: { ...EMPTY_ADDRESS, city: lead.city }, tags: [], notes: '',
    nationalId: '', economicCode: '', creditLimit: null, ownerId,
  };
}

/** A new contact from the lead: the person, their phones and e-mails, at the chosen account. */
export function contactFromLead(lead: LeadDoc, accountId: string, ownerId: string): ContactInput {
  return {
    firstName: lead.firstName, lastName: lead.lastName, jobTitle: lead.jobTitle, accountId,
    phones: lead.phones, emails: lead.emails, website: '', address: { ...EMPTY_ADDRESS, city: lead.city },
    segment: '', tags: lead.tags, preferredChannel: PREFERRED[lead.channel] ?? '', notes: '', ownerId,
  };
}

type Planned = { ok: true; plan: QualifyPlan } | { ok: false; errors: FieldErrors };

const prefixed = (prefix: string, errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([path, key]) => [`${prefix}.${path}`, key]));

/** Every document of the qualification, validated with the shared schemas; nothing is written here. */
export function planQualification(lead: LeadDoc, request: QualifyRequest, ctx: QualifyContext): Planned {
  if (lead.status === 'qualified') return { ok: false, errors: { _: 'leads:qualify.alreadyQualified' } };
  const ids = qualifyIds(lead.id);
  const { actor, now } = ctx;
  const meta = (id: string) => ({ id, teamId: actor.teamId, createdAt: now, updatedAt: now });
  const errors: FieldErrors = {};

  let account: AccountDoc | null = null;
  let accountId = '';
  if (request.account.mode === 'existing') accountId = request.account.id;
  if (request.account.mode === 'new') {
    const built = validate(accountDocSchema, buildAccountDoc(accountFromLead(lead, actor.userId), meta(ids.account)));
    if (built.ok) {
      account = built.value;
      accountId = account.id;
    } else Object.assign(errors, prefixed('account', built.errors));
  }

  let contact: ContactDoc | null = null;
  let contactId = '';
  if (request.contact.mode === 'existing') contactId = request.contact.id;
  if (request.contact.mode === 'new') {
    const built = validate(contactDocSchema, buildContactDoc(contactFromLead(lead, accountId, actor.userId), meta(ids.contact)));
    if (built.ok) {
      contact = built.value;
      contactId = contact.id;
    } else Object.assign(errors, prefixed('contact', built.errors));
  }

  const stage = request.stageId ? ctx.stages.find((s) => s.id === request.stageId) : firstActiveStage(ctx.stages);
  if (!stage) errors['opportunity.stageId'] = 'validation:required';
  const opportunityInput: OpportunityInput = {
    name: request.opportunityName ?? defaultOpportunityName(lead),
    accountId, contactId, leadId: lead.id,
    stageId: stage?.id ?? '', probability: stage?.probability ?? 0,
    amount: request.amount ?? defaultOpportunityAmount(lead, ctx.baseCurrency),
    expectedCloseDate: '', need: '', proposedSolution: '', competitors: [], productLines: [],
    status: 'open', closeReason: '', closedAt: null, lockedRate: null, ownerId: actor.userId,
  };
  const opportunity = validate(opportunityDocSchema, buildOpportunityDoc(opportunityInput, meta(ids.opportunity)));
  if (!opportunity.ok) Object.assign(errors, prefixed('opportunity', opportunity.errors));

  const qualified = validate(
    leadDocSchema,
    buildLeadDoc(
      { ...leadInputOf(lead), status: 'qualified', disqualifyReason: '', accountId, contactId, opportunityId: ids.opportunity, qualifiedAt: now },
      { id: lead.id, teamId: lead.teamId, createdAt: lead.createdAt, updatedAt: now },
    ),
  );
  if (!qualified.ok) Object.assign(errors, prefixed('lead', qualified.errors));

  if (Object.keys(errors).length > 0 || !opportunity.ok || !qualified.ok) return { ok: false, errors };
  return { ok: true, plan: { account, contact, opportunity: opportunity.value, lead: qualified.value } };
}
