import type { OpportunityInput } from '../../../shared/entities';
import type { ExchangeRate, Money } from '../../../shared/money';
import { DEFAULT_PIPELINE_STAGES, type PipelineStage } from '../../../shared/sales';
import type { BoardDeal } from '../../../renderer/src/features/opportunities/board-model';

export const STAGES: PipelineStage[] = DEFAULT_PIPELINE_STAGES.map((s) => ({ ...s }));

export const irr = (rials: number): Money => ({ amountMinor: rials, currency: 'IRR' });
export const usd = (cents: number): Money => ({ amountMinor: cents, currency: 'USD' });
export const eur = (cents: number): Money => ({ amountMinor: cents, currency: 'EUR' });

export const RATES: ExchangeRate[] = [
  { currency: 'USD', baseCurrency: 'IRR', rate: '1000000', effectiveDate: '2026-01-01' },
  { currency: 'USD', baseCurrency: 'IRR', rate: '1050000', effectiveDate: '2026-11-01' },
];

let n = 0;
export function deal(patch: Partial<BoardDeal> = {}): BoardDeal {
  n += 1;
  const id = patch.id ?? `d${n}`;
  return {
    id, name: `deal ${id}`, accountId: '', stageId: 'prospecting', probability: 10, amount: irr(1_000_000), expectedCloseDate: '',
    ownerId: 'sara', teamId: 't1', status: 'open', updatedAt: '2026-11-20T10:00:00.000Z', sortUpdated: `k${String(n).padStart(5, '0')}`,
    ...patch,
  };
}

export function opportunityInput(patch: Partial<OpportunityInput> = {}): OpportunityInput {
  return {
    name: 'خرید ۲۰ دستگاه سرور', accountId: '', contactId: '', leadId: '', stageId: 'prospecting', probability: 10, amount: irr(5_000_000_000),
    expectedCloseDate: '2026-12-20', need: '', proposedSolution: '', competitors: [], productLines: [], status: 'open', closeReason: '',
    closedAt: null, lockedRate: null, ownerId: 'u1', ...patch,
  };
}
