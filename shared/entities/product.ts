import { z } from 'zod';
import { compactForSearch } from '../text/normalize';
import { decimalTextSchema, nonNegativeMoneySchema, requiredText, systemFieldsShape, text } from './common';
import { SORT_KEY_MAX } from './sort-keys';

/** A picture small enough to sync with the record: the app scales it down before storing. */
export const PRODUCT_IMAGE_MAX = 200_000;
export const productImageSchema = z.union([
  z.literal(''),
  z
    .string()
    .max(PRODUCT_IMAGE_MAX, { error: 'validation:imageTooLarge' })
    .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/, { error: 'validation:invalidImage' }),
]);

export const CATEGORY_MAX = 200;
/** Levels of a category path, as typed and shown: «الکترونیک / گوشی». */
export const CATEGORY_SEPARATOR = ' / ';

export const productInputSchema = z
  .object({
    name: requiredText(200),
    sku: z.string().trim().max(64, { error: 'validation:tooLong' }).regex(/^[\w./-]*$/, { error: 'validation:invalidSku' }),
    category: text(CATEGORY_MAX),
    unit: requiredText(40),
    /** One price per currency. */
    prices: z.array(nonNegativeMoneySchema).max(20, { error: 'validation:tooMany' }),
    /** '' = stock not tracked (services). */
    stockQuantity: z.union([z.literal(''), decimalTextSchema(3)]),
    image: productImageSchema,
    description: text(5000),
    active: z.boolean(),
    ownerId: systemFieldsShape.ownerId,
  })
  .refine((p) => new Set(p.prices.map((m) => m.currency)).size === p.prices.length, {
    error: 'validation:duplicateCurrency',
    path: ['prices'],
  });

export const productDocSchema = productInputSchema.safeExtend({
  ...systemFieldsShape,
  sortName: z.string().max(SORT_KEY_MAX),
  sortUpdated: z.string().max(SORT_KEY_MAX),
});

/** How an SKU is compared: case, spaces, Persian digits and separators do not matter. */
export function skuKey(sku: string): string {
  return compactForSearch(sku).replace(/[^\p{L}\p{N}]/gu, '');
}

export type ProductInput = z.infer<typeof productInputSchema>;
export type ProductDoc = z.infer<typeof productDocSchema>;

export function productPrice(product: Pick<ProductInput, 'prices'>, currency: string) {
  return product.prices.find((p) => p.currency === currency) ?? null;
}
