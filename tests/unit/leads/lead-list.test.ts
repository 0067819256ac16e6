import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLeadDoc, type LeadStatus } from '../../../shared/entities';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { LiveKeysetList, type KeysetListState } from '../../../renderer/src/db/live-keyset-list';
import { DEFAULT_LEADS_VIEW, leadListQuery } from '../../../renderer/src/features/leads/lead-list-query';
import { emptyLead, leadActions, leadSubtitle, withStatusAction, formStatuses } from '../../../renderer/src/features/leads/lead-model';
import { openTestDatabase } from '../db/test-db';

describe('the leads list query', () => {
  it('sorts by the view, and by last change under a filter (there is no status+name index)', () => {
    expect(leadListQuery(DEFAULT_LEADS_VIEW, '')).toEqual({ sortField: 'sortUpdated', selector: {}, effectiveSort: 'updated' });
    expect(leadListQuery({ ...DEFAULT_LEADS_VIEW, sort: 'name' }, '')).toEqual({ sortField: 'sortName', selector: {}, effectiveSort: 'name' });
    expect(leadListQuery({ sort: 'name', status: 'new', ownerId: '' }, '')).toEqual({ sortField: 'sortUpdated', selector: { status: 'new' }, effectiveSort: 'updated' });
    expect(leadListQuery({ sort: 'name', status: '', ownerId: 'u1' }, ' ')).toMatchObject({ sortField: 'sortUpdated', selector: { ownerId: 'u1' } });
  });

  it('searches a name prefix as a range of the name index', () => {
    const q = leadListQuery(DEFAULT_LEADS_VIEW, ' علي ');
    expect(q.sortField).toBe('sortName');
    expect(Object.keys(q.selector)).toEqual(['sortName']);
  });
});

describe('the leads list against the database: index-backed pages', () => {
  let db: PeyvandDatabase;
  const statuses: LeadStatus[] = ['new', 'contacted', 'new', 'disqualified', 'new'];
  const names = ['علی کریمی', 'زهرا احمدی', 'علیرضا نوری', 'بهرام تهرانی', 'شرکت آلفا'];

  beforeAll(async () => {
    db = await openTestDatabase();
    await db.leads.bulkInsert(names.map((name, i) => {
      const at = `2026-11-0${i + 1}T08:00:00.000Z`;
      const input = { ...emptyLead(i % 2 ? 'u2' : 'u1'), firstName: name, status: statuses[i]!, disqualifyReason: statuses[i] === 'disqualified' ? 'بودجه ندارد' : '' };
      return buildLeadDoc(input, { id: `l${i}`, teamId: 't1', createdAt: at, updatedAt: at });
    }));
  });
  afterAll(async () => {
    await db.remove();
  });

  const plan = (view: Parameters<typeof leadListQuery>[0], search = '') => {
    const q = leadListQuery(view, search);
    return db.leads.find({ selector: q.selector as never, sort: [{ [q.sortField]: 'asc' } as never], limit: 60 }).getPreparedQuery().queryPlan;
  };

  it('every view is served by an index in its order, never by sorting in memory', () => {
    expect(plan(DEFAULT_LEADS_VIEW)).toMatchObject({ index: ['_deleted', 'sortUpdated', 'id'], sortSatisfiedByIndex: true });
    expect(plan({ ...DEFAULT_LEADS_VIEW, sort: 'name' })).toMatchObject({ index: ['_deleted', 'sortName', 'id'], sortSatisfiedByIndex: true });
    expect(plan({ ...DEFAULT_LEADS_VIEW, status: 'new' })).toMatchObject({ index: ['_deleted', 'status', 'sortUpdated', 'id'], sortSatisfiedByIndex: true });
    expect(plan({ ...DEFAULT_LEADS_VIEW, ownerId: 'u1' })).toMatchObject({ index: ['_deleted', 'ownerId', 'sortUpdated', 'id'], sortSatisfiedByIndex: true });
    expect(plan({ ...DEFAULT_LEADS_VIEW, status: 'new', ownerId: 'u1' }).sortSatisfiedByIndex).toBe(true);
    expect(plan(DEFAULT_LEADS_VIEW, 'علی')).toMatchObject({ index: ['_deleted', 'sortName', 'id'], sortSatisfiedByIndex: true });
  });

  async function rowsOf(view: Parameters<typeof leadListQuery>[0], search = '') {
    const q = leadListQuery(view, search);
    const list = new LiveKeysetList(db.leads, q.sortField, q.selector as never, 2);
    let state: KeysetListState<{ id: string; displayName: string }> = { rows: [], hasMore: true, loading: true };
    list.subscribe((s) => (state = s as typeof state));
    list.start();
    for (let i = 0; i < 10 && (state.loading || state.hasMore); i++) {
      await new Promise((r) => setTimeout(r, 20));
      if (!state.loading && state.hasMore) await list.loadMore();
    }
    list.close();
    return state.rows.map((r) => r.displayName);
  }

  it('pages newest first, by Persian name, by status, by owner, and by a name prefix (Arabic letters folded)', async () => {
    expect(await rowsOf(DEFAULT_LEADS_VIEW)).toEqual([...names].reverse());
    expect(await rowsOf({ ...DEFAULT_LEADS_VIEW, sort: 'name' })).toEqual(['بهرام تهرانی', 'زهرا احمدی', 'شرکت آلفا', 'علی کریمی', 'علیرضا نوری']);
    expect(await rowsOf({ ...DEFAULT_LEADS_VIEW, status: 'new' })).toEqual(['شرکت آلفا', 'علیرضا نوری', 'علی کریمی']);
    expect(await rowsOf({ ...DEFAULT_LEADS_VIEW, ownerId: 'u2' })).toEqual(['بهرام تهرانی', 'زهرا احمدی']);
    expect(await rowsOf(DEFAULT_LEADS_VIEW, 'علي')).toEqual(['علی کریمی', 'علیرضا نوری']);
    expect(await rowsOf({ ...DEFAULT_LEADS_VIEW, status: 'contacted' }, 'علی')).toEqual([]);
  });
});

describe('lead status rules', () => {
  const lead = { ...emptyLead('u1'), firstName: 'علی' };
  it('offers the actions that fit the status', () => {
    expect(leadActions('new')).toEqual(['markContacted', 'qualify', 'disqualify']);
    expect(leadActions('contacted')).toEqual(['qualify', 'disqualify']);
    expect(leadActions('disqualified')).toEqual(['reopen']);
    expect(leadActions('qualified')).toEqual([]);
    expect(formStatuses('new')).toEqual(['new', 'contacted', 'disqualified']);
    expect(formStatuses('qualified')).toEqual(['qualified']);
  });
  it('records the reason when disqualifying, and clears it when reopening', () => {
    const out = withStatusAction(lead, 'disqualify', '  بودجه ندارد ');
    expect(out).toMatchObject({ status: 'disqualified', disqualifyReason: 'بودجه ندارد' });
    expect(withStatusAction(out, 'reopen')).toMatchObject({ status: 'contacted', disqualifyReason: '' });
    expect(withStatusAction(lead, 'markContacted').status).toBe('contacted');
  });
  it('shows the company under a person’s name, not twice for a company lead', () => {
    expect(leadSubtitle({ firstName: 'علی', lastName: '', companyName: 'آلفا', jobTitle: 'مدیر', city: 'تهران' })).toBe('آلفا · مدیر · تهران');
    expect(leadSubtitle({ firstName: '', lastName: '', companyName: 'آلفا', jobTitle: '', city: '' })).toBe('');
  });
});
