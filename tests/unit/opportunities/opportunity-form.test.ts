import { describe, expect, it } from 'vitest';
import { validate } from '../../../shared/entities';
import {
  emptyOpportunity, opportunityFormSchema, probabilityIsCustom, withStage,
} from '../../../renderer/src/features/opportunities/opportunity-form';
import { listQuery } from '../../../renderer/src/features/opportunities/list-query';
import { irr, STAGES } from './fixtures';

describe('the opportunity form', () => {
  it('starts in the first active stage with its probability and no amount', () => {
    const stages = STAGES.map((s) => (s.id === 'prospecting' ? { ...s, active: false } : s));
    expect(emptyOpportunity('u1', stages)).toMatchObject({ stageId: 'needsAnalysis', probability: 25, amount: null, status: 'open', ownerId: 'u1' });
  });

  it('reports an empty amount as required, next to the other problems, in i18n keys', () => {
    const result = validate(opportunityFormSchema, { ...emptyOpportunity('u1', STAGES), name: '', probability: Number.NaN });
    expect(result).toEqual({ ok: false, errors: { amount: 'validation:required', name: 'validation:required', probability: 'validation:invalidPercent' } });
  });

  it('accepts a complete opportunity and gives back the shared input shape', () => {
    const result = validate(opportunityFormSchema, { ...emptyOpportunity('u1', STAGES), name: ' سرور ', amount: irr(10) });
    expect(result.ok && result.value).toMatchObject({ name: 'سرور', amount: irr(10) });
  });

  it('lets the probability follow the stage until the user types one', () => {
    const form = { ...emptyOpportunity('u1', STAGES), amount: irr(1) };
    expect(withStage(form, 'negotiation', STAGES, false).probability).toBe(75);
    expect(withStage({ ...form, probability: 40 }, 'negotiation', STAGES, true)).toMatchObject({ stageId: 'negotiation', probability: 40 });
    expect(probabilityIsCustom({ stageId: 'proposal', probability: 50 }, STAGES)).toBe(false);
    expect(probabilityIsCustom({ stageId: 'proposal', probability: 60 }, STAGES)).toBe(true);
  });
});

describe('listQuery', () => {
  it('filters by status and account and sorts by an indexed key', () => {
    expect(listQuery({ sort: 'updated', status: 'open', accountId: '' })).toEqual({ sortField: 'sortUpdated', selector: { status: 'open' } });
    expect(listQuery({ sort: 'name', status: 'all', accountId: 'a1' })).toEqual({ sortField: 'sortName', selector: { accountId: 'a1' } });
  });
});
