import { buildQuoteDoc, type QuoteDoc, type QuoteInput } from '../../../shared/entities';

/**
 * The issue's scenario, computed by hand (rials):
 *   1  laptops       3 × 450,000,000 = 1,350,000,000, less 10 %  (135,000,000) = 1,215,000,000
 *   2  installation  1 × 120,000,000 =   120,000,000, less 20,000,000          =   100,000,000
 *   3  cable      25.5 ×     850,000 =    21,675,000                           =    21,675,000
 *   subtotal 1,336,675,000; overall discount 4 % = 53,467,000; taxable 1,283,208,000;
 *   VAT 10 % = 128,320,800; total 1,411,528,800 rials (141,152,880 tomans).
 */
export const SCENARIO_TOTAL_MINOR = 1_411_528_800;

export function scenarioInput(patch: Partial<QuoteInput> = {}): QuoteInput {
  return {
    title: 'تجهیز دفتر مرکزی',
    opportunityId: '',
    accountId: 'acc1',
    contactId: 'con1',
    currency: 'IRR',
    lines: [
      { id: 'l1', productId: 'p1', description: 'لپ‌تاپ اداری', sku: 'NB-14', unit: 'دستگاه', quantity: '3', unitPriceMinor: 450_000_000, discount: { kind: 'percent', percent: '10' } },
      { id: 'l2', productId: '', description: 'نصب و راه‌اندازی', sku: '', unit: '', quantity: '1', unitPriceMinor: 120_000_000, discount: { kind: 'amount', amountMinor: 20_000_000 } },
      { id: 'l3', productId: '', description: 'کابل شبکه Cat6', sku: '', unit: 'متر', quantity: '25.5', unitPriceMinor: 850_000, discount: null },
    ],
    discount: { kind: 'percent', percent: '4' },
    vatPercent: '10',
    issueDate: '2026-12-02',
    validUntil: '2026-12-17',
    status: 'draft',
    rate: null,
    notes: 'تحویل دو هفته پس از پیش‌پرداخت',
    terms: 'پرداخت: ۵۰٪ پیش‌پرداخت',
    ownerId: 'u1',
    ...patch,
  };
}

export function scenarioDoc(patch: Partial<QuoteInput> = {}, number = ''): QuoteDoc {
  return buildQuoteDoc(scenarioInput(patch), {
    id: 'q1', teamId: 't1', createdAt: '2026-12-02T08:00:00.000Z', updatedAt: '2026-12-02T08:00:00.000Z',
    provisionalNumber: 'P-7KQ3M9XD-12', number,
  });
}
