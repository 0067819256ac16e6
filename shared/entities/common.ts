import { z } from 'zod';

/**
 * Building blocks every entity schema shares. Error messages are i18n keys in the
 * `validation` namespace, so one schema serves the renderer's forms (translated) and the
 * server's 400 responses.
 */
export const ID_MAX = 64;
export const idSchema = z
  .string()
  .min(1, { error: 'validation:required' })
  .max(ID_MAX)
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'validation:invalidId' });

/** An optional reference to another record: '' means "none" (index fields must be required). */
export const optionalRefSchema = z.union([z.literal(''), idSchema]);

export const isoInstantSchema = z.iso.datetime({ offset: false, error: 'validation:invalidDate' });
/** A business calendar date, Gregorian 'YYYY-MM-DD'. */
export const isoDateSchema = z.iso.date({ error: 'validation:invalidDate' });

export const text = (max: number) => z.string().trim().max(max, { error: 'validation:tooLong' });
export const requiredText = (max: number) =>
  z.string().trim().min(1, { error: 'validation:required' }).max(max, { error: 'validation:tooLong' });

export const moneySchema = z.object({
  amountMinor: z
    .number({ error: 'validation:invalidAmount' })
    .int({ error: 'validation:invalidAmount' })
    .refine(Number.isSafeInteger, { error: 'validation:amountTooLarge' }),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'validation:invalidCurrency' }),
});

export const PHONE_LABELS = ['mobile', 'work', 'home', 'fax', 'other'] as const;
export const phoneEntrySchema = z.object({
  label: z.enum(PHONE_LABELS),
  e164: z.string().regex(/^\+[1-9]\d{6,14}$/, { error: 'validation:invalidPhone' }),
});

export const EMAIL_LABELS = ['work', 'personal', 'other'] as const;
export const emailEntrySchema = z.object({
  label: z.enum(EMAIL_LABELS),
  address: z.string().max(254).regex(/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/u, { error: 'validation:invalidEmail' }),
});

export const addressSchema = z.object({
  country: text(80),
  province: text(80),
  city: text(80),
  street: text(300),
  postalCode: z.string().trim().max(20).regex(/^[0-9A-Za-z -]*$/, { error: 'validation:invalidPostalCode' }),
});
export const EMPTY_ADDRESS: z.infer<typeof addressSchema> = { country: '', province: '', city: '', street: '', postalCode: '' };

export const TAG_MAX = 40;
export const tagsSchema = z
  .array(z.string().trim().min(1).max(TAG_MAX, { error: 'validation:tooLong' }))
  .max(30, { error: 'validation:tooMany' });

export const websiteSchema = z.union([
  z.literal(''),
  z.string().trim().max(300).regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, { error: 'validation:invalidWebsite' }),
]);

export const SEGMENTS = ['', 'strategic', 'key', 'standard', 'small'] as const;
export const segmentSchema = z.enum(SEGMENTS);

export const INDUSTRIES = [
  '', 'manufacturing', 'retail', 'wholesale', 'construction', 'it', 'telecom', 'healthcare', 'pharma',
  'education', 'finance', 'insurance', 'food', 'automotive', 'oilGas', 'petrochemical', 'agriculture',
  'mining', 'logistics', 'tourism', 'services', 'government', 'other',
] as const;
export const industrySchema = z.enum(INDUSTRIES);

/** Columns every synced document carries (DESIGN §3). `_deleted` is RxDB's own. */
export const systemFieldsShape = {
  id: idSchema,
  ownerId: idSchema,
  teamId: idSchema,
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
};

export type PhoneEntry = z.infer<typeof phoneEntrySchema>;
export type EmailEntry = z.infer<typeof emailEntrySchema>;
export type Address = z.infer<typeof addressSchema>;
export type Segment = (typeof SEGMENTS)[number];
export type Industry = (typeof INDUSTRIES)[number];

/** A non-negative decimal typed by a person ('2.5'), kept as text so no float ever rounds it. */
export const decimalTextSchema = (fractionDigits: number) =>
  z.string().regex(new RegExp(`^\\d{1,12}(\\.\\d{1,${fractionDigits}})?$`), { error: 'validation:invalidNumber' });

/** A whole percentage 0–100 (stage probabilities). */
export const percentSchema = z
  .number({ error: 'validation:invalidPercent' })
  .int({ error: 'validation:invalidPercent' })
  .min(0, { error: 'validation:invalidPercent' })
  .max(100, { error: 'validation:invalidPercent' });

const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, { error: 'validation:invalidCurrency' });
const integerTextSchema = z.string().regex(/^[1-9]\d{0,40}$/);

/** shared/money's LockedRate as stored on a quote or a won deal: history never rewritten. */
export const lockedRateSchema = z.object({
  from: currencyCodeSchema,
  to: currencyCodeSchema,
  numerator: integerTextSchema,
  denominator: integerTextSchema,
  effectiveDate: isoDateSchema,
});

/** Money that may not be negative (amounts, prices, credit limits). */
export const nonNegativeMoneySchema = moneySchema.refine((m) => m.amountMinor >= 0, { error: 'validation:mustNotBeNegative' });
