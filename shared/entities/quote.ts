import { z } from 'zod';
import {
  decimalTextSchema, idSchema, isoDateSchema, lockedRateSchema, optionalRefSchema, requiredText, systemFieldsShape, text,
} from './common';
import { computeQuoteTotals, type QuoteTotals } from '../sales/quote-totals';
import { SORT_KEY_MAX } from './sort-keys';

export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'rejected'] as const;
export const QUOTE_LINES_MAX = 200;
export const DEFAULT_VAT_PERCENT = '10';

const minorSchema = z
  .number({ error: 'validation:invalidAmount' })
  .int({ error: 'validation:invalidAmount' })
  .min(0, { error: 'validation:mustNotBeNegative' })
  .refine(Number.isSafeInteger, { error: 'validation:amountTooLarge' });

export const discountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), percent: decimalTextSchema(2) }),
  z.object({ kind: z.literal('amount'), amountMinor: minorSchema }),
]);

export const quoteLineSchema = z.object({
  /** Stable within the quote: lines are reordered and edited on two devices. */
  id: idSchema,
  /** '' for a free-text line. */
  productId: optionalRefSchema,
  description: requiredText(500),
  sku: text(64),
  unit: text(40),
  quantity: decimalTextSchema(3),
  unitPriceMinor: minorSchema,
  discount: discountSchema.nullable(),
});

export const quoteTotalsSchema = z.object({
  subtotalMinor: minorSchema,
  discountMinor: minorSchema,
  taxableMinor: minorSchema,
  vatMinor: minorSchema,
  totalMinor: minorSchema,
});

export const quoteInputSchema = z
  .object({
    title: text(200),
    opportunityId: optionalRefSchema,
    accountId: optionalRefSchema,
    contactId: optionalRefSchema,
    currency: z.string().regex(/^[A-Z]{3}$/, { error: 'validation:invalidCurrency' }),
    lines: z.array(quoteLineSchema).min(1, { error: 'validation:quoteNeedsLine' }).max(QUOTE_LINES_MAX, { error: 'validation:tooMany' }),
    discount: discountSchema.nullable(),
    vatPercent: decimalTextSchema(2),
    issueDate: isoDateSchema,
    validUntil: isoDateSchema,
    status: z.enum(QUOTE_STATUSES),
    /** Quote currency → base currency when the quote was made; '' base = same currency. */
    rate: lockedRateSchema.nullable(),
    notes: text(5000),
    terms: text(5000),
    ownerId: systemFieldsShape.ownerId,
  })
  .refine((q) => q.validUntil >= q.issueDate, { error: 'validation:validUntilBeforeIssue', path: ['validUntil'] })
  .refine((q) => q.rate === null || q.rate.from === q.currency, { error: 'validation:rateCurrencyMismatch', path: ['rate'] })
  .superRefine((q, ctx) => {
    // Amounts that add up: discounts no larger than what they discount, no overflow.
    const result = computeQuoteTotals(q);
    if (!result.ok) for (const e of result.errors) ctx.addIssue({ code: 'custom', message: e.code, path: e.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) });
  });

/**
 * Numbers (DESIGN §5): a device gives a provisional number at once, offline too
 * (`P-<device>-<n>`); the server gives the final one (`number`) when it first accepts the
 * quote, so two offline devices never print the same number.
 */
export const quoteDocSchema = quoteInputSchema
  .safeExtend({
    ...systemFieldsShape,
    provisionalNumber: requiredText(40),
    number: text(40),
    /** Stored for lists and reports; always equal to what the lines compute (checked). */
    totals: quoteTotalsSchema,
    sortUpdated: z.string().max(SORT_KEY_MAX),
  })
  .refine((q) => sameTotals(q.totals, storedQuoteTotals(q)), { error: 'validation:quoteTotalsMismatch', path: ['totals'] });

export type StoredQuoteTotals = z.infer<typeof quoteTotalsSchema>;

function toStored(t: QuoteTotals): StoredQuoteTotals {
  return {
    subtotalMinor: t.subtotal.amountMinor,
    discountMinor: t.discount.amountMinor,
    taxableMinor: t.taxable.amountMinor,
    vatMinor: t.vat.amountMinor,
    totalMinor: t.total.amountMinor,
  };
}

/** The totals a quote's lines, discount and VAT give; null when they don't compute (see quoteInputSchema). */
export function storedQuoteTotals(q: Pick<QuoteInput, 'currency' | 'lines' | 'discount' | 'vatPercent'>): StoredQuoteTotals | null {
  const result = computeQuoteTotals(q);
  return result.ok ? toStored(result.totals) : null;
}

function sameTotals(a: StoredQuoteTotals, b: StoredQuoteTotals | null): boolean {
  return b !== null && (Object.keys(a) as (keyof StoredQuoteTotals)[]).every((k) => a[k] === b[k]);
}

export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
export type QuoteLine = z.infer<typeof quoteLineSchema>;
export type QuoteDiscount = z.infer<typeof discountSchema>;
export type QuoteInput = z.infer<typeof quoteInputSchema>;
export type QuoteDoc = z.infer<typeof quoteDocSchema>;

export function quoteDisplayNumber(q: Pick<QuoteDoc, 'number' | 'provisionalNumber'>): string {
  return q.number || q.provisionalNumber;
}

/** A final quote number as the server gives it: Jalali year and a per-year counter, «1405-00042». */
export function formatQuoteNumber(jalaliYear: number, n: number): string {
  return `${jalaliYear}-${String(n).padStart(5, '0')}`;
}
