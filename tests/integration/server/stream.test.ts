import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamEvent, WireDocument } from '../../../shared/sync';
import { startTestServer, type TestServer } from '../../../server/src/testing';
import { freshDatabase, postgresUrl } from '../postgres';
import { account, activity, call, describeBackends, push, seedTeams, SseClient, useServer, type Cast } from './harness';

describeBackends('live stream', (backend) => {
  const server = useServer(backend, { config: { heartbeatMs: 300 } });
  const base = () => server().baseUrl;
  let cast: Cast;
  const open: SseClient[] = [];
  beforeAll(async () => {
    cast = await seedTeams(server());
  }, 60_000);
  afterAll(() => open.forEach((c) => c.close()));
  const stream = async (token: string, viaQuery = false) => {
    const c = await SseClient.open(base(), viaQuery ? { queryToken: token } : { token });
    open.push(c);
    expect(c.status).toBe(200);
    return c;
  };

  it('delivers another client\'s push, filtered by visibility, with a checkpoint', async () => {
    const a2 = await stream(cast.repA2.accessToken);
    const b1 = await stream(cast.repB1.accessToken, true);
    const admin = await stream(cast.admin.accessToken);
    const docA = account({ ownerId: cast.repA1.user.id, teamId: cast.teamA, name: 'live A' });
    const docB = account({ ownerId: cast.repB1.user.id, teamId: cast.teamB, name: 'live B' });
    await push(base(), cast.repA1.accessToken, 'accounts', [{ newDocumentState: docA }]);
    await push(base(), cast.repB1.accessToken, 'accounts', [{ newDocumentState: docB }]);

    await a2.waitFor(() => a2.documents('accounts').some((d) => d.id === docA.id));
    await admin.waitFor(() => admin.documents('accounts').some((d) => d.id === docB.id));
    await b1.waitFor(() => b1.documents('accounts').some((d) => d.id === docB.id));
    expect(a2.documents('accounts').map((d) => d.id)).toEqual([docA.id]);
    expect(b1.documents('accounts').map((d) => d.id)).toEqual([docB.id]);
    expect(admin.documents('accounts').map((d) => d.id)).toEqual([docA.id, docB.id]);
    const event = a2.events.find((e) => e !== 'RESYNC') as Exclude<StreamEvent, 'RESYNC'>;
    expect(event).toEqual({ collection: 'accounts', documents: [docA], checkpoint: { seq: expect.any(Number), epoch: 1 } });
  });

  it('sends a tombstone to those who lose sight of a reassigned document', async () => {
    const doc = account({ ownerId: cast.managerA.user.id, teamId: cast.teamA, name: 'to move' });
    await push(base(), cast.managerA.accessToken, 'accounts', [{ newDocumentState: doc }]);
    const a2 = await stream(cast.repA2.accessToken);
    const b1 = await stream(cast.repB1.accessToken);
    const moved = { ...doc, teamId: cast.teamB, ownerId: cast.repB1.user.id };
    await push(base(), cast.admin.accessToken, 'accounts', [{ assumedMasterState: doc, newDocumentState: moved }]);
    // (The streams may also carry the insert, if they opened before its broadcast.)
    await a2.waitFor(() => a2.documents('accounts').some((d) => d.id === doc.id && d._deleted));
    await b1.waitFor(() => b1.documents('accounts').some((d) => d.id === doc.id && d.teamId === cast.teamB));
    expect(a2.documents('accounts').at(-1)).toEqual({ ...doc, _deleted: true });
    expect(b1.documents('accounts')).toEqual([moved]);
  });

  it('sends heartbeats and ends the stream when the user\'s access changes (RESYNC)', async () => {
    const user = await server().createUser({ username: 'streamer', password: 'password-123', role: 'rep', teamId: cast.teamA });
    const login = await server().login('streamer', 'password-123');
    const c = await stream(login.accessToken);
    const before = c.comments;
    await c.waitFor(() => c.comments >= before + 2, 5000);
    const res = await call(base(), 'PATCH', `/admin/users/${user.id}`, { token: cast.admin.accessToken, body: { role: 'manager' } });
    expect(res.status).toBe(200);
    await c.closed;
    expect(c.events.at(-1)).toBe('RESYNC');
  });

  it('refuses a stream without a valid token', async () => {
    const c = await SseClient.open(base(), {});
    expect(c.status).toBe(401);
  });

  it('holds 500 concurrent streams and reaches all of them', async () => {
    const clients = await Promise.all(Array.from({ length: 500 }, () => SseClient.open(base(), { token: cast.repA2.accessToken })));
    open.push(...clients);
    expect(clients.every((c) => c.status === 200)).toBe(true);
    expect(server().server.app.server.listening).toBe(true);
    const doc = activity({ ownerId: cast.repA1.user.id, teamId: cast.teamA, subject: 'to everyone' });
    const started = Date.now();
    await push(base(), cast.repA1.accessToken, 'activities', [{ newDocumentState: doc }]);
    await Promise.all(clients.map((c) => c.waitFor(() => c.documents('activities').some((d) => d.id === doc.id), 15_000)));
    expect(Date.now() - started).toBeLessThan(10_000);
    clients.forEach((c) => c.close());
  }, 60_000);
});

describe.skipIf(!postgresUrl)('two server processes on one PostgreSQL', () => {
  let one: TestServer;
  let two: TestServer;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await freshDatabase();
    drop = db.drop;
    one = await startTestServer({ databaseUrl: db.url });
    two = await startTestServer({ databaseUrl: db.url });
  }, 60_000);
  afterAll(async () => {
    await one?.stop();
    await two?.stop();
    await drop?.();
  });

  it('stream each other\'s writes (LISTEN/NOTIFY) and share tokens', async () => {
    const cast = await seedTeams(one);
    // A token from server one works on server two: the signing secret lives in the database.
    expect((await call(two.baseUrl, 'GET', '/me', { token: cast.repA2.accessToken })).status).toBe(200);
    const onTwo = await SseClient.open(two.baseUrl, { token: cast.repA2.accessToken });
    const onOne = await SseClient.open(one.baseUrl, { token: cast.repA1.accessToken });
    try {
      const fromOne = account({ ownerId: cast.repA1.user.id, teamId: cast.teamA, name: 'written on one' });
      await push(one.baseUrl, cast.repA1.accessToken, 'accounts', [{ newDocumentState: fromOne }]);
      await onTwo.waitFor(() => onTwo.documents('accounts').some((d) => d.id === fromOne.id));
      const fromTwo = account({ ownerId: cast.repA2.user.id, teamId: cast.teamA, name: 'written on two' });
      await push(two.baseUrl, cast.repA2.accessToken, 'accounts', [{ newDocumentState: fromTwo }]);
      await onOne.waitFor(() => onOne.documents('accounts').some((d) => d.id === fromTwo.id));
      expect(onOne.documents('accounts')).toEqual([fromOne, fromTwo] satisfies WireDocument[]);

      // The LISTEN connections drop (PostgreSQL restart, network): they reconnect and catch up on what was missed.
      const killed = await one.server.db.query<{ ok: boolean }>(
        `select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = current_database() and query ilike 'LISTEN%'`,
      );
      expect(killed.rows.length).toBeGreaterThanOrEqual(2);
      const whileAway = account({ ownerId: cast.repA1.user.id, teamId: cast.teamA, name: 'written while the listeners were away' });
      await push(one.baseUrl, cast.repA1.accessToken, 'accounts', [{ newDocumentState: whileAway }]);
      await onTwo.waitFor(() => onTwo.documents('accounts').some((d) => d.id === whileAway.id), 15_000);

      // Revoking on one ends the device's stream on two.
      const res = await call(one.baseUrl, 'DELETE', `/admin/devices/${cast.repA2.deviceId}`, { token: cast.admin.accessToken });
      expect(res.status).toBe(200);
      await onTwo.closed;
      expect(onTwo.events.at(-1)).toBe('RESYNC');

      // A revocation whose notice is lost (written while no listener was there to hear it)
      // still ends the device's open stream once the listeners are back: they re-check access.
      await one.server.db.query('update devices set revoked_at = now() where id = $1', [cast.repA1.deviceId]);
      await one.server.db.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'LISTEN%'`);
      await onOne.closed;
      expect(onOne.events.at(-1)).toBe('RESYNC');
    } finally {
      onOne.close();
      onTwo.close();
    }
  }, 60_000);
});
