import type { RxCollection } from 'rxdb';
import {
  buildLeadDoc, leadDocSchema, validate, type LeadDoc,
} from '../../../../shared/entities';
import type { PeyvandDatabase } from '../../db/database';
import { leadInputOf } from './lead-model';
import type { QualifyPlan } from './qualify-plan';

export type QualifyResult =
  | { ok: true; lead: LeadDoc; created: { account: boolean; contact: boolean; opportunity: boolean } }
  | { ok: false; error: 'recordGone' | 'alreadyQualified' | 'invalid' | 'writeFailed'; detail: string };

/**
 * Writes a qualification plan: the new account, contact and opportunity first, the lead last.
 * A record that a failed earlier attempt already created (same derived id) is reused, not
 * written again; a reused opportunity is pointed at the account and contact chosen now. If
 * anything fails, the lead is left as it was: never «qualified» with links to nothing.
 */
export async function executeQualification(db: PeyvandDatabase, plan: QualifyPlan): Promise<QualifyResult> {
  const created = { account: false, contact: false, opportunity: false };
  try {
    if (plan.account) created.account = await insertUnlessPresent(db.accounts, plan.account);
    if (plan.contact) created.contact = await insertUnlessPresent(db.contacts, plan.contact);
    created.opportunity = await insertUnlessPresent(db.opportunities, plan.opportunity);
    if (!created.opportunity) {
      const existing = await db.opportunities.findOne(plan.opportunity.id).exec();
      const { accountId, contactId, leadId } = plan.opportunity;
      if (existing && (existing.accountId !== accountId || existing.contactId !== contactId || existing.leadId !== leadId)) {
        await existing.incrementalPatch({ accountId, contactId, leadId });
      }
    }

    // The lead as it is now (it may have been edited while the screen was open), with the qualification applied.
    const current = await db.leads.findOne(plan.lead.id).exec();
    if (!current) return { ok: false, error: 'recordGone', detail: plan.lead.id };
    const now = current.toJSON() as LeadDoc;
    if (now.status === 'qualified') return { ok: false, error: 'alreadyQualified', detail: now.opportunityId };
    const { status, disqualifyReason, accountId, contactId, opportunityId, qualifiedAt, updatedAt } = plan.lead;
    const next = validate(
      leadDocSchema,
      buildLeadDoc(
        { ...leadInputOf(now), status, disqualifyReason, accountId, contactId, opportunityId, qualifiedAt },
        { id: now.id, teamId: now.teamId, createdAt: now.createdAt, updatedAt },
      ),
    );
    if (!next.ok) return { ok: false, error: 'invalid', detail: JSON.stringify(next.errors) };
    await db.leads.incrementalUpsert(next.value as never);
    return { ok: true, lead: next.value, created };
  } catch (err) {
    return { ok: false, error: 'writeFailed', detail: err instanceof Error ? err.message : String(err) };
  }
}

/** true if written now; false if a live document with that id was already there. */
async function insertUnlessPresent<D extends { id: string }>(collection: RxCollection<D>, doc: D): Promise<boolean> {
  const existing = await collection.findOne(doc.id).exec();
  if (existing) return false;
  // A soft-deleted one (the user deleted what a failed attempt made) is written anew: they are qualifying again.
  await collection.incrementalUpsert(doc as never);
  return true;
}
