import {
  add,
  convertWithRate,
  findRate,
  MoneyError,
  percentOf,
  zero,
  type CurrencyCode,
  type ExchangeRate,
  type LockedRate,
  type Money,
} from '../money';

export interface PipelineOpportunity {
  stageId: string;
  ownerId: string;
  amount: Money;
  /** Win probability in percent, an integer 0..100. */
  probability: number;
  /** 'YYYY-MM-DD' ('' = none); for a won deal, the business day it was won. */
  closeDate?: string;
  status: 'open' | 'won' | 'lost';
  /** The rate frozen when the deal was won (lockRate in shared/money/rates.ts). */
  lockedRate?: LockedRate | null;
}

export interface PipelineOptions {
  baseCurrency: CurrencyCode;
  rates: readonly ExchangeRate[];
  /** 'YYYY-MM-DD': open deals convert at the rate in force on this day. */
  onDate: string;
}

export interface PipelineBucket {
  count: number;
  amount: Money;
  weighted: Money;
}

export interface PipelineTotals {
  byStage: Record<string, PipelineBucket>;
  byOwner: Record<string, PipelineBucket>;
  total: PipelineBucket;
  /** Deals left out of every bucket because their currency has no rate to the base, per currency. */
  missingRates: { currency: CurrencyCode; count: number }[];
}

/** amount × probability%, rounded half-up to minor units. */
export function weightedAmount(amount: Money, probabilityPercent: number): Money {
  if (!Number.isInteger(probabilityPercent) || probabilityPercent < 0 || probabilityPercent > 100) {
    throw new MoneyError('invalidArgument', `Probability must be an integer 0..100, got ${String(probabilityPercent)}`);
  }
  return percentOf(amount, { int: BigInt(probabilityPercent), scale: 0 }, 'halfUp');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The deal's amount in the base currency, or null when no rate covers it.
 * A won deal keeps the rate locked when it was won, so later rate rows never change
 * booked revenue; a won deal with no (or a differently paired) lock falls back to the
 * rate on its close date, the nearest thing to what would have been locked. Open deals
 * use the rate on onDate: they are valued as of the report.
 */
function toBase(deal: PipelineOpportunity, options: PipelineOptions): Money | null {
  const { baseCurrency } = options;
  const lock = deal.lockedRate;
  if (deal.status === 'won' && lock && lock.from === deal.amount.currency && lock.to === baseCurrency) {
    return convertWithRate(deal.amount, baseCurrency, lock, 'halfUp');
  }
  const onDate = deal.status === 'won' && deal.closeDate ? deal.closeDate : options.onDate;
  const found = findRate(options.rates, deal.amount.currency, baseCurrency, onDate);
  return found ? convertWithRate(deal.amount, baseCurrency, found.rate, 'halfUp') : null;
}

function emptyBucket(currency: CurrencyCode): PipelineBucket {
  return { count: 0, amount: zero(currency), weighted: zero(currency) };
}

function plus(bucket: PipelineBucket, amount: Money, weighted: Money): PipelineBucket {
  return { count: bucket.count + 1, amount: add(bucket.amount, amount), weighted: add(bucket.weighted, weighted) };
}

/**
 * Pipeline totals per stage, per owner and overall, in the base currency. Lost deals
 * are left out. Each deal is converted and weighted (and so rounded) on its own, then
 * summed, so the stage buckets, the owner buckets and the total all add up to the same
 * figures. Won deals count at 100 % whatever probability was last stored on them.
 * A deal whose currency has no rate is counted only in missingRates: converting it as
 * zero would understate the pipeline without anyone noticing. Bad rows, dates or
 * probabilities throw MoneyError (they are data errors, not user input).
 */
export function pipelineTotals(opportunities: readonly PipelineOpportunity[], options: PipelineOptions): PipelineTotals {
  const { baseCurrency, onDate } = options;
  if (!ISO_DATE.test(onDate)) throw new MoneyError('invalidArgument', `onDate must be YYYY-MM-DD, got ${JSON.stringify(onDate)}`);
  const byStage = new Map<string, PipelineBucket>();
  const byOwner = new Map<string, PipelineBucket>();
  let total = emptyBucket(baseCurrency);
  const missing = new Map<CurrencyCode, number>();

  for (const deal of opportunities) {
    if (deal.status === 'lost') continue;
    const amount = toBase(deal, options);
    if (amount === null) {
      missing.set(deal.amount.currency, (missing.get(deal.amount.currency) ?? 0) + 1);
      continue;
    }
    const weighted = weightedAmount(amount, deal.status === 'won' ? 100 : deal.probability);
    byStage.set(deal.stageId, plus(byStage.get(deal.stageId) ?? emptyBucket(baseCurrency), amount, weighted));
    byOwner.set(deal.ownerId, plus(byOwner.get(deal.ownerId) ?? emptyBucket(baseCurrency), amount, weighted));
    total = plus(total, amount, weighted);
  }

  return {
    // fromEntries defines own properties, so an id like "__proto__" stays an ordinary key.
    byStage: Object.fromEntries(byStage),
    byOwner: Object.fromEntries(byOwner),
    total,
    missingRates: [...missing]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, count]) => ({ currency, count })),
  };
}
