import { describe, expect, it } from 'vitest';
import {
  formatQuoteNumber, leadDocSchema, leadInputSchema, opportunityDocSchema, productDocSchema, quoteDocSchema, referenceDocSchema,
  recomputeDerived, rxSchemaFor, validate, COLLECTION_NAMES,
} from '../../../../shared/entities';
import { mergeDocuments } from '../../../../shared/sync';
import { lead, opportunity, product, quote } from '../../../support/sales-fixtures';

const errorsOf = (schema: Parameters<typeof validate>[0], doc: unknown) => {
  const r = validate(schema, doc);
  return r.ok ? {} : r.errors;
};

describe('sales-cycle entities', () => {
  it('the default fixtures are valid stored documents', () => {
    for (const [schema, doc] of [[leadDocSchema, lead()], [opportunityDocSchema, opportunity()], [productDocSchema, product()], [quoteDocSchema, quote()]] as const) {
      const { _deleted, ...fields } = doc as Record<string, unknown>;
      expect(errorsOf(schema, fields)).toEqual({});
    }
  });

  it('every collection builds an RxDB schema, and there are at most 12 with the local sync log', () => {
    for (const name of COLLECTION_NAMES) expect(() => rxSchemaFor(name)).not.toThrow();
    expect(COLLECTION_NAMES.length + 1).toBeLessThanOrEqual(12);
  });

  it('a lead needs a person’s or a company’s name; disqualifying needs a reason', () => {
    const { _deleted, displayName: _n, sortName: _s, sortUpdated: _u, id: _i, teamId: _t, createdAt: _c, updatedAt: _a, ...input } = lead();
    expect(errorsOf(leadInputSchema, { ...input, firstName: '', lastName: '', companyName: '' })).toEqual({ lastName: 'validation:leadNameRequired' });
    expect(errorsOf(leadInputSchema, { ...input, firstName: '', lastName: '', companyName: 'فقط شرکت' })).toEqual({});
    expect(errorsOf(leadInputSchema, { ...input, status: 'disqualified' })).toEqual({ disqualifyReason: 'validation:reasonRequired' });
    expect(lead({ firstName: '', lastName: '', companyName: 'صنایع نوین' }).displayName).toBe('صنایع نوین');
  });

  it('an opportunity closed needs a reason and a close time; a locked rate must be for its currency', () => {
    const { _deleted, ...o } = opportunity();
    expect(errorsOf(opportunityDocSchema, { ...o, status: 'lost' })).toMatchObject({ closeReason: 'validation:reasonRequired', closedAt: 'validation:required' });
    const lockedRate = { from: 'USD', to: 'IRR', numerator: '1050000', denominator: '1', effectiveDate: '2026-11-01' };
    expect(errorsOf(opportunityDocSchema, { ...o, lockedRate })).toEqual({ lockedRate: 'validation:rateCurrencyMismatch' });
    expect(errorsOf(opportunityDocSchema, { ...o, amount: { amountMinor: 1000, currency: 'USD' }, lockedRate })).toEqual({});
    expect(errorsOf(opportunityDocSchema, { ...o, probability: 101 })).toEqual({ probability: 'validation:invalidPercent' });
  });

  it('a product has one price per currency and only a real picture', () => {
    const { _deleted, ...p } = product();
    expect(errorsOf(productDocSchema, { ...p, prices: [{ amountMinor: 1, currency: 'IRR' }, { amountMinor: 2, currency: 'IRR' }] })).toEqual({ prices: 'validation:duplicateCurrency' });
    expect(errorsOf(productDocSchema, { ...p, image: 'https://example.com/x.png' })).toEqual({ image: 'validation:invalidImage' });
    expect(errorsOf(productDocSchema, { ...p, image: 'data:image/png;base64,iVBORw0KGgo=' })).toEqual({});
    expect(errorsOf(productDocSchema, { ...p, stockQuantity: '-1' })).toEqual({ stockQuantity: 'validation:invalidNumber' });
  });

  it('a quote’s stored totals must be what its lines compute; its arithmetic errors land on the right field', () => {
    const { _deleted, ...q } = quote();
    expect(q.totals).toEqual({ subtotalMinor: 2_000_000, discountMinor: 0, taxableMinor: 2_000_000, vatMinor: 200_000, totalMinor: 2_200_000 });
    expect(errorsOf(quoteDocSchema, { ...q, totals: { ...q.totals, vatMinor: 0 } })).toEqual({ totals: 'validation:quoteTotalsMismatch' });
    const tooMuch = { ...q, lines: [{ ...q.lines[0]!, discount: { kind: 'amount', amountMinor: 9_000_000 } }] };
    expect(errorsOf(quoteDocSchema, tooMuch)).toMatchObject({ 'lines.0.discount.amountMinor': 'quotes:errors.discountTooLarge' });
    expect(errorsOf(quoteDocSchema, { ...q, validUntil: '2026-10-01' })).toMatchObject({ validUntil: 'validation:validUntilBeforeIssue' });
    expect(errorsOf(quoteDocSchema, { ...q, lines: [] })).toMatchObject({ lines: 'validation:quoteNeedsLine' });
    expect(formatQuoteNumber(1405, 42)).toBe('1405-00042');
  });

  it('lines merged from two devices get their totals recomputed', () => {
    const base = quote({}, 'q1');
    const local = quote({ lines: [{ ...base.lines[0]!, quantity: '3' }], updatedAt: '2026-11-02T10:00:00.000Z' }, 'q1');
    const remote = quote({ vatPercent: '9', updatedAt: '2026-11-02T11:00:00.000Z' }, 'q1');
    const { doc, conflicts } = mergeDocuments('quotes', { base, local, remote });
    expect(conflicts).toEqual([]);
    expect(doc).toMatchObject({ vatPercent: '9', totals: { subtotalMinor: 3_000_000, vatMinor: 270_000, totalMinor: 3_270_000 } });
    expect(recomputeDerived('quotes', { ...doc, totals: null })).toEqual(doc);
  });

  it('settings rows are checked per key; unknown settings are refused', () => {
    const row = (key: string, value: unknown) => ({
      id: `setting-${key}`, kind: 'setting', key, data: { value }, ownerId: 'u1', teamId: 't1', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z',
    });
    expect(errorsOf(referenceDocSchema, row('baseCurrency', 'IRR'))).toEqual({});
    expect(errorsOf(referenceDocSchema, row('baseCurrency', 'rial'))).toEqual({ 'data.value': 'validation:invalidCurrency' });
    expect(errorsOf(referenceDocSchema, row('defaultVatPercent', '9'))).toEqual({});
    expect(errorsOf(referenceDocSchema, row('colour', 'red'))).toEqual({ key: 'validation:unknownSetting' });
    const stage = { ...row('x', null), kind: 'pipelineStage', key: 'proposal', data: { name: 'پیشنهاد', order: 30, probability: 50, active: true } };
    expect(errorsOf(referenceDocSchema, stage)).toEqual({});
    expect(errorsOf(referenceDocSchema, { ...stage, data: { ...stage.data, probability: 150 } })).toEqual({ 'data.probability': 'validation:invalidPercent' });
  });
});

describe('the day an activity sits on', () => {
  it('is a meeting’s start day in Tehran when it has no due date, the same after a merge recompute', async () => {
    const { activity } = await import('../../sync/fixtures');
    // 22:00 UTC on 1 Dec is 01:30 on 2 Dec in Tehran.
    const meeting = activity({ type: 'meeting', dueDate: '', occurredAt: '2026-12-01T22:00:00.000Z', endsAt: '2026-12-01T23:00:00.000Z' }, 'm1');
    expect(meeting.dueKey).toBe('2026-12-02\u0001m1');
    expect(recomputeDerived('activities', { ...meeting, dueKey: '' })).toEqual(meeting);
    expect(activity({ type: 'note', dueDate: '' }, 'n1').dueKey).toBe('9999-12-31\u0001n1');
  });
});
