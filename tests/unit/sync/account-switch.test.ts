import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { memoryTokenStore } from '../../../renderer/src/features/sync/api-client';
import { normalizeServerUrl, purgeAccountData } from '../../../renderer/src/features/sync/device-account';
import { AccountSwitchRefusedError, SyncSession, type AccountSwitch } from '../../../renderer/src/features/sync/sync-session';
import { INITIAL_SYNC_STATE, migrateSyncState, useSyncStore } from '../../../renderer/src/features/sync/sync-store';
import { rejectionEntry, type SyncLogEntry } from '../../../shared/sync';
import { openTestDatabase } from '../db/test-db';
import { FakeServer } from './fake-server';
import { activity, contact } from './fixtures';

/**
 * A device shared by two accounts: the previous account's synced data must neither leak to
 * the next one nor be pushed under its name, its unsent changes must never be lost, and what
 * was typed while nobody was signed in must survive and become the next user's.
 */

let db: PeyvandDatabase | null = null;
let session: SyncSession | null = null;
afterEach(async () => {
  await session?.signOut().catch(() => undefined);
  session = null;
  if (db && !db.closed) await db.close();
  db = null;
  useSyncStore.setState({ ...INITIAL_SYNC_STATE });
});

const USERS = {
  sara: { id: 'u1', displayName: 'سارا احمدی', teamId: 't1' },
  reza: { id: 'u2', displayName: 'رضا کریمی', teamId: 't2' },
};

function teamServer() {
  const server = new FakeServer();
  server.users = { ...USERS };
  // Each user sees their team's records only.
  server.visible = (user, doc) => doc.teamId === user.teamId;
  return server;
}

async function setup(servers: Record<string, FakeServer>) {
  db = await openTestDatabase();
  const tokens = memoryTokenStore();
  const deps = {
    openDb: async () => db!,
    secrets: null as never,
    tokens,
    fetch: (i: RequestInfo | URL, init?: RequestInit) => servers[new URL(String(i)).host]!.fetch(i, init),
    live: false,
    retryTimeMs: 50,
    clearCaches: vi.fn(),
    afterWipe: vi.fn(),
    onCollectionsReplaced: vi.fn(),
  };
  session = new SyncSession(deps);
  return { db, deps, tokens, session };
}

type Confirm = (change: AccountSwitch) => Promise<boolean>;
async function signIn(s: SyncSession, username: string, { url = 'http://fake.test', confirm }: { url?: string; confirm?: Confirm } = {}) {
  const result = await s.signIn({ serverUrl: url, deviceName: 'Laptop', username, password: 'secret-password' }, { confirmSwitch: confirm });
  if (result === 'signedIn') await s.currentEngine!.awaitInSync();
  return result;
}

const ids = async (d: PeyvandDatabase) => (await d.contacts.find().exec()).map((x) => x.id).sort();
const plain = async (d: PeyvandDatabase, id: string) => (await d.contacts.findOne(id).exec())?.toJSON();
const rejections = async (d: PeyvandDatabase) => (await d.synclog.find().exec()).map((x) => x.toJSON() as SyncLogEntry);

describe('another account signs in on a device holding data', () => {
  it('asks first, then removes the previous user’s synced records, keeps and re-owns local-only ones, pulls the new user’s', async () => {
    const server = teamServer();
    server.put('contacts', contact({ ownerId: 'u1', teamId: 't1' }, 'sara-1'));
    server.put('contacts', contact({ ownerId: 'u2', teamId: 't2' }, 'reza-1'));
    const { db, session, deps } = await setup({ 'fake.test': server });

    await signIn(session, 'sara');
    await db.contacts.insert(contact({ ownerId: 'u1', teamId: 't1' }, 'sara-2'));
    await session.currentEngine!.awaitInSync();
    expect(server.get('contacts', 'sara-2')).toBeTruthy();
    await session.signOut();
    expect(useSyncStore.getState().holder).toMatchObject({ serverUrl: 'http://fake.test/api/v1', userId: 'u1', username: 'sara', pending: 0 });

    // Typed while nobody was signed in: belongs to whoever signs in next.
    await db.contacts.insert(contact({ ownerId: 'local-user', teamId: 'local-team' }, 'typed-signed-out'));
    await db.activities.insert(activity({ ownerId: 'local-user', teamId: 'local-team', assigneeType: 'user', assigneeId: 'local-user' }, 'task-signed-out'));

    const confirm = vi.fn<Confirm>(async () => true);
    expect(await signIn(session, 'reza', { confirm })).toBe('signedIn');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]![0]).toMatchObject({ previous: { username: 'sara', displayName: 'سارا احمدی' }, next: { id: 'u2' }, otherServer: false, openReviewItems: 0 });

    // Sara's records are gone from the device (still on the server, untouched)…
    expect(await ids(db)).toEqual(['reza-1', 'typed-signed-out']);
    expect(server.get('contacts', 'sara-1')).toMatchObject({ ownerId: 'u1', teamId: 't1', _deleted: false });
    expect(server.get('contacts', 'sara-2')).toMatchObject({ ownerId: 'u1', _deleted: false });
    // …what was typed signed out is Reza's now, on the device and on the server…
    expect(await plain(db, 'typed-signed-out')).toMatchObject({ ownerId: 'u2', teamId: 't2' });
    expect(server.get('contacts', 'typed-signed-out')).toMatchObject({ ownerId: 'u2', teamId: 't2' });
    expect((await db.activities.findOne('task-signed-out').exec())?.toJSON()).toMatchObject({ ownerId: 'u2', assigneeId: 'u2' });
    // …and nothing of Sara's was pushed under Reza's name (no deletions, no refusals).
    expect(await rejections(db)).toEqual([]);
    expect(deps.clearCaches).toHaveBeenCalled();
    expect(deps.onCollectionsReplaced).toHaveBeenCalled();
    expect(useSyncStore.getState()).toMatchObject({ user: { id: 'u2' }, holder: { userId: 'u2', username: 'reza' } });
    expect(useSyncStore.getState().holder?.purgingFrom).toBeUndefined();

    // Sara comes back: her old checkpoints were dropped, so she pulls everything again.
    await session.signOut();
    expect(await signIn(session, 'sara', { confirm })).toBe('signedIn');
    expect(await ids(db)).toEqual(['sara-1', 'sara-2']);
  });

  it('refuses while the previous user has unsent changes: nothing removed, the new session ended on the server', async () => {
    const server = teamServer();
    server.put('contacts', contact({ ownerId: 'u1', teamId: 't1' }, 'sara-1'));
    const { db, session, tokens } = await setup({ 'fake.test': server });
    await signIn(session, 'sara');
    server.failNext = 1000; // offline
    await db.contacts.insert(contact({ ownerId: 'u1', teamId: 't1', jobTitle: 'offline edit' }, 'sara-offline'));
    await session.signOut();
    server.failNext = 0;
    expect(useSyncStore.getState().holder).toMatchObject({ userId: 'u1', pending: 1 });

    const confirm = vi.fn<Confirm>(async () => true);
    const logoutsBefore = server.logouts;
    const refused = await signIn(session, 'reza', { confirm }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AccountSwitchRefusedError);
    expect(refused).toMatchObject({ pending: 1, otherServer: false, previous: { username: 'sara', displayName: 'سارا احمدی' } });
    expect(confirm).not.toHaveBeenCalled();
    expect(server.logouts).toBe(logoutsBefore + 1);
    expect(await tokens.get()).toBeNull();
    expect(useSyncStore.getState()).toMatchObject({ user: null, running: false, holder: { userId: 'u1', pending: 1 } });
    expect(await ids(db)).toEqual(['sara-1', 'sara-offline']);
    expect(server.get('contacts', 'sara-offline')).toBeUndefined();

    // Sara signs in (no question), her change goes out; then Reza may take the device.
    expect(await signIn(session, 'sara', { confirm })).toBe('signedIn');
    expect(confirm).not.toHaveBeenCalled();
    expect(server.get('contacts', 'sara-offline')).toMatchObject({ jobTitle: 'offline edit' });
    await session.signOut();
    expect(useSyncStore.getState().holder).toMatchObject({ userId: 'u1', pending: 0 });
    expect(await signIn(session, 'reza', { confirm })).toBe('signedIn');
    expect(await ids(db)).toEqual([]);
  });

  it('counts edits made to the previous user’s records after sign-out as unsent', async () => {
    const server = teamServer();
    server.put('contacts', contact({ ownerId: 'u1', teamId: 't1' }, 'sara-1'));
    const { db, session } = await setup({ 'fake.test': server });
    await signIn(session, 'sara');
    await session.signOut();
    expect(useSyncStore.getState().holder).toMatchObject({ pending: 0 });
    // Nobody signed in, someone edits one of Sara's records and deletes the other.
    await (await db.contacts.findOne('sara-1').exec())!.incrementalPatch({ jobTitle: 'edited signed out' });
    await expect(signIn(session, 'reza', { confirm: async () => true })).rejects.toMatchObject({ name: 'AccountSwitchRefusedError', pending: 1 });
    expect(await plain(db, 'sara-1')).toMatchObject({ jobTitle: 'edited signed out' });
  });

  it('refuses when the count is unknown (safe side)', async () => {
    const server = teamServer();
    const { session } = await setup({ 'fake.test': server });
    useSyncStore.setState({ holder: { serverUrl: 'http://fake.test/api/v1', userId: 'u1', username: 'sara', displayName: 'سارا احمدی', pending: null, countedAt: 0 } });
    await expect(signIn(session, 'reza', { confirm: async () => true })).rejects.toMatchObject({ pending: null });
    expect(server.logouts).toBe(1);
  });

  it('cancel: the new session is ended and nothing changes', async () => {
    const server = teamServer();
    server.put('contacts', contact({ ownerId: 'u1', teamId: 't1' }, 'sara-1'));
    const { db, session, tokens, deps } = await setup({ 'fake.test': server });
    await signIn(session, 'sara');
    await session.signOut();
    await db.contacts.insert(contact({ ownerId: 'local-user', teamId: 'local-team' }, 'typed-signed-out'));
    const before = useSyncStore.getState().holder;

    const confirm = vi.fn<Confirm>(async () => false);
    expect(await signIn(session, 'reza', { confirm })).toBe('cancelled');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(server.logouts).toBe(2); // Sara's sign-out, then Reza's cancelled session
    expect(await tokens.get()).toBeNull();
    expect(useSyncStore.getState()).toMatchObject({ user: null, running: false });
    expect(useSyncStore.getState().holder).toEqual(before);
    expect(await ids(db)).toEqual(['sara-1', 'typed-signed-out']);
    expect(await plain(db, 'typed-signed-out')).toMatchObject({ ownerId: 'local-user', teamId: 'local-team' });
    expect(deps.clearCaches).not.toHaveBeenCalled();
  });

  it('the same user on the same server (however the address is spelled): no question, data kept', async () => {
    const server = teamServer();
    server.put('contacts', contact({ ownerId: 'u1', teamId: 't1' }, 'sara-1'));
    const { db, session, deps } = await setup({ 'fake.test': server });
    await signIn(session, 'sara');
    await session.signOut();
    await db.contacts.insert(contact({ ownerId: 'local-user', teamId: 'local-team' }, 'typed-signed-out'));
    const confirm = vi.fn<Confirm>(async () => false);
    expect(await signIn(session, 'sara', { url: 'HTTP://Fake.TEST:80/', confirm })).toBe('signedIn');
    expect(confirm).not.toHaveBeenCalled();
    expect(await ids(db)).toEqual(['sara-1', 'typed-signed-out']);
    expect(server.get('contacts', 'typed-signed-out')).toMatchObject({ ownerId: 'u1' });
    expect(deps.onCollectionsReplaced).not.toHaveBeenCalled();
  });

  it('the same username on another server is another account', async () => {
    const one = new FakeServer();
    const two = new FakeServer();
    // Same username, even the same user id, on two servers.
    one.put('contacts', contact({ ownerId: 'u1', teamId: 't1' }, 'from-one'));
    two.put('contacts', contact({ ownerId: 'u1', teamId: 't1' }, 'from-two'));
    const { db, session } = await setup({ 'one.test': one, 'two.test': two });
    await signIn(session, 'sara', { url: 'http://one.test' });
    await session.signOut();

    const confirm = vi.fn<Confirm>(async () => true);
    expect(await signIn(session, 'sara', { url: 'http://two.test', confirm })).toBe('signedIn');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]![0]).toMatchObject({ otherServer: true, previous: { serverUrl: 'http://one.test/api/v1', username: 'sara' } });
    expect(await ids(db)).toEqual(['from-two']);
    // Server one's record was not pushed to server two.
    expect(two.get('contacts', 'from-one')).toBeUndefined();
  });

  it('mentions the previous user’s open conflicts, which leave with their data', async () => {
    const server = teamServer();
    const { db, session } = await setup({ 'fake.test': server });
    await signIn(session, 'sara');
    await session.signOut();
    const mine = contact({ jobTitle: 'refused' }, 'sara-1');
    await db.synclog.insert(rejectionEntry('contacts', mine, { ...mine, _deleted: true }, { code: 'FORBIDDEN', message: 'no' }, 'u1', '2026-11-01T10:00:00.000Z'));
    const confirm = vi.fn<Confirm>(async () => true);
    await signIn(session, 'reza', { confirm });
    expect(confirm.mock.calls[0]![0].openReviewItems).toBe(1);
    expect(await db.synclog.count().exec()).toBe(0);
  });
});

describe('an interrupted take-over', () => {
  it('is resumed at the next sign-in of the new user without a second question', async () => {
    const server = teamServer();
    server.put('contacts', contact({ ownerId: 'u2', teamId: 't2' }, 'reza-1'));
    const { db, session } = await setup({ 'fake.test': server });
    await db.contacts.bulkInsert([contact({ ownerId: 'u1', teamId: 't1' }, 'sara-left'), contact({ ownerId: 'local-user', teamId: 'local-team' }, 'typed')]);
    // The app stopped after the purge began (Reza confirmed).
    useSyncStore.setState({ holder: { serverUrl: 'http://fake.test/api/v1', userId: 'u2', username: 'reza', displayName: 'رضا کریمی', pending: 0, countedAt: 0, purgingFrom: 'http://fake.test/api/v1|u1' } });
    const confirm = vi.fn<Confirm>(async () => false);
    expect(await signIn(session, 'reza', { confirm })).toBe('signedIn');
    expect(confirm).not.toHaveBeenCalled();
    expect(await ids(db)).toEqual(['reza-1', 'typed']);
    expect(useSyncStore.getState().holder?.purgingFrom).toBeUndefined();
  });
});

describe('purgeAccountData', () => {
  it('removes tombstones physically, so the next replication has nothing of the previous account to push', async () => {
    db = await openTestDatabase();
    await db.contacts.bulkInsert([contact({}, 'theirs'), contact({ ownerId: 'local-user', teamId: 'local-team' }, 'mine')]);
    await (await db.contacts.findOne('theirs').exec())!.incrementalPatch({ jobTitle: 'x' });
    await purgeAccountData(db, ['a|u1']);
    const raw = await db.contacts.storageInstance.findDocumentsById(['theirs', 'mine'], true);
    expect(raw.map((d) => d.id)).toEqual(['mine']);
  });
});

describe('the remembered account', () => {
  it('normalizes the server address', () => {
    expect(normalizeServerUrl('HTTPS://CRM.Example.com:443/')).toBe('https://crm.example.com/api/v1');
    expect(normalizeServerUrl('http://crm.example.com:8080/api/v1/')).toBe('http://crm.example.com:8080/api/v1');
  });

  it('a device signed in before the holder was recorded treats that user as the holder, count unknown', () => {
    const user = { id: 'u1', username: 'sara', displayName: 'سارا', role: 'rep' as const, teamId: 't1' };
    expect(migrateSyncState({ serverUrl: 'https://crm.example.com', deviceName: 'x', user, lastSyncAt: null, notice: null }, 1).holder)
      .toEqual({ serverUrl: 'https://crm.example.com/api/v1', userId: 'u1', username: 'sara', displayName: 'سارا', pending: null, countedAt: 0 });
    expect(migrateSyncState({ serverUrl: '', deviceName: '', user: null, lastSyncAt: null, notice: null }, 1).holder).toBeNull();
  });
});
