import { describe, expect, it } from 'vitest';
import { buildQuoteDoc, quoteInputSchema, validate, type QuoteInput } from '../../../shared/entities';
import type { ExchangeRate } from '../../../shared/money';
import {
  defaultValidUntil, editorErrors, emptyQuote, withoutErrors, lookUpQuoteRate, quoteFromOpportunity, rateToStore, toQuoteInput, withIssueDate,
  type QuoteDefaults,
} from '../../../renderer/src/features/quotes/quote-form';

function defaults(patch: Partial<QuoteDefaults> = {}): QuoteDefaults {
  let n = 0;
  return { today: '2026-12-02', vatPercent: '9', currency: 'IRR', ownerId: 'u1', newLineId: () => `line${++n}`, ...patch };
}

const opportunity = {
  id: 'opp1', name: 'تجهیز اتاق سرور شعبه شیراز', accountId: 'acc1', contactId: 'con1',
  amount: { amountMinor: 2_500_000, currency: 'USD' }, productLines: ['سوئیچ شبکه', 'نصب و راه‌اندازی'],
};

const rates: ExchangeRate[] = [
  { currency: 'USD', baseCurrency: 'IRR', rate: '1000000', effectiveDate: '2026-11-01' },
  { currency: 'USD', baseCurrency: 'IRR', rate: '1050000', effectiveDate: '2026-12-01' },
  { currency: 'EUR', baseCurrency: 'IRR', rate: '1200000', effectiveDate: '2026-12-01' },
];

describe('quote form: defaults and prefill', () => {
  it('a new quote: today, valid 15 days, VAT from the settings, base currency, draft, one empty line', () => {
    const q = emptyQuote(defaults());
    expect(q).toMatchObject({
      issueDate: '2026-12-02', validUntil: '2026-12-17', vatPercent: '9', currency: 'IRR', status: 'draft', rate: null,
      discount: null, ownerId: 'u1', opportunityId: '', accountId: '', contactId: '',
    });
    expect(q.lines).toEqual([{ id: 'line1', productId: '', description: '', sku: '', unit: '', quantity: '1', unitPriceMinor: 0, discount: null }]);
    expect(emptyQuote(defaults({ vatPercent: '' })).vatPercent).toBe('10'); // DEFAULT_VAT_PERCENT
    expect(defaultValidUntil('2026-03-10')).toBe('2026-03-25');
  });

  it('from an opportunity: its name, customer, contact and currency; its product lines become lines to price', () => {
    const q = quoteFromOpportunity(opportunity, defaults());
    expect(q).toMatchObject({ title: 'تجهیز اتاق سرور شعبه شیراز', opportunityId: 'opp1', accountId: 'acc1', contactId: 'con1', currency: 'USD', vatPercent: '9' });
    expect(q.lines.map((l) => [l.id, l.description, l.quantity, l.unitPriceMinor])).toEqual([
      ['line1', 'سوئیچ شبکه', '1', 0],
      ['line2', 'نصب و راه‌اندازی', '1', 0],
    ]);
    const bare = quoteFromOpportunity({ ...opportunity, productLines: [], contactId: '' }, defaults());
    expect(bare.lines).toHaveLength(1);
    expect(bare.contactId).toBe('');
  });

  it('the validity date follows the issue date while it is the default, and stays once the user set it', () => {
    const q = emptyQuote(defaults());
    expect(withIssueDate(q, '2026-12-10').validUntil).toBe('2026-12-25');
    const custom = { ...q, validUntil: '2027-01-31' };
    expect(withIssueDate(custom, '2026-12-10').validUntil).toBe('2027-01-31');
    expect(withIssueDate({ ...q, validUntil: '' }, '2026-12-10').validUntil).toBe('2026-12-25');
  });

  it('round-trips a stored quote into the form unchanged', () => {
    const input: QuoteInput = { ...emptyQuote(defaults()), lines: [{ ...emptyQuote(defaults()).lines[0]!, description: 'مشاوره', unitPriceMinor: 1000 }] };
    const doc = buildQuoteDoc(input, {
      id: 'q1', teamId: 't1', createdAt: '2026-12-02T08:00:00.000Z', updatedAt: '2026-12-02T08:00:00.000Z', provisionalNumber: 'P-23456789-1', number: '',
    });
    expect(toQuoteInput(doc)).toEqual(input);
    expect(validate(quoteInputSchema, toQuoteInput(doc)).ok).toBe(true);
  });
});

describe('quote form: the exchange rate snapshot', () => {
  it('finds the quote currency → base rate in force on the issue date', () => {
    expect(lookUpQuoteRate(rates, 'IRR', 'IRR', '2026-12-02')).toEqual({ kind: 'same' });
    expect(lookUpQuoteRate(rates, 'USD', 'IRR', '2026-12-02')).toEqual({
      kind: 'found', rate: { from: 'USD', to: 'IRR', numerator: '1050000', denominator: '1', effectiveDate: '2026-12-01' },
    });
    expect(lookUpQuoteRate(rates, 'USD', 'IRR', '2026-11-15')).toMatchObject({ kind: 'found', rate: { numerator: '1000000', effectiveDate: '2026-11-01' } });
    expect(lookUpQuoteRate(rates, 'USD', 'IRR', '2026-10-01')).toEqual({ kind: 'missing' });
    expect(lookUpQuoteRate(rates, 'AED', 'IRR', '2026-12-02')).toEqual({ kind: 'missing' });
    expect(lookUpQuoteRate(rates, 'USD', 'IRR', '')).toEqual({ kind: 'missing' });
    // A cross rate through the base: EUR → USD.
    expect(lookUpQuoteRate(rates, 'EUR', 'USD', '2026-12-02')).toMatchObject({ kind: 'found', rate: { from: 'EUR', to: 'USD', numerator: '8', denominator: '7' } });
  });

  it('a new quote takes the rate found (or none); a saved one keeps its snapshot even when rates change', () => {
    const found = lookUpQuoteRate(rates, 'USD', 'IRR', '2026-12-02');
    const snapshot = { from: 'USD', to: 'IRR', numerator: '1000000', denominator: '1', effectiveDate: '2026-11-01' };
    expect(rateToStore({ currency: 'USD', rate: null }, true, found)).toMatchObject({ numerator: '1050000' });
    expect(rateToStore({ currency: 'USD', rate: null }, true, { kind: 'missing' })).toBeNull();
    expect(rateToStore({ currency: 'USD', rate: snapshot }, false, found)).toBe(snapshot);
    expect(rateToStore({ currency: 'IRR', rate: null }, true, { kind: 'same' })).toBeNull();
  });

  it('a saved quote whose currency changed gets a rate from its new currency; one saved without a rate takes one once it exists', () => {
    const eur = lookUpQuoteRate(rates, 'EUR', 'IRR', '2026-12-02');
    const usdSnapshot = { from: 'USD', to: 'IRR', numerator: '1000000', denominator: '1', effectiveDate: '2026-11-01' };
    expect(rateToStore({ currency: 'EUR', rate: usdSnapshot }, false, eur)).toMatchObject({ from: 'EUR', numerator: '1200000' });
    expect(rateToStore({ currency: 'IRR', rate: usdSnapshot }, false, { kind: 'same' })).toBeNull();
    expect(rateToStore({ currency: 'USD', rate: null }, false, lookUpQuoteRate(rates, 'USD', 'IRR', '2026-12-02'))).toMatchObject({ numerator: '1050000' });
  });
});

describe('quote form: which errors show', () => {
  const form = (patch: Partial<QuoteInput> = {}): QuoteInput => ({
    ...emptyQuote(defaults()),
    lines: [
      { id: 'a', productId: '', description: 'x', sku: '', unit: '', quantity: '2', unitPriceMinor: 100, discount: { kind: 'amount', amountMinor: 500 } },
      { id: 'b', productId: '', description: 'y', sku: '', unit: '', quantity: '', unitPriceMinor: 100, discount: null },
    ],
    ...patch,
  });

  it('shows live amount errors on their line field, but not for a field still empty', () => {
    const live = [
      { path: 'lines.0.discount.amountMinor', code: 'quotes:errors.discountTooLarge' as const },
      { path: 'lines.1.quantity', code: 'quotes:errors.invalidNumber' as const },
    ];
    expect(editorErrors({}, live, form())).toEqual({ 'lines.0.discount.amountMinor': 'quotes:errors.discountTooLarge' });
  });

  it('drops what the last save said about amounts once the live check passes; keeps the rest', () => {
    const saved = {
      'lines.0.discount.amountMinor': 'quotes:errors.discountTooLarge',
      'lines.1.quantity': 'validation:invalidNumber',
      'lines.0.description': 'validation:required',
      _: 'validation:fixHighlighted',
    };
    expect(editorErrors(saved, [], form())).toEqual({
      'lines.1.quantity': 'validation:invalidNumber',
      'lines.0.description': 'validation:required',
      _: 'validation:fixHighlighted',
    });
  });

  it('forgets the errors of an edited field and of the fields under it', () => {
    const saved = { discount: 'x:a', 'discount.percent': 'x:b', 'lines.1': 'x:c', 'lines.1.quantity': 'x:d', 'lines.10.quantity': 'x:e', title: 'x:f' };
    expect(withoutErrors(saved, ['discount'])).toEqual({ 'lines.1': 'x:c', 'lines.1.quantity': 'x:d', 'lines.10.quantity': 'x:e', title: 'x:f' });
    expect(withoutErrors(saved, ['lines.1'])).toEqual({ discount: 'x:a', 'discount.percent': 'x:b', 'lines.10.quantity': 'x:e', title: 'x:f' });
    expect(withoutErrors(saved, ['lines.1'], true)).toEqual({ discount: 'x:a', 'discount.percent': 'x:b', 'lines.1.quantity': 'x:d', 'lines.10.quantity': 'x:e', title: 'x:f' });
    expect(withoutErrors(saved, ['notes'])).toBe(saved); // unchanged: same object, no re-render
  });
});
