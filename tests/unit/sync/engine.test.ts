import { afterEach, describe, expect, it } from 'vitest';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { memoryTokenStore, SyncApi } from '../../../renderer/src/features/sync/api-client';
import { reownLocalRecords } from '../../../renderer/src/features/sync/reown';
import { SyncEngine } from '../../../renderer/src/features/sync/sync-engine';
import type { SyncLogEntry } from '../../../shared/sync';
import { openTestDatabase } from '../db/test-db';
import { FakeServer } from './fake-server';
import { account, contact, T1 } from './fixtures';

const open: PeyvandDatabase[] = [];
const engines: SyncEngine[] = [];
afterEach(async () => {
  for (const e of engines.splice(0)) await e.stop();
  for (const db of open.splice(0)) if (!db.closed) await db.close();
});

async function client(server: FakeServer, user = { id: 'u1', role: 'rep' as const, teamId: 't1' }) {
  const db = await openTestDatabase();
  open.push(db);
  const api = new SyncApi({ serverUrl: 'http://fake.test', tokens: memoryTokenStore({ accessToken: server.accessToken, refreshToken: server.refreshToken, deviceId: 'd1' }), fetch: server.fetch });
  const engine = new SyncEngine({ db, api, user, identifier: `fake|${user.id}`, live: false, retryTimeMs: 50 });
  engines.push(engine);
  return { db, api, engine };
}

const plain = async (db: PeyvandDatabase, id: string) => (await db.contacts.findOne(id).exec())?.toJSON();
const log = async (db: PeyvandDatabase) => (await db.synclog.find().exec()).map((d) => d.toJSON() as SyncLogEntry);

describe('SyncEngine with a fake server', () => {
  it('pushes local records and pulls the server’s', async () => {
    const server = new FakeServer();
    server.put('contacts', contact({ firstName: 'سرور' }, 'c-server'));
    const { db, engine } = await client(server);
    await db.contacts.insert(contact({}, 'c-local'));
    await engine.start();
    await engine.awaitInSync();
    expect(server.get('contacts', 'c-local')).toBeTruthy();
    expect((await plain(db, 'c-server'))?.firstName).toBe('سرور');
  });

  it('reports a first sync as "n of m" from the total the server announces, then clears it', async () => {
    const server = new FakeServer();
    for (let i = 0; i < 250; i++) server.put('contacts', contact({ lastName: `ردیف ${i}` }, `c-${String(i).padStart(3, '0')}`));
    const db = await openTestDatabase();
    open.push(db);
    const api = new SyncApi({ serverUrl: 'http://fake.test', tokens: memoryTokenStore({ accessToken: server.accessToken, refreshToken: server.refreshToken, deviceId: 'd1' }), fetch: server.fetch });
    const seen: Array<{ received: number; expected: number } | null> = [];
    const engine = new SyncEngine({
      db, api, user: { id: 'u1', role: 'rep', teamId: 't1' }, identifier: 'fake|u1', live: false, retryTimeMs: 50, pullBatchSize: 100,
      collections: ['contacts'], onProgress: (p) => seen.push(p.initial),
    });
    engines.push(engine);
    await engine.start();
    await engine.awaitInSync();
    const during = seen.filter((x): x is { received: number; expected: number } => x !== null);
    expect([...new Set(during.map((x) => x.received))]).toEqual([100, 200]);
    expect(during.every((x) => x.expected === 250)).toBe(true);
    expect(engine.progress.initial).toBeNull();
    expect(await db.contacts.count().exec()).toBe(250);
  });

  it('merges a conflicting push: different fields both kept, same field → server wins, device value logged', async () => {
    const server = new FakeServer();
    const base = contact({}, 'c1');
    server.put('contacts', base);
    const { db, engine } = await client(server);
    await engine.start();
    await engine.awaitInSync();
    await engine.stop();
    // Another device changes jobTitle and notes on the server meanwhile.
    server.put('contacts', contact({ jobTitle: 'سرور', notes: 'یادداشت سرور', updatedAt: T1 }, 'c1'));
    const doc = await db.contacts.findOne('c1').exec();
    await doc!.incrementalPatch({ jobTitle: 'دستگاه', tags: ['محلی'] });
    await engine.start();
    await engine.awaitInSync();
    const merged = await plain(db, 'c1');
    expect(merged).toMatchObject({ jobTitle: 'سرور', notes: 'یادداشت سرور', tags: ['محلی'] });
    expect(server.get('contacts', 'c1')).toMatchObject({ jobTitle: 'سرور', notes: 'یادداشت سرور', tags: ['محلی'] });
    const entries = await log(db);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'field', collectionName: 'contacts', docId: 'c1', field: 'jobTitle', localJson: '"دستگاه"', remoteJson: '"سرور"', userId: 'u1', status: 'open', recordName: 'علی رضایی' });
  });

  it('a refused row takes the server state, is logged with the refused version, and does not block the rest', async () => {
    const server = new FakeServer();
    server.refuse = (_c, row) => (row.newDocumentState.id === 'bad' ? { code: 'FORBIDDEN', message: 'The record belongs to another team.' } : null);
    const { db, engine } = await client(server);
    await db.contacts.bulkInsert([contact({ jobTitle: 'رد می‌شود' }, 'bad'), contact({}, 'good1'), contact({}, 'good2')]);
    await engine.start();
    await engine.awaitInSync();
    expect(server.get('contacts', 'good1')).toBeTruthy();
    expect(server.get('contacts', 'good2')).toBeTruthy();
    expect(server.get('contacts', 'bad')).toBeUndefined();
    // The device took the state the server sent (its own version marked deleted)…
    expect(await db.contacts.findOne('bad').exec()).toBeNull();
    // …and the refused version is kept in the log.
    const [entry] = await log(db);
    expect(entry).toMatchObject({ kind: 'rejected', docId: 'bad', code: 'FORBIDDEN', recordName: 'علی رضایی' });
    expect(JSON.parse(entry!.localJson)).toMatchObject({ jobTitle: 'رد می‌شود', _deleted: false });
    // Nothing pending, nothing re-sent forever.
    const pushes = server.requests.filter((r) => r.includes('/push')).length;
    engine.reSync();
    await engine.awaitInSync();
    expect(server.requests.filter((r) => r.includes('/push')).length).toBe(pushes);
    expect((await engine.countPending()).count).toBe(0);
  });

  it('counts local changes waiting for the server and reaches 0 once pushed', async () => {
    const server = new FakeServer();
    const { db, engine } = await client(server);
    await engine.start();
    await engine.awaitInSync();
    server.failNext = 1000; // the network is down
    await db.contacts.bulkInsert([contact({}, 'p1'), contact({}, 'p2')]);
    await db.accounts.insert(account({}, 'a1'));
    await new Promise((r) => setTimeout(r, 100));
    expect((await engine.countPending()).count).toBe(3);
    server.failNext = 0;
    engine.reSync();
    await engine.awaitInSync();
    expect((await engine.countPending()).count).toBe(0);
    expect(engine.progress.error).toBeNull();
  });

  it('reset: pushes what waits, then drops local synced data and pulls from scratch', async () => {
    const server = new FakeServer();
    server.put('contacts', contact({}, 'visible-before'));
    const { db, engine } = await client(server);
    await engine.start();
    await engine.awaitInSync();
    await engine.stop();
    // Access changed: the server no longer shows 'visible-before' and shows 'visible-now'.
    server.docs.get('contacts')!.delete('visible-before');
    server.put('contacts', contact({ firstName: 'تازه' }, 'visible-now'));
    await db.contacts.insert(contact({ jobTitle: 'pending' }, 'typed-offline'));
    server.resetFor.add('contacts');
    await engine.start();
    await engine.awaitInSync();
    await new Promise((r) => setTimeout(r, 50));
    await engine.awaitInSync();
    // The waiting edit reached the server before the local data was dropped.
    expect(server.get('contacts', 'typed-offline')).toMatchObject({ jobTitle: 'pending' });
    const ids = (await db.contacts.find().exec()).map((d) => d.id).sort();
    expect(ids).toEqual(['typed-offline', 'visible-now']);
  });
});

describe('re-owning local-only records', () => {
  it('gives records made before the first sign-in to the signed-in user and team, and they sync', async () => {
    const server = new FakeServer();
    const { db, engine } = await client(server);
    await db.contacts.insert(contact({ ownerId: 'local-user', teamId: 'local-team' }, 'offline1'));
    await db.accounts.insert(account({ ownerId: 'local-user', teamId: 'local-team' }, 'offline2'));
    await db.reference.insert({ id: 'user-local-user', kind: 'user', key: 'local-user', data: { username: 'local', displayName: 'local-user', role: 'admin', teamId: 'local-team', active: true }, ownerId: 'local-user', teamId: 'local-team', createdAt: T1, updatedAt: T1 });
    server.refuse = (_c, row) => (row.newDocumentState.ownerId === 'u1' && row.newDocumentState.teamId === 't1' ? null : { code: 'FORBIDDEN', message: 'createAsYourself' });
    await engine.start();
    await engine.awaitInSync();
    expect(server.get('contacts', 'offline1')).toMatchObject({ ownerId: 'u1', teamId: 't1' });
    expect(server.get('accounts', 'offline2')).toMatchObject({ ownerId: 'u1', teamId: 't1' });
    // The local profile is never pushed (users come from the admin API) and nothing was refused.
    expect(server.get('reference', 'user-local-user')).toBeUndefined();
    expect(await log(db)).toEqual([]);
  });

  it('reassigns activities assigned to the local user', async () => {
    const db = await openTestDatabase();
    open.push(db);
    const { activity } = await import('./fixtures');
    await db.activities.insert(activity({ ownerId: 'local-user', teamId: 'local-team', assigneeType: 'user', assigneeId: 'local-user' }, 'v1'));
    expect(await reownLocalRecords(db, { userId: 'u9', teamId: 't9' })).toBe(1);
    expect((await db.activities.findOne('v1').exec())?.toJSON()).toMatchObject({ ownerId: 'u9', teamId: 't9', assigneeId: 'u9' });
  });
});
