import {
  buildOpportunityDoc, opportunityDocSchema, opportunityInputSchema, type OpportunityDoc, type OpportunityInput,
} from '../../../../shared/entities';
import type { PeyvandDatabase } from '../../db/database';
import { saveRecord, type Actor, type SaveResult } from '../../db/records';
import { opportunityToInput } from './opportunity-form';

/**
 * Changes some fields of a stored opportunity through the one validated write path
 * (saveRecord): the current record is read, the patch applied, and the whole validated.
 */
export async function patchOpportunity(
  db: PeyvandDatabase,
  id: string,
  patch: Partial<OpportunityInput>,
  actor: Actor,
): Promise<SaveResult<OpportunityDoc>> {
  const current = await db.opportunities.findOne(id).exec();
  if (!current) return { ok: false, errors: { _: 'validation:recordGone' } };
  const input = { ...opportunityToInput(current.toJSON() as OpportunityDoc), ...patch };
  return saveRecord({
    collection: db.opportunities, inputSchema: opportunityInputSchema, docSchema: opportunityDocSchema, build: buildOpportunityDoc,
    input, id, actor,
  });
}
