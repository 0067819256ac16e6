import { z } from 'zod';
import { decimalTextSchema, idSchema, isoDateSchema, percentSchema, requiredText, systemFieldsShape, text } from './common';
import { productImageSchema } from './product';

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
  /** A sales stage of the pipeline board, in `order`; won and lost are statuses, not stages. */
  pipelineStage: z.object({
    name: requiredText(80),
    order: z.number().int().min(0).max(1000),
    probability: percentSchema,
    active: z.boolean(),
  }),
  setting: z.object({ value: z.unknown() }),
} as const;

const currencyCode = z.string().regex(/^[A-Z]{3}$/, { error: 'validation:invalidCurrency' });

/** Settings are reference rows of kind `setting`, one per key, each with its own shape. */
export const settingSchemas = {
  baseCurrency: currencyCode,
  defaultVatPercent: decimalTextSchema(2),
  /** Printed on quotes. */
  company: z.object({
    name: text(200),
    address: text(500),
    phone: text(60),
    nationalId: z.string().regex(/^(\d{11})?$/, { error: 'validation:invalidNationalId' }),
    economicCode: z.string().regex(/^(\d{12})?$/, { error: 'validation:invalidEconomicCode' }),
    logo: productImageSchema,
  }),
} as const;
export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;

export type ReferenceKind = keyof typeof referenceDataSchemas;
export const REFERENCE_KINDS = Object.keys(referenceDataSchemas) as ReferenceKind[];

export const referenceDocSchema = z
  .object({
    ...systemFieldsShape,
    kind: z.enum(REFERENCE_KINDS as [ReferenceKind, ...ReferenceKind[]]),
    /** Unique within a kind: a user id, a currency code, `USD/IRR@2026-11-23` (currency/base@date), a setting name. */
    key: z.string().min(1).max(120),
    data: z.record(z.string(), z.unknown()),
  })
  .superRefine((doc, ctx) => {
    const result = referenceDataSchemas[doc.kind].safeParse(doc.data);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: ['data', ...issue.path] } as never);
      return;
    }
    if (doc.kind !== 'setting') return;
    const schema = (settingSchemas as Record<string, z.ZodType>)[doc.key];
    if (!schema) {
      ctx.addIssue({ code: 'custom', message: 'validation:unknownSetting', path: ['key'] });
      return;
    }
    const value = schema.safeParse(doc.data.value);
    if (!value.success) {
      for (const issue of value.error.issues) ctx.addIssue({ ...issue, path: ['data', 'value', ...issue.path] } as never);
    }
  });

export type ReferenceDoc = z.infer<typeof referenceDocSchema>;
export type ReferenceData<K extends ReferenceKind> = z.infer<(typeof referenceDataSchemas)[K]>;
