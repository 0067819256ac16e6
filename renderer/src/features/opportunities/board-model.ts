import type { OpportunityDoc } from '../../../../shared/entities';
import {
  convertWithRate, findRate, type CurrencyCode, type ExchangeRate, type FoundRate, type Money,
} from '../../../../shared/money';
import { pipelineTotals, type PipelineBucket, type PipelineStage, type PipelineTotals } from '../../../../shared/sales';

/**
 * What a board card needs of an opportunity: a small plain object, so 5,000 open deals
 * group, sum and re-render cheaply.
 */
export interface BoardDeal {
  id: string;
  name: string;
  accountId: string;
  stageId: string;
  probability: number;
  amount: Money;
  expectedCloseDate: string;
  ownerId: string;
  teamId: string;
  status: OpportunityDoc['status'];
  updatedAt: string;
  /** The index key the board is ordered by (last changed first). */
  sortUpdated: string;
}

export function toBoardDeal(doc: OpportunityDoc): BoardDeal {
  return {
    id: doc.id,
    name: doc.name,
    accountId: doc.accountId,
    stageId: doc.stageId,
    probability: doc.probability,
    amount: doc.amount,
    expectedCloseDate: doc.expectedCloseDate,
    ownerId: doc.ownerId,
    teamId: doc.teamId,
    status: doc.status,
    updatedAt: doc.updatedAt,
    sortUpdated: doc.sortUpdated,
  };
}

/** The column for open deals whose stage no longer exists (an admin deleted it). */
export const ORPHAN_COLUMN_ID = '__noStage__';

export interface BoardColumn {
  /** The stage id, or ORPHAN_COLUMN_ID. */
  id: string;
  /** null for the orphan column. */
  stage: PipelineStage | null;
  /** Deals can be dropped here: active stages only. */
  droppable: boolean;
  deals: BoardDeal[];
}

/**
 * One column per active stage, in stage order. Open deals are never hidden: a deal in an
 * inactive stage gets that stage's column (not droppable), and deals in stages that no
 * longer exist gather in a last "no stage" column. Deals keep their given order (the
 * index order: last changed first). `pending` overrides a deal's stage while its move is
 * being written, so a dropped card does not jump back for a frame; it shows at the top of
 * its new column, where the write will put it (it is now the last changed).
 */
export function buildColumns(
  stages: readonly PipelineStage[],
  deals: readonly BoardDeal[],
  pending: ReadonlyMap<string, string> = new Map(),
): BoardColumn[] {
  const byStage = new Map<string, BoardDeal[]>();
  for (const stage of stages) byStage.set(stage.id, []);
  const orphans: BoardDeal[] = [];
  const movedFirst: BoardDeal[] = [];
  for (const deal of deals) {
    if (deal.status !== 'open') continue;
    const target = pending.get(deal.id);
    if (target !== undefined && target !== deal.stageId) movedFirst.push({ ...deal, stageId: target });
  }
  for (const deal of [...movedFirst, ...deals]) {
    if (deal.status !== 'open') continue;
    const target = pending.get(deal.id);
    if (target !== undefined && target !== deal.stageId) continue; // shown at its new place
    const list = byStage.get(deal.stageId);
    if (list) list.push(deal);
    else orphans.push(deal);
  }
  const columns: BoardColumn[] = [];
  for (const stage of stages) {
    const list = byStage.get(stage.id)!;
    if (!stage.active && list.length === 0) continue;
    columns.push({ id: stage.id, stage, droppable: stage.active, deals: list });
  }
  if (orphans.length) columns.push({ id: ORPHAN_COLUMN_ID, stage: null, droppable: false, deals: orphans });
  return columns;
}

/**
 * The rows that can answer a lookup on onDate: per ordered currency pair, the latest row
 * dated on or before it (of rows with the same date, the later one, as findRate does).
 * findRate gives the same answers from this as from the whole history, which may hold
 * years of daily rows; the board converts thousands of deals, so it looks up in this.
 */
export function ratesInForce(rates: readonly ExchangeRate[], onDate: string): ExchangeRate[] {
  const latest = new Map<string, ExchangeRate>();
  for (const row of rates) {
    if (row.effectiveDate > onDate) continue;
    const pair = `${row.currency}>${row.baseCurrency}`;
    const known = latest.get(pair);
    if (!known || known.effectiveDate <= row.effectiveDate) latest.set(pair, row);
  }
  return [...latest.values()];
}

/**
 * Rate lookups per currency, computed once for the board (every open deal converts at the
 * rate in force on the same day). null: no rate covers that currency.
 */
export function rateLookup(rates: readonly ExchangeRate[], baseCurrency: CurrencyCode, onDate: string): (currency: CurrencyCode) => FoundRate | null {
  const cache = new Map<CurrencyCode, FoundRate | null>();
  return (currency) => {
    if (!cache.has(currency)) cache.set(currency, findRate(rates, currency, baseCurrency, onDate));
    return cache.get(currency)!;
  };
}

/** The amount in the base currency at the looked-up rate, or null when there is none. */
export function baseEquivalent(amount: Money, baseCurrency: CurrencyCode, rateFor: (currency: CurrencyCode) => FoundRate | null): Money | null {
  if (amount.currency === baseCurrency) return amount;
  const found = rateFor(amount.currency);
  return found ? convertWithRate(amount, baseCurrency, found.rate, 'halfUp') : null;
}

export interface MissingRate {
  currency: CurrencyCode;
  count: number;
}

export interface BoardSummary {
  totals: PipelineTotals;
  /** Per column id: the column's bucket (count, amount, weighted; zero when empty). */
  byColumn: Record<string, PipelineBucket>;
  /** Per column id: deals left out of its totals for want of a rate, by currency. */
  missingByColumn: Record<string, MissingRate[]>;
  /** Owners by weighted pipeline, largest first. */
  owners: { ownerId: string; bucket: PipelineBucket }[];
}

export interface SummaryOptions {
  baseCurrency: CurrencyCode;
  rates: readonly ExchangeRate[];
  onDate: string;
}

const EMPTY = (currency: CurrencyCode): PipelineBucket => ({ count: 0, amount: { amountMinor: 0, currency }, weighted: { amountMinor: 0, currency } });

/**
 * Column and owner totals in the base currency (shared/sales pipelineTotals, so the board
 * agrees with every other report), with deals that have no rate counted apart per column:
 * a missing rate is shown as such, never as zero.
 */
export function boardSummary(columns: readonly BoardColumn[], options: SummaryOptions): BoardSummary {
  const all: { stageId: string; ownerId: string; amount: Money; probability: number; status: 'open' }[] = [];
  const columnOf = new Map<string, string>();
  for (const column of columns) {
    for (const deal of column.deals) {
      // Grouped by column id, so orphans total under their own column.
      all.push({ stageId: column.id, ownerId: deal.ownerId, amount: deal.amount, probability: deal.probability, status: 'open' });
      columnOf.set(deal.id, column.id);
    }
  }
  const rates = ratesInForce(options.rates, options.onDate);
  const totals = pipelineTotals(all, { ...options, rates });
  const rateFor = rateLookup(rates, options.baseCurrency, options.onDate);
  const byColumn: Record<string, PipelineBucket> = {};
  const missingByColumn: Record<string, MissingRate[]> = {};
  for (const column of columns) {
    byColumn[column.id] = totals.byStage[column.id] ?? EMPTY(options.baseCurrency);
    const missing = new Map<CurrencyCode, number>();
    for (const deal of column.deals) {
      const currency = deal.amount.currency;
      if (currency !== options.baseCurrency && rateFor(currency) === null) missing.set(currency, (missing.get(currency) ?? 0) + 1);
    }
    missingByColumn[column.id] = [...missing].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([currency, count]) => ({ currency, count }));
  }
  const owners = Object.entries(totals.byOwner)
    .map(([ownerId, bucket]) => ({ ownerId, bucket }))
    .sort((a, b) => b.bucket.weighted.amountMinor - a.bucket.weighted.amountMinor || a.ownerId.localeCompare(b.ownerId));
  return { totals, byColumn, missingByColumn, owners };
}
