import { buildProductDoc, newId, type ProductDoc, type ProductInput } from '../../../shared/entities';
import { productSummary, type ProductSummary } from '../../../renderer/src/features/products/product-summary';

export function productInput(patch: Partial<ProductInput> = {}): ProductInput {
  return {
    name: 'کالا', sku: '', category: '', unit: 'عدد', prices: [], stockQuantity: '', image: '', description: '', active: true, ownerId: 'u1',
    ...patch,
  };
}

export function productDoc(patch: Partial<ProductInput> & { id?: string; updatedAt?: string } = {}): ProductDoc {
  const { id = newId(), updatedAt = '2026-11-01T10:00:00.000Z', ...input } = patch;
  return buildProductDoc(productInput(input), { id, teamId: 't1', createdAt: updatedAt, updatedAt });
}

export function summary(patch: Partial<ProductInput> & { id?: string } = {}): ProductSummary {
  return productSummary(productDoc(patch));
}

/** A 1×1 PNG, valid for the product image schema. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
