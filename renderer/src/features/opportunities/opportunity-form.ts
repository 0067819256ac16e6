import { z } from 'zod';
import { opportunityInputSchema, type OpportunityDoc, type OpportunityInput } from '../../../../shared/entities';
import type { Money } from '../../../../shared/money';
import { stageProbability, type PipelineStage } from '../../../../shared/sales';

/** The form's state: an opportunity whose amount may still be empty. */
export type OpportunityForm = Omit<OpportunityInput, 'amount'> & { amount: Money | null };

/** A new opportunity: first active stage, its default probability, no amount yet. */
export function emptyOpportunity(ownerId: string, stages: readonly PipelineStage[]): OpportunityForm {
  const first = stages.find((s) => s.active) ?? stages[0];
  return {
    name: '', accountId: '', contactId: '', leadId: '',
    stageId: first?.id ?? '', probability: first?.probability ?? 0,
    amount: null, expectedCloseDate: '', need: '', proposedSolution: '', competitors: [], productLines: [],
    status: 'open', closeReason: '', closedAt: null, lockedRate: null, ownerId,
  };
}

/** The editable part of a stored opportunity (everything but system and derived fields). */
export function opportunityToInput(doc: OpportunityDoc): OpportunityInput {
  const {
    name, accountId, contactId, leadId, stageId, probability, amount, expectedCloseDate, need, proposedSolution,
    competitors, productLines, status, closeReason, closedAt, lockedRate, ownerId,
  } = doc;
  return {
    name, accountId, contactId, leadId, stageId, probability, amount, expectedCloseDate, need, proposedSolution,
    competitors, productLines, status, closeReason, closedAt, lockedRate, ownerId,
  };
}

/**
 * The shared input schema, with an empty amount reported as "required" next to the amount
 * field (instead of a generic "invalid") together with every other problem at once.
 */
export const opportunityFormSchema: z.ZodType<OpportunityInput> = z.unknown().transform((value, ctx) => {
  const form = value as Partial<OpportunityForm> | null;
  const amountMissing = !!form && typeof form === 'object' && (form.amount === null || form.amount === undefined);
  const result = opportunityInputSchema.safeParse(value);
  if (amountMissing) ctx.addIssue({ code: 'custom', message: 'validation:required', path: ['amount'] });
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (amountMissing && issue.path[0] === 'amount') continue;
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  }
  return result.success ? result.data : z.NEVER;
});

/**
 * Picking a stage brings its default probability, unless the user has typed a probability
 * of their own in this form.
 */
export function withStage(form: OpportunityForm, stageId: string, stages: readonly PipelineStage[], probabilityEdited: boolean): OpportunityForm {
  return { ...form, stageId, probability: probabilityEdited ? form.probability : stageProbability(stages, stageId) };
}

/** An edited record's probability counts as the user's own when it differs from its stage's default. */
export function probabilityIsCustom(form: Pick<OpportunityForm, 'stageId' | 'probability'>, stages: readonly PipelineStage[]): boolean {
  return stages.some((s) => s.id === form.stageId) && stageProbability(stages, form.stageId) !== form.probability;
}
