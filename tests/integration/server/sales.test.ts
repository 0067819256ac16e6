import { beforeAll, expect, it } from 'vitest';
import { REJECTION_FIELD, type WireDocument } from '../../../shared/sync';
import { lead, opportunity, quote } from '../../support/sales-fixtures';
import { activity, describeBackends, pullAll, push, seedTeams, useServer, type Cast } from './harness';

describeBackends('sales-cycle documents on the server', (backend) => {
  const server = useServer(backend);
  const base = () => server().baseUrl;
  let cast: Cast;
  beforeAll(async () => {
    cast = await seedTeams(server());
  }, 60_000);
  const stored = async (collection: string, id: string) => {
    const { rows } = await server().server.db.query<{ seq: number; data: Record<string, unknown> }>(
      'select seq, data from docs where collection = $1 and id = $2', [collection, id],
    );
    return rows[0] ? { seq: Number(rows[0].seq), data: rows[0].data } : null;
  };
  const pulled = async (token: string, collection: string, id: string) =>
    (await pullAll(base(), token, collection)).documents.find((d) => d.id === id);

  it('gives a quote its final number when first accepted, in order, and never takes a device’s number', async () => {
    const mine = { ownerId: cast.repA1.user.id, teamId: cast.teamA };
    const q1 = quote(mine);
    const q2 = quote({ ...mine, number: '9999-99999' }); // a forged "final" number
    expect((await push(base(), cast.repA1.accessToken, 'quotes', [{ newDocumentState: q1 }, { newDocumentState: q2 }])).body).toEqual([]);
    const n1 = String((await stored('quotes', q1.id))!.data.number);
    const n2 = String((await stored('quotes', q2.id))!.data.number);
    expect(n1).toMatch(/^1[34]\d\d-\d{5}$/);
    const [year, first] = n1.split('-');
    expect(n2).toBe(`${year}-${String(Number(first) + 1).padStart(5, '0')}`);
    expect((await pulled(cast.repA1.accessToken, 'quotes', q1.id))?.number).toBe(n1);
  });

  it('an edit from a device that has not pulled the number yet is no conflict and keeps the number; replays change nothing', async () => {
    const q = quote({ ownerId: cast.repA1.user.id, teamId: cast.teamA });
    await push(base(), cast.repA1.accessToken, 'quotes', [{ newDocumentState: q }]);
    const before = (await stored('quotes', q.id))!;
    // The device still has number '' (its assumed state is what it pushed).
    const edited = { ...q, status: 'sent' as const };
    expect((await push(base(), cast.repA1.accessToken, 'quotes', [{ assumedMasterState: q, newDocumentState: edited }])).body).toEqual([]);
    const after = (await stored('quotes', q.id))!;
    expect(after.data).toMatchObject({ status: 'sent', number: before.data.number });
    // The same push again (a retry after a lost answer): nothing new.
    expect((await push(base(), cast.repA1.accessToken, 'quotes', [{ assumedMasterState: q, newDocumentState: edited }])).body).toEqual([]);
    expect((await stored('quotes', q.id))!.seq).toBe(after.seq);
  });

  it('two devices offline make quotes at the same time: different final numbers', async () => {
    const a = quote({ ownerId: cast.repA1.user.id, teamId: cast.teamA, provisionalNumber: 'P-AAAA-1' });
    const b = quote({ ownerId: cast.repA2.user.id, teamId: cast.teamA, provisionalNumber: 'P-BBBB-1' });
    await Promise.all([
      push(base(), cast.repA1.accessToken, 'quotes', [{ newDocumentState: a }]),
      push(base(), cast.repA2.accessToken, 'quotes', [{ newDocumentState: b }]),
    ]);
    const na = (await stored('quotes', a.id))!.data.number;
    const nb = (await stored('quotes', b.id))!.data.number;
    expect(na).toBeTruthy();
    expect(nb).toBeTruthy();
    expect(na).not.toBe(nb);
  });

  it('a quote created and deleted offline takes no number', async () => {
    const q = { ...quote({ ownerId: cast.repA1.user.id, teamId: cast.teamA }), _deleted: true };
    expect((await push(base(), cast.repA1.accessToken, 'quotes', [{ newDocumentState: q }])).body).toEqual([]);
    expect((await stored('quotes', q.id))!.data.number).toBe('');
  });

  it('refuses a quote whose totals do not add up, writing nothing', async () => {
    const q = quote({ ownerId: cast.repA1.user.id, teamId: cast.teamA });
    const forged = { ...q, totals: { ...q.totals, totalMinor: 1 } };
    const res = await push(base(), cast.repA1.accessToken, 'quotes', [{ newDocumentState: forged }]);
    expect(res.body).toHaveLength(1);
    expect((res.body[0] as Record<string, unknown>)[REJECTION_FIELD]).toMatchObject({ code: 'INVALID', fields: { totals: 'validation:quoteTotalsMismatch' } });
    expect(await stored('quotes', q.id)).toBeNull();
  });

  it('leads and opportunities follow the access rule: another team never receives them', async () => {
    const l = lead({ ownerId: cast.repA1.user.id, teamId: cast.teamA });
    const o = opportunity({ ownerId: cast.repA1.user.id, teamId: cast.teamA });
    expect((await push(base(), cast.repA1.accessToken, 'leads', [{ newDocumentState: l }])).body).toEqual([]);
    expect((await push(base(), cast.repA1.accessToken, 'opportunities', [{ newDocumentState: o }])).body).toEqual([]);
    expect(await pulled(cast.repA2.accessToken, 'leads', l.id)).toEqual(l);
    expect(await pulled(cast.repB1.accessToken, 'leads', l.id)).toBeUndefined();
    expect(await pulled(cast.repB1.accessToken, 'opportunities', o.id)).toBeUndefined();
    // A rep of team B may not change it either.
    const res = await push(base(), cast.repB1.accessToken, 'opportunities', [{ assumedMasterState: o, newDocumentState: { ...o, name: 'x' } }]);
    expect((res.body[0] as Record<string, unknown>)[REJECTION_FIELD]).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('an activity from a device on the previous schema version is accepted; stored rows of that version pull upgraded', async () => {
    const full = activity({ ownerId: cast.repA1.user.id, teamId: cast.teamA });
    const { endsAt: _e, location: _l, remindAt: _r, ...old } = full;
    expect((await push(base(), cast.repA1.accessToken, 'activities', [{ newDocumentState: old as WireDocument }])).body).toEqual([]);
    expect(await pulled(cast.repA1.accessToken, 'activities', full.id)).toEqual(full);
    // A row written before the upgrade (straight into the table) comes out in the current shape.
    const legacy = activity({ ownerId: cast.repA1.user.id, teamId: cast.teamA });
    const { endsAt: _e2, location: _l2, remindAt: _r2, _deleted: _d, ...legacyData } = legacy;
    await server().server.db.query(
      `insert into docs (collection, id, seq, data, deleted, owner_id, team_id, assignee_type, assignee_id)
       values ('activities', $1, nextval('docs_seq'), $2::jsonb, false, $3, $4, 'user', $3)`,
      [legacy.id, JSON.stringify(legacyData), cast.repA1.user.id, cast.teamA],
    );
    expect(await pulled(cast.repA1.accessToken, 'activities', legacy.id)).toEqual(legacy);
  });
});
