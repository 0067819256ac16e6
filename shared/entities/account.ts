import { z } from 'zod';
import {
  addressSchema, emailEntrySchema, industrySchema, moneySchema, phoneEntrySchema, requiredText,
  segmentSchema, systemFieldsShape, tagsSchema, text, websiteSchema,
} from './common';
import { SORT_KEY_MAX } from './sort-keys';

export const ACCOUNT_KINDS = ['customer', 'prospect', 'partner', 'supplier', 'other'] as const;

/** What a person edits on an account form. */
export const accountInputSchema = z.object({
  name: requiredText(200),
  kind: z.enum(ACCOUNT_KINDS),
  industry: industrySchema,
  segment: segmentSchema,
  phones: z.array(phoneEntrySchema).max(20, { error: 'validation:tooMany' }),
  emails: z.array(emailEntrySchema).max(20, { error: 'validation:tooMany' }),
  website: websiteSchema,
  address: addressSchema,
  tags: tagsSchema,
  notes: text(10_000),
  /** Iranian legal identifiers used on invoices: شناسه ملی (11 digits), کد اقتصادی (12 digits). */
  nationalId: z.string().regex(/^(\d{11})?$/, { error: 'validation:invalidNationalId' }),
  economicCode: z.string().regex(/^(\d{12})?$/, { error: 'validation:invalidEconomicCode' }),
  creditLimit: moneySchema
    .refine((m) => m.amountMinor >= 0, { error: 'validation:mustNotBeNegative' })
    .nullable(),
  ownerId: systemFieldsShape.ownerId,
});

/** The stored document: input + system columns + keys derived for index-backed lists. */
export const accountDocSchema = accountInputSchema.extend({
  ...systemFieldsShape,
  sortName: z.string().max(SORT_KEY_MAX),
  sortUpdated: z.string().max(SORT_KEY_MAX),
});

export type AccountInput = z.infer<typeof accountInputSchema>;
export type AccountDoc = z.infer<typeof accountDocSchema>;
