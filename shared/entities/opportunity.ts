import { z } from 'zod';
import {
  idSchema, isoDateSchema, isoInstantSchema, lockedRateSchema, nonNegativeMoneySchema, optionalRefSchema,
  percentSchema, requiredText, systemFieldsShape, text,
} from './common';
import { SORT_KEY_MAX } from './sort-keys';

export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost'] as const;

const shortList = z.array(z.string().trim().min(1).max(120, { error: 'validation:tooLong' })).max(20, { error: 'validation:tooMany' });

export const opportunityInputSchema = z
  .object({
    name: requiredText(200),
    accountId: optionalRefSchema,
    contactId: optionalRefSchema,
    /** The lead it was qualified from, '' when created directly. */
    leadId: optionalRefSchema,
    /** A `pipelineStage` reference key; the admin configures stages. */
    stageId: idSchema,
    /** Starts at the stage's default; the owner may adjust it. */
    probability: percentSchema,
    amount: nonNegativeMoneySchema,
    expectedCloseDate: z.union([z.literal(''), isoDateSchema]),
    need: text(5000),
    proposedSolution: text(5000),
    competitors: shortList,
    productLines: shortList,
    status: z.enum(OPPORTUNITY_STATUSES),
    closeReason: text(500),
    closedAt: isoInstantSchema.nullable(),
    /** Amount currency → base currency, frozen when the deal was won. */
    lockedRate: lockedRateSchema.nullable(),
    ownerId: systemFieldsShape.ownerId,
  })
  .refine((o) => o.status === 'open' || o.closeReason.length > 0, { error: 'validation:reasonRequired', path: ['closeReason'] })
  .refine((o) => o.status === 'open' || o.closedAt !== null, { error: 'validation:required', path: ['closedAt'] })
  .refine((o) => o.lockedRate === null || o.lockedRate.from === o.amount.currency, {
    error: 'validation:rateCurrencyMismatch',
    path: ['lockedRate'],
  });

export const opportunityDocSchema = opportunityInputSchema.safeExtend({
  ...systemFieldsShape,
  sortName: z.string().max(SORT_KEY_MAX),
  sortUpdated: z.string().max(SORT_KEY_MAX),
});

export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export type OpportunityInput = z.infer<typeof opportunityInputSchema>;
export type OpportunityDoc = z.infer<typeof opportunityDocSchema>;
