import { beforeAll, expect, it } from 'vitest';
import type { PullResponse, WireDocument } from '../../../shared/sync';
import { account, activity, call, describeBackends, pullAll, push, seedTeams, useServer, type Cast } from './harness';

describeBackends('push and pull', (backend) => {
  const server = useServer(backend);
  const base = () => server().baseUrl;
  let cast: Cast;
  beforeAll(async () => {
    cast = await seedTeams(server());
  }, 60_000);
  const seqOf = async (collection: string, id: string) => {
    const { rows } = await server().server.db.query<{ seq: number }>('select seq from docs where collection = $1 and id = $2', [collection, id]);
    return rows[0] ? Number(rows[0].seq) : null;
  };

  it('inserts a document and pulls it back as it was pushed', async () => {
    const doc = account({ ownerId: cast.repA1.user.id, teamId: cast.teamA, name: 'شرکت الف' });
    const res = await push(base(), cast.repA1.accessToken, 'accounts', [{ newDocumentState: doc }]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    const pulled = await pullAll(base(), cast.repA1.accessToken, 'accounts');
    expect(pulled.documents.find((d) => d.id === doc.id)).toEqual(doc);
    expect(pulled.checkpoint).toMatchObject({ seq: expect.any(Number), epoch: 1 });
  });

  it('a replayed push changes nothing and takes no new sequence number', async () => {
    const doc = account({ ownerId: cast.repA1.user.id, teamId: cast.teamA });
    await push(base(), cast.repA1.accessToken, 'accounts', [{ newDocumentState: doc }]);
    const seq = await seqOf('accounts', doc.id);
    // Same row again (the client re-sends after a lost answer), with and without an assumed state, and with RxDB bookkeeping.
    const withMeta = { ...doc, _meta: { lwt: 123 }, _rev: '2-abc', _attachments: {} };
    for (const row of [{ newDocumentState: doc }, { assumedMasterState: doc, newDocumentState: withMeta }, { newDocumentState: withMeta }]) {
      const res = await push(base(), cast.repA1.accessToken, 'accounts', [row]);
      expect(res.body).toEqual([]);
    }
    expect(await seqOf('accounts', doc.id)).toBe(seq);
  });

  it('detects conflicts by content, ignoring bookkeeping fields', async () => {
    const doc = account({ ownerId: cast.repA1.user.id, teamId: cast.teamA, name: 'v1' });
    await push(base(), cast.repA1.accessToken, 'accounts', [{ newDocumentState: doc }]);
    // The assumed state differs only in RxDB's _rev/_meta: not a conflict.
    const v2 = { ...doc, name: 'v2' };
    const ok = await push(base(), cast.repA1.accessToken, 'accounts', [
      { assumedMasterState: { ...doc, _rev: '9-zzz', _meta: { lwt: 1 } }, newDocumentState: { ...v2, _rev: '10-x' } },
    ]);
    expect(ok.body).toEqual([]);
    // Another device still assumes v1: conflict, answered with the server's v2.
    const stale = await push(base(), cast.repA2.accessToken, 'accounts', [{ assumedMasterState: doc, newDocumentState: { ...doc, notes: 'mine' } }]);
    expect(stale.body).toEqual([v2]);
    // No assumed state for an existing document: conflict too.
    const blind = await push(base(), cast.managerA.accessToken, 'accounts', [{ newDocumentState: { ...doc, notes: 'blind' } }]);
    expect(blind.body).toEqual([v2]);
    // A delete is a write like any other and survives a replay.
    const del = { ...v2, _deleted: true };
    expect((await push(base(), cast.repA1.accessToken, 'accounts', [{ assumedMasterState: v2, newDocumentState: del }])).body).toEqual([]);
    expect((await push(base(), cast.repA1.accessToken, 'accounts', [{ assumedMasterState: v2, newDocumentState: del }])).body).toEqual([]);
    const pulled = await pullAll(base(), cast.repA1.accessToken, 'accounts');
    expect(pulled.documents.find((d) => d.id === doc.id)).toEqual(del);
  });

  it('rejects an invalid row with its reason and applies the rest of the batch', async () => {
    const good1 = account({ ownerId: cast.repA1.user.id, teamId: cast.teamA });
    const bad = { ...account({ ownerId: cast.repA1.user.id, teamId: cast.teamA }), phones: [{ label: 'mobile', e164: '0912' }] };
    const badDeleted = { ...account({ ownerId: cast.repA1.user.id, teamId: cast.teamA }), _deleted: 'yes' as unknown as boolean };
    const nul = account({ ownerId: cast.repA1.user.id, teamId: cast.teamA, notes: 'a\u0000b' });
    const good2 = account({ ownerId: cast.repA1.user.id, teamId: cast.teamA });
    const res = await push(base(), cast.repA1.accessToken, 'accounts', [good1, bad, badDeleted, nul, good2].map((d) => ({ newDocumentState: d })));
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(3);
    const [r1, r2, r3] = res.body as (WireDocument & { _rejection: { code: string; fields: Record<string, string> } })[];
    expect(r1).toMatchObject({ id: bad.id, _deleted: true, _rejection: { code: 'INVALID', message: expect.any(String), fields: { 'phones.0.e164': 'validation:invalidPhone' } } });
    expect(r2).toMatchObject({ id: badDeleted.id, _deleted: true, _rejection: { code: 'INVALID', fields: { _deleted: expect.any(String) } } });
    expect(r3).toMatchObject({ id: nul.id, _rejection: { code: 'INVALID' } });
    expect(await seqOf('accounts', good1.id)).not.toBeNull();
    expect(await seqOf('accounts', good2.id)).not.toBeNull();
    expect(await seqOf('accounts', bad.id)).toBeNull();
    expect(await seqOf('accounts', nul.id)).toBeNull();
  });

  it('an invalid edit of an existing document comes back as the server version', async () => {
    const doc = account({ ownerId: cast.repA1.user.id, teamId: cast.teamA });
    await push(base(), cast.repA1.accessToken, 'accounts', [{ newDocumentState: doc }]);
    const res = await push(base(), cast.repA1.accessToken, 'accounts', [{ assumedMasterState: doc, newDocumentState: { ...doc, name: '' } }]);
    expect(res.body).toEqual([{ ...doc, _rejection: { code: 'INVALID', message: expect.any(String), fields: { name: 'validation:required' } } }]);
  });

  it('refuses forbidden writes and applies none of them', async () => {
    const theirs = account({ ownerId: cast.repA2.user.id, teamId: cast.teamA, name: 'rep-a2 owns this' });
    const teamBDoc = account({ ownerId: cast.repB1.user.id, teamId: cast.teamB, name: 'team B' });
    await push(base(), cast.repA2.accessToken, 'accounts', [{ newDocumentState: theirs }]);
    await push(base(), cast.repB1.accessToken, 'accounts', [{ newDocumentState: teamBDoc }]);
    const before = { theirs: await seqOf('accounts', theirs.id), teamB: await seqOf('accounts', teamBDoc.id) };

    const asSomeoneElse = account({ ownerId: cast.repA2.user.id, teamId: cast.teamA });
    const inOtherTeam = account({ ownerId: cast.repA1.user.id, teamId: cast.teamB });
    const mine = account({ ownerId: cast.repA1.user.id, teamId: cast.teamA });
    const res = await push(base(), cast.repA1.accessToken, 'accounts', [
      { assumedMasterState: theirs, newDocumentState: { ...theirs, name: 'hijacked' } }, // a rep editing another rep's record
      { newDocumentState: asSomeoneElse }, // a rep creating as someone else
      { newDocumentState: inOtherTeam }, // … or in another team
      { assumedMasterState: teamBDoc, newDocumentState: { ...teamBDoc, name: 'x' } }, // a record they cannot even see
      { newDocumentState: mine }, // allowed
    ]);
    const body = res.body as (WireDocument & { _rejection?: { code: string } })[];
    expect(body.map((d) => [d.id, d._rejection?.code])).toEqual([
      [theirs.id, 'FORBIDDEN'],
      [asSomeoneElse.id, 'FORBIDDEN'],
      [inOtherTeam.id, 'FORBIDDEN'],
      [teamBDoc.id, 'FORBIDDEN'],
    ]);
    // Readable: the server's version. Not readable: the pushed doc as a tombstone (it must leave the device).
    expect(body[0]).toMatchObject({ ...theirs, _deleted: false });
    expect(body[1]).toMatchObject({ id: asSomeoneElse.id, _deleted: true });
    expect(body[3]).toMatchObject({ id: teamBDoc.id, _deleted: true, name: 'x' });
    expect(await seqOf('accounts', theirs.id)).toBe(before.theirs);
    expect(await seqOf('accounts', teamBDoc.id)).toBe(before.teamB);
    expect(await seqOf('accounts', asSomeoneElse.id)).toBeNull();
    expect(await seqOf('accounts', inOtherTeam.id)).toBeNull();
    expect(await seqOf('accounts', mine.id)).not.toBeNull();
    // Pushing back the server's own state of a record one may not change is a no-op, not a refusal.
    expect((await push(base(), cast.repA1.accessToken, 'accounts', [{ assumedMasterState: theirs, newDocumentState: theirs }])).body).toEqual([]);

    // A manager writes anything of their own team, nothing of another.
    const mgr = await push(base(), cast.managerA.accessToken, 'accounts', [
      { assumedMasterState: theirs, newDocumentState: { ...theirs, name: 'manager edit' } },
      { assumedMasterState: teamBDoc, newDocumentState: { ...teamBDoc, name: 'manager A edit' } },
      { newDocumentState: account({ ownerId: cast.managerA.user.id, teamId: cast.teamB }) },
    ]);
    expect((mgr.body as { _rejection?: { code: string } }[]).map((d) => d._rejection?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(await seqOf('accounts', teamBDoc.id)).toBe(before.teamB);
    expect(await seqOf('accounts', theirs.id)).not.toBe(before.theirs);
  });

  it('a rep may edit what is assigned to them but not reassign ownership', async () => {
    const task = activity({ ownerId: cast.managerA.user.id, teamId: cast.teamA, assigneeType: 'user', assigneeId: cast.repA1.user.id });
    expect((await push(base(), cast.managerA.accessToken, 'activities', [{ newDocumentState: task }])).body).toEqual([]);
    const done = { ...task, status: 'done' as const };
    expect((await push(base(), cast.repA1.accessToken, 'activities', [{ assumedMasterState: task, newDocumentState: done }])).body).toEqual([]);
    const steal = await push(base(), cast.repA1.accessToken, 'activities', [{ assumedMasterState: done, newDocumentState: { ...done, ownerId: cast.repA1.user.id } }]);
    expect(steal.body).toMatchObject([{ ...done, _rejection: { code: 'FORBIDDEN' } }]);
  });

  it('clients may not push users or teams; reps may not write reference data', async () => {
    const now = '2026-11-01T10:00:00.000Z';
    const currency = { id: 'currency-EUR', ownerId: cast.admin.user.id, teamId: cast.teamA, createdAt: now, updatedAt: now, kind: 'currency', key: 'EUR', data: { code: 'EUR', enabled: true }, _deleted: false };
    const fakeUser = { ...currency, id: 'user-x', kind: 'user', key: 'x', data: { username: 'x', displayName: 'X', role: 'admin', teamId: cast.teamA, active: true } };
    const byRep = await push(base(), cast.repA1.accessToken, 'reference', [{ newDocumentState: currency }]);
    expect(byRep.body).toMatchObject([{ id: 'currency-EUR', _deleted: true, _rejection: { code: 'FORBIDDEN' } }]);
    const byAdmin = await push(base(), cast.admin.accessToken, 'reference', [{ newDocumentState: currency }, { newDocumentState: fakeUser }]);
    expect(byAdmin.body).toMatchObject([{ id: 'user-x', _rejection: { code: 'FORBIDDEN' } }]);
    expect(await seqOf('reference', 'currency-EUR')).not.toBeNull();
    expect(await seqOf('reference', 'user-x')).toBeNull();
  });

  it('answers 400 to wrong push shapes and writes nothing', async () => {
    const doc = account({ ownerId: cast.repA1.user.id, teamId: cast.teamA });
    const { rows: before } = await server().server.db.query<{ n: number }>('select count(*) as n from docs');
    for (const body of [{ newDocumentState: doc }, [{ doc }], [{ newDocumentState: 'x' }], [{ newDocumentState: { ...doc, id: 5 } }], Array(1001).fill({ newDocumentState: doc })]) {
      const res = await call(base(), 'POST', '/sync/accounts/push', { token: cast.repA1.accessToken, body });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'INVALID_REQUEST' } });
    }
    const malformed = await call(base(), 'POST', '/sync/accounts/push', { token: cast.repA1.accessToken, rawBody: '[{"newDocumentState": ' });
    expect(malformed.status).toBe(400);
    const { rows: after } = await server().server.db.query<{ n: number }>('select count(*) as n from docs');
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n));
  });

  it('answers 404 to an unknown collection and 400 to a bad checkpoint or limit', async () => {
    expect((await call(base(), 'GET', '/sync/campaignz/pull', { token: cast.repA1.accessToken })).status).toBe(404);
    expect((await push(base(), cast.repA1.accessToken, 'nope', [])).status).toBe(404);
    for (const q of ['?checkpoint=%7B', '?checkpoint=%7B%22seq%22%3A-1%2C%22epoch%22%3A1%7D', '?limit=0', '?limit=5001', '?limit=abc']) {
      const res = await call(base(), 'GET', `/sync/accounts/pull${q}`, { token: cast.repA1.accessToken });
      expect(res.status, q).toBe(400);
    }
  });

  it('pages by checkpoint: every document exactly once, in sequence order', async () => {
    const docs = Array.from({ length: 57 }, (_, i) => activity({ ownerId: cast.repB1.user.id, teamId: cast.teamB, subject: `s${i}` }));
    await push(base(), cast.repB1.accessToken, 'activities', docs.map((d) => ({ newDocumentState: d })));
    const page1 = await call<PullResponse>(base(), 'GET', '/sync/activities/pull?limit=10', { token: cast.repB1.accessToken });
    expect(page1.body.documents).toHaveLength(10);
    const all = await pullAll(base(), cast.repB1.accessToken, 'activities', null, 10);
    expect(all.documents.map((d) => d.id)).toEqual(docs.map((d) => d.id));
    // The first page says how many the first sync brings (progress "n of m"); later pages do not.
    expect(page1.body.total).toBe(all.documents.length);
    const page2 = await call<PullResponse>(base(), 'GET', `/sync/activities/pull?limit=10&checkpoint=${encodeURIComponent(JSON.stringify(page1.body.checkpoint))}`, { token: cast.repB1.accessToken });
    expect(page2.body.total).toBeUndefined();
    // Caught up: the next pull is empty and keeps the checkpoint.
    const again = await pullAll(base(), cast.repB1.accessToken, 'activities', all.checkpoint, 10);
    expect(again.documents).toEqual([]);
    expect(again.checkpoint).toEqual(all.checkpoint);
  });

  it('a rep of team B never receives team A documents', async () => {
    const a = account({ ownerId: cast.repA1.user.id, teamId: cast.teamA, name: 'secret of A' });
    await push(base(), cast.repA1.accessToken, 'accounts', [{ newDocumentState: a }]);
    const pulledB = await pullAll(base(), cast.repB1.accessToken, 'accounts');
    expect(pulledB.documents.every((d) => d.teamId === cast.teamB)).toBe(true);
    // Not even the count of team A's documents reaches B.
    const firstB = await call<PullResponse>(base(), 'GET', '/sync/accounts/pull?limit=1', { token: cast.repB1.accessToken });
    expect(firstB.body.total).toBe(pulledB.documents.length);
    expect(pulledB.documents.map((d) => d.id)).not.toContain(a.id);
    const pulledAdmin = await pullAll(base(), cast.admin.accessToken, 'accounts');
    expect(pulledAdmin.documents.map((d) => d.id)).toContain(a.id);
    // Everyone reads the users directory.
    const reference = await pullAll(base(), cast.repB1.accessToken, 'reference');
    expect(reference.documents.filter((d) => d.kind === 'user').map((d) => (d.data as { username: string }).username)).toEqual(
      expect.arrayContaining(['admin', 'rep-a1', 'rep-b1', 'manager-a']),
    );
  });

  it('a document reassigned to another team disappears from the old team (tombstone)', async () => {
    const doc = account({ ownerId: cast.managerA.user.id, teamId: cast.teamA, name: 'moving' });
    await push(base(), cast.managerA.accessToken, 'accounts', [{ newDocumentState: doc }]);
    const before = await pullAll(base(), cast.repA2.accessToken, 'accounts');
    expect(before.documents.map((d) => d.id)).toContain(doc.id);
    const beforeB = await pullAll(base(), cast.repB1.accessToken, 'accounts');

    const moved = { ...doc, teamId: cast.teamB, ownerId: cast.repB1.user.id };
    expect((await push(base(), cast.admin.accessToken, 'accounts', [{ assumedMasterState: doc, newDocumentState: moved }])).body).toEqual([]);

    const afterA = await pullAll(base(), cast.repA2.accessToken, 'accounts', before.checkpoint);
    expect(afterA.documents).toEqual([{ ...doc, _deleted: true }]);
    const afterB = await pullAll(base(), cast.repB1.accessToken, 'accounts', beforeB.checkpoint);
    expect(afterB.documents).toEqual([moved]);
    // Back to A: team A sees it again (no stale tombstone), team B loses it.
    const back = { ...moved, teamId: cast.teamA, ownerId: cast.repA2.user.id };
    await push(base(), cast.admin.accessToken, 'accounts', [{ assumedMasterState: moved, newDocumentState: back }]);
    const againA = await pullAll(base(), cast.repA2.accessToken, 'accounts', afterA.checkpoint);
    expect(againA.documents).toEqual([back]);
    const fromScratchA = await pullAll(base(), cast.repA2.accessToken, 'accounts');
    expect(fromScratchA.documents.filter((d) => d.id === doc.id).at(-1)).toEqual(back);
    const againB = await pullAll(base(), cast.repB1.accessToken, 'accounts', afterB.checkpoint);
    expect(againB.documents).toEqual([{ ...moved, _deleted: true }]);
  });

  it('a task reassigned from a rep of another team disappears from that rep', async () => {
    const task = activity({ ownerId: cast.managerA.user.id, teamId: cast.teamA, assigneeType: 'user', assigneeId: cast.repB1.user.id });
    await push(base(), cast.managerA.accessToken, 'activities', [{ newDocumentState: task }]);
    const seen = await pullAll(base(), cast.repB1.accessToken, 'activities');
    expect(seen.documents.map((d) => d.id)).toContain(task.id);
    const reassigned = { ...task, assigneeId: cast.repA1.user.id };
    await push(base(), cast.managerA.accessToken, 'activities', [{ assumedMasterState: task, newDocumentState: reassigned }]);
    const after = await pullAll(base(), cast.repB1.accessToken, 'activities', seen.checkpoint);
    expect(after.documents).toEqual([{ ...task, _deleted: true }]);
  });

  it('when an admin moves a user to another team, old checkpoints answer reset', async () => {
    const user = await server().createUser({ username: 'mover', password: 'password-123', role: 'rep', teamId: cast.teamA });
    const login = await server().login('mover', 'password-123');
    const first = await pullAll(base(), login.accessToken, 'accounts');
    expect(first.documents.length).toBeGreaterThan(0);
    const patch = await call(base(), 'PATCH', `/admin/users/${user.id}`, { token: cast.admin.accessToken, body: { teamId: cast.teamB } });
    expect(patch.status).toBe(200);
    const reset = await call<PullResponse>(base(), 'GET', `/sync/accounts/pull?checkpoint=${encodeURIComponent(JSON.stringify(first.checkpoint))}`, { token: login.accessToken });
    expect(reset.body).toEqual({ documents: [], checkpoint: null, reset: true });
    const fresh = await pullAll(base(), login.accessToken, 'accounts');
    expect(fresh.checkpoint).toMatchObject({ epoch: 2 });
    // A checkpoint from another (wiped or restored) database resets too.
    const foreign = encodeURIComponent(JSON.stringify({ seq: fresh.checkpoint!.seq + 1_000_000, epoch: 2 }));
    const stale = await call<PullResponse>(base(), 'GET', `/sync/accounts/pull?checkpoint=${foreign}`, { token: login.accessToken });
    expect(stale.body).toEqual({ documents: [], checkpoint: null, reset: true });
    expect(fresh.documents.filter((d) => !d._deleted).every((d) => d.teamId === cast.teamB)).toBe(true);
  });
});
