import { instantToBusinessDate, isIsoDate, todayIso } from '../../../../shared/dates';
import type { OpportunityDoc } from '../../../../shared/entities';
import {
  convertWithRate, currencyMinorDigits, decimalToString, findRate, lockRate, rationalFromDecimal,
  type CurrencyCode, type ExchangeRate, type FoundRate, type LockedRate, type Money,
} from '../../../../shared/money';
import { stageProbability, type PipelineStage } from '../../../../shared/sales';

export type CloseOutcome = 'won' | 'lost';

export interface ClosePatch {
  status: CloseOutcome;
  closeReason: string;
  closedAt: string;
  lockedRate: LockedRate | null;
  probability: number;
}

export interface CloseRequest {
  outcome: CloseOutcome;
  reason: string;
  /** The business day it closed, 'YYYY-MM-DD'; the rate of that day is locked for a win. */
  closeDate: string;
  baseCurrency: CurrencyCode;
  rates: readonly ExchangeRate[];
  /**
   * What one unit of the deal's currency is worth in the base currency, typed by the user
   * when the rate table has no rate for the close date. Never invented by the app.
   */
  enteredRate?: Money | null;
  now?: Date;
}

export type CloseError = 'reasonRequired' | 'badDate' | 'futureDate' | 'alreadyClosed' | 'noRate' | 'invalidRate';

export type ClosePlan =
  | { ok: true; patch: ClosePatch; /** A typed rate to add to the rate table, when the user may. */ rateToSave: ExchangeRate | null }
  | { ok: false; error: CloseError };

/** Stored rates allow 15 integer and 12 fraction digits (shared/entities/reference.ts). */
const RATE_TEXT = /^\d{1,15}(\.\d{1,12})?$/;

/** The rate the table holds for a win on closeDate, or null when the user must enter one. */
export function rateForClose(amount: Money, baseCurrency: CurrencyCode, rates: readonly ExchangeRate[], closeDate: string): FoundRate | null {
  return findRate(rates, amount.currency, baseCurrency, closeDate);
}

/** A stored instant for a business day: now when it is today, else noon in Tehran that day. */
export function closedAtFor(closeDate: string, now: Date): string {
  if (closeDate === todayIso(undefined, now)) return now.toISOString();
  return `${closeDate}T08:30:00.000Z`; // 12:00 Asia/Tehran (UTC+03:30, no summer time since 2022)
}

/** The entered value of one unit as the decimal rate text the rate table stores, or null if unusable. */
export function enteredRateText(entered: Money, baseCurrency: CurrencyCode): string | null {
  if (entered.currency !== baseCurrency || !Number.isSafeInteger(entered.amountMinor) || entered.amountMinor <= 0) return null;
  const text = decimalToString({ int: BigInt(entered.amountMinor), scale: currencyMinorDigits(baseCurrency) });
  return RATE_TEXT.test(text) ? text : null;
}

/**
 * Closing a deal as won or lost. A win freezes the exchange rate from the deal's currency
 * to the base currency on the close date (nothing to freeze when they are the same), so
 * the booked value never moves when rates change later. Without a rate in the table the
 * plan refuses ('noRate') until the user types one: a made-up rate is never locked.
 */
export function planClose(deal: Pick<OpportunityDoc, 'status' | 'amount'>, request: CloseRequest): ClosePlan {
  const now = request.now ?? new Date();
  if (deal.status !== 'open') return { ok: false, error: 'alreadyClosed' };
  const reason = request.reason.trim();
  if (!reason) return { ok: false, error: 'reasonRequired' };
  if (!isIsoDate(request.closeDate)) return { ok: false, error: 'badDate' };
  if (request.closeDate > todayIso(undefined, now)) return { ok: false, error: 'futureDate' };
  const closedAt = closedAtFor(request.closeDate, now);
  if (request.outcome === 'lost') {
    return { ok: true, patch: { status: 'lost', closeReason: reason, closedAt, lockedRate: null, probability: 0 }, rateToSave: null };
  }
  const { baseCurrency } = request;
  const won = (lockedRate: LockedRate | null, rateToSave: ExchangeRate | null): ClosePlan => ({
    ok: true,
    patch: { status: 'won', closeReason: reason, closedAt, lockedRate, probability: 100 },
    rateToSave,
  });
  if (deal.amount.currency === baseCurrency) return won(null, null);
  const found = rateForClose(deal.amount, baseCurrency, request.rates, request.closeDate);
  if (found) return won(lockRate(found), null);
  if (!request.enteredRate) return { ok: false, error: 'noRate' };
  const text = enteredRateText(request.enteredRate, baseCurrency);
  if (!text) return { ok: false, error: 'invalidRate' };
  const [int = '0', frac = ''] = text.split('.');
  const rate = rationalFromDecimal({ int: BigInt(int + frac), scale: frac.length });
  return won(
    lockRate({ from: deal.amount.currency, to: baseCurrency, rate, effectiveDate: request.closeDate }),
    { currency: deal.amount.currency, baseCurrency, rate: text, effectiveDate: request.closeDate },
  );
}

export interface ReopenPatch {
  status: 'open';
  closeReason: '';
  closedAt: null;
  lockedRate: null;
  probability: number;
}

/** Reopening clears the outcome and the locked rate; the probability goes back to the stage's default. */
export function planReopen(deal: Pick<OpportunityDoc, 'stageId' | 'probability'>, stages: readonly PipelineStage[]): ReopenPatch {
  const known = stages.some((s) => s.id === deal.stageId);
  return { status: 'open', closeReason: '', closedAt: null, lockedRate: null, probability: known ? stageProbability(stages, deal.stageId) : deal.probability };
}

export type BaseValue =
  | { kind: 'same'; value: Money }
  /** Won with a frozen rate: the value stays whatever the rate table says later. */
  | { kind: 'locked'; value: Money; rate: LockedRate }
  /** At the rate in force on `onDate` (today for open and lost deals, the close date for a win without a lock). */
  | { kind: 'rate'; value: Money; rate: FoundRate; onDate: string }
  | { kind: 'noRate'; onDate: string };

/** A deal's amount in the base currency, as the detail page shows it. */
export function dealBaseValue(
  deal: Pick<OpportunityDoc, 'status' | 'amount' | 'lockedRate' | 'closedAt'>,
  baseCurrency: CurrencyCode,
  rates: readonly ExchangeRate[],
  today: string,
): BaseValue {
  const lock = deal.lockedRate;
  if (deal.status === 'won' && lock && lock.from === deal.amount.currency) {
    return { kind: 'locked', value: convertWithRate(deal.amount, lock.to, lock, 'halfUp'), rate: lock };
  }
  if (deal.amount.currency === baseCurrency) return { kind: 'same', value: deal.amount };
  const onDate = deal.status === 'won' && deal.closedAt ? instantToBusinessDate(deal.closedAt) : today;
  const found = findRate(rates, deal.amount.currency, baseCurrency, onDate);
  return found ? { kind: 'rate', value: convertWithRate(deal.amount, baseCurrency, found.rate, 'halfUp'), rate: found, onDate } : { kind: 'noRate', onDate };
}

/** What one unit of `from` is worth at a rate, for "1 USD = 105,000 toman". */
export function unitValue(from: CurrencyCode, to: CurrencyCode, rate: LockedRate | FoundRate): Money {
  const one: Money = { amountMinor: 10 ** currencyMinorDigits(from), currency: from };
  return 'numerator' in rate ? convertWithRate(one, to, rate, 'halfUp') : convertWithRate(one, to, rate.rate, 'halfUp');
}
