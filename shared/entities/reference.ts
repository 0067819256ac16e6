import { z } from 'zod';
import { idSchema, isoDateSchema, requiredText, systemFieldsShape } from './common';

/**
 * Admin-owned small data shares one collection (the free RxDB caps open collections at 13,
 * DESIGN §3). `data` is validated per `kind`.
 */
export const ROLES = ['admin', 'manager', 'rep'] as const;

export const referenceDataSchemas = {
  user: z.object({
    username: z.string().min(1).max(64),
    displayName: requiredText(120),
    role: z.enum(ROLES),
    teamId: idSchema,
    active: z.boolean(),
  }),
  team: z.object({ name: requiredText(120) }),
  currency: z.object({ code: z.string().regex(/^[A-Z]{3}$/), enabled: z.boolean() }),
  exchangeRate: z.object({
    currency: z.string().regex(/^[A-Z]{3}$/),
    baseCurrency: z.string().regex(/^[A-Z]{3}$/),
    rate: z.string().regex(/^\d{1,15}(\.\d{1,12})?$/, { error: 'validation:invalidRate' }),
    effectiveDate: isoDateSchema,
  }),
  setting: z.object({ value: z.unknown() }),
} as const;

export type ReferenceKind = keyof typeof referenceDataSchemas;
export const REFERENCE_KINDS = Object.keys(referenceDataSchemas) as ReferenceKind[];

export const referenceDocSchema = z
  .object({
    ...systemFieldsShape,
    kind: z.enum(REFERENCE_KINDS as [ReferenceKind, ...ReferenceKind[]]),
    /** Unique within a kind: a user id, a currency code, `USD@2026-11-23`, a setting name. */
    key: z.string().min(1).max(120),
    data: z.record(z.string(), z.unknown()),
  })
  .superRefine((doc, ctx) => {
    const result = referenceDataSchemas[doc.kind].safeParse(doc.data);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: ['data', ...issue.path] } as never);
    }
  });

export type ReferenceDoc = z.infer<typeof referenceDocSchema>;
export type ReferenceData<K extends ReferenceKind> = z.infer<(typeof referenceDataSchemas)[K]>;
