import {
  buildLeadDoc, buildOpportunityDoc, buildProductDoc, buildQuoteDoc, newId, type LeadDoc, type LeadInput, type OpportunityDoc,
  type OpportunityInput, type ProductDoc, type ProductInput, type QuoteDoc, type QuoteInput,
} from '../../shared/entities';
import type { WireDocument } from '../../shared/sync/protocol';

/** Sales-cycle documents for tests, valid by default; `patch` overrides input fields. */
export const SALES_T0 = '2026-11-01T10:00:00.000Z';

type Owned = { ownerId?: string; teamId?: string; updatedAt?: string };
const meta = (id: string, p: Owned) => ({ id, teamId: p.teamId ?? 't1', createdAt: SALES_T0, updatedAt: p.updatedAt ?? SALES_T0 });

export function lead(patch: Partial<LeadInput> & Owned = {}, id = newId()): LeadDoc & WireDocument {
  const input: LeadInput = {
    firstName: 'مریم', lastName: 'کاظمی', companyName: 'صنایع نوین', jobTitle: '', phones: [], emails: [], city: 'تهران', source: 'نمایشگاه',
    channel: 'inPerson', status: 'new', disqualifyReason: '', estimatedValue: null, tags: [], notes: '', accountId: '', contactId: '',
    opportunityId: '', qualifiedAt: null, ownerId: patch.ownerId ?? 'u1', ...strip(patch),
  };
  return { ...buildLeadDoc(input, meta(id, patch)), _deleted: false };
}

export function opportunity(patch: Partial<OpportunityInput> & Owned = {}, id = newId()): OpportunityDoc & WireDocument {
  const input: OpportunityInput = {
    name: 'خرید تجهیزات', accountId: '', contactId: '', leadId: '', stageId: 'prospecting', probability: 10,
    amount: { amountMinor: 500_000_000, currency: 'IRR' }, expectedCloseDate: '', need: '', proposedSolution: '', competitors: [],
    productLines: [], status: 'open', closeReason: '', closedAt: null, lockedRate: null, ownerId: patch.ownerId ?? 'u1', ...strip(patch),
  };
  return { ...buildOpportunityDoc(input, meta(id, patch)), _deleted: false };
}

export function product(patch: Partial<ProductInput> & Owned = {}, id = newId()): ProductDoc & WireDocument {
  const input: ProductInput = {
    name: 'لپ‌تاپ', sku: 'LT-100', category: 'الکترونیک / رایانه', unit: 'عدد', prices: [{ amountMinor: 450_000_000, currency: 'IRR' }],
    stockQuantity: '12', image: '', description: '', active: true, ownerId: patch.ownerId ?? 'u1', ...strip(patch),
  };
  return { ...buildProductDoc(input, meta(id, patch)), _deleted: false };
}

export function quote(
  patch: Partial<QuoteInput> & Owned & { provisionalNumber?: string; number?: string } = {},
  id = newId(),
): QuoteDoc & WireDocument {
  const { provisionalNumber = `P-TEST-${id.slice(0, 6)}`, number = '', ...rest } = patch;
  const input: QuoteInput = {
    title: 'پیش‌فاکتور تجهیزات', opportunityId: '', accountId: '', contactId: '', currency: 'IRR',
    lines: [{ id: 'l1', productId: '', description: 'خدمات نصب', sku: '', unit: 'ساعت', quantity: '2', unitPriceMinor: 1_000_000, discount: null }],
    discount: null, vatPercent: '10', issueDate: '2026-11-01', validUntil: '2026-11-16', status: 'draft', rate: null, notes: '', terms: '',
    ownerId: patch.ownerId ?? 'u1', ...strip(rest),
  };
  return { ...buildQuoteDoc(input, { ...meta(id, patch), provisionalNumber, number }), _deleted: false };
}

function strip<T extends Owned>(p: T): Omit<T, 'teamId' | 'updatedAt'> {
  const { teamId: _t, updatedAt: _u, ...rest } = p;
  return rest;
}
