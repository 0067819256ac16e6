import { afterEach, describe, expect, it } from 'vitest';
import { buildOpportunityDoc, type OpportunityInput } from '../../../shared/entities';
import { latestFirstKey } from '../../../shared/entities/sort-keys';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { patchOpportunity } from '../../../renderer/src/features/opportunities/opportunity-actions';
import { planMove } from '../../../renderer/src/features/opportunities/move-plan';
import { planClose } from '../../../renderer/src/features/opportunities/close-plan';
import { OpenDealsFeed, openDealsQuery, type OpenDeals } from '../../../renderer/src/features/opportunities/use-open-deals';
import { openTestDatabase } from '../db/test-db';
import { opportunityInput, RATES, STAGES, usd } from './fixtures';

const actor = { userId: 'u1', teamId: 't1' };
let db: PeyvandDatabase | undefined;
afterEach(async () => {
  await db?.remove();
  db = undefined;
});

async function insert(id: string, minute: number, patch: Partial<OpportunityInput> = {}) {
  const at = `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z`;
  await db!.opportunities.insert(buildOpportunityDoc(opportunityInput(patch), { id, teamId: 't1', createdAt: at, updatedAt: at }));
}

/** A feed whose "next frame" runs when the test says. */
function feedOf(firstRead = 150) {
  const states: OpenDeals[] = [];
  const frames: (() => void)[] = [];
  const feed = new OpenDealsFeed(db!.opportunities, (s) => states.push(s), (run) => frames.push(run), firstRead);
  const flush = () => frames.splice(0).forEach((run) => run());
  return { feed, states, flush, ids: () => states.at(-1)!.deals.map((d) => d.id) };
}

describe('the board reads open deals only, through the [status, sortUpdated] index', () => {
  it('plans the query on that index, in its order, without sorting in memory', async () => {
    db = await openTestDatabase();
    const { queryPlan } = openDealsQuery(db.opportunities).getPreparedQuery();
    expect(queryPlan.index).toEqual(['_deleted', 'status', 'sortUpdated', 'id']);
    expect(queryPlan.sortSatisfiedByIndex).toBe(true);
    expect(queryPlan.selectorSatisfiedByIndex).toBe(true);
    const next = openDealsQuery(db.opportunities, latestFirstKey('2026-11-20T10:00:00.000Z', 'x'), 10).getPreparedQuery();
    expect(next.queryPlan.index).toEqual(['_deleted', 'status', 'sortUpdated', 'id']);
  });

  it('loads open deals last-changed first, never won, lost or deleted ones', async () => {
    db = await openTestDatabase();
    await insert('old', 1);
    await insert('new', 5);
    await insert('won', 6, { status: 'won', closeReason: 'x', closedAt: '2026-11-20T10:06:00.000Z' });
    await insert('lost', 7, { status: 'lost', closeReason: 'x', closedAt: '2026-11-20T10:07:00.000Z' });
    await insert('gone', 8);
    await (await db.opportunities.findOne('gone').exec())!.remove();
    const { feed, states, ids } = feedOf();
    await feed.start();
    expect(states).toHaveLength(1);
    expect(states[0]!.complete).toBe(true);
    expect(ids()).toEqual(['new', 'old']);
    feed.close();
  });

  it('draws from a first short read, then completes from where it stopped', async () => {
    db = await openTestDatabase();
    for (let i = 0; i < 7; i++) await insert(`d${i}`, i);
    const { feed, states } = feedOf(3);
    await feed.start();
    expect(states.map((s) => [s.complete, s.deals.length])).toEqual([[false, 3], [true, 7]]);
    expect(states[1]!.deals.map((d) => d.id)).toEqual(['d6', 'd5', 'd4', 'd3', 'd2', 'd1', 'd0']);
    feed.close();
  });

  it('merges changes a frame at a time: a moved deal comes first, a closed or deleted one leaves', async () => {
    db = await openTestDatabase();
    await insert('a', 1);
    await insert('b', 2);
    await insert('c', 3);
    const { feed, states, flush, ids } = feedOf();
    await feed.start();
    expect(ids()).toEqual(['c', 'b', 'a']);

    const plan = planMove({ stageId: 'prospecting', probability: 10, status: 'open' }, 'proposal', STAGES);
    if (!plan.ok) throw new Error('plan');
    expect((await patchOpportunity(db, 'a', plan.to, actor)).ok).toBe(true);
    const closed = planClose({ status: 'open', amount: usd(1) }, { outcome: 'lost', reason: 'x', closeDate: '2026-11-20', baseCurrency: 'IRR', rates: RATES, now: new Date('2026-11-20T12:00:00Z') });
    if (!closed.ok) throw new Error('close');
    await patchOpportunity(db, 'b', closed.patch, actor);
    await (await db.opportunities.findOne('c').exec())!.remove();
    await insert('d', 4);
    const before = states.length;
    flush();
    expect(states.length).toBe(before + 1); // one redraw for all four changes
    expect(ids()).toEqual(['a', 'd']);
    expect(states.at(-1)!.deals[0]).toMatchObject({ id: 'a', stageId: 'proposal', probability: 50 });
    feed.close();
  });
});

describe('moves and closing through the validated write path', () => {
  it('a move and its undo change only stage and probability', async () => {
    db = await openTestDatabase();
    await insert('a', 1, { need: 'سرور', probability: 33 });
    const plan = planMove({ stageId: 'prospecting', probability: 33, status: 'open' }, 'negotiation', STAGES);
    if (!plan.ok) throw new Error('plan');
    await patchOpportunity(db, 'a', plan.to, actor);
    expect(await db.opportunities.findOne('a').exec()).toMatchObject({ stageId: 'negotiation', probability: 75, need: 'سرور' });
    await patchOpportunity(db, 'a', { need: 'سرور و ذخیره‌ساز' }, actor);
    await patchOpportunity(db, 'a', plan.undo, actor);
    expect(await db.opportunities.findOne('a').exec()).toMatchObject({ stageId: 'prospecting', probability: 33, need: 'سرور و ذخیره‌ساز' });
  });

  it('refuses an invalid patch and writes nothing', async () => {
    db = await openTestDatabase();
    await insert('a', 1);
    const result = await patchOpportunity(db, 'a', { status: 'won' }, actor);
    expect(result).toEqual({ ok: false, errors: { closeReason: 'validation:reasonRequired', closedAt: 'validation:required' } });
    expect((await db.opportunities.findOne('a').exec())!.status).toBe('open');
    expect(await patchOpportunity(db, 'nope', { probability: 5 }, actor)).toEqual({ ok: false, errors: { _: 'validation:recordGone' } });
  });
});
