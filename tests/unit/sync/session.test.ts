import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentActor, LOCAL_ACTOR } from '../../../renderer/src/app/session';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { memoryTokenStore } from '../../../renderer/src/features/sync/api-client';
import { SyncSession } from '../../../renderer/src/features/sync/sync-session';
import { INITIAL_SYNC_STATE, useSyncStore } from '../../../renderer/src/features/sync/sync-store';
import { openTestDatabase } from '../db/test-db';
import { FakeServer } from './fake-server';
import { contact } from './fixtures';

let db: PeyvandDatabase | null = null;
let session: SyncSession | null = null;
afterEach(async () => {
  await session?.signOut().catch(() => undefined);
  if (db && !db.closed) await db.close();
  useSyncStore.setState({ ...INITIAL_SYNC_STATE });
});

async function setup() {
  const server = new FakeServer();
  db = await openTestDatabase();
  const tokens = memoryTokenStore();
  const deps = {
    openDb: async () => db!,
    secrets: null as never,
    tokens,
    fetch: (i: RequestInfo | URL, init?: RequestInit) => server.fetch(i, init),
    live: false,
    retryTimeMs: 50,
    clearCaches: vi.fn(),
    afterWipe: vi.fn(),
    onCollectionsReplaced: vi.fn(),
  };
  session = new SyncSession(deps);
  return { server, tokens, deps, session, db };
}

describe('SyncSession', () => {
  it('signs in: stores the profile (not the tokens) in the store, re-owns local records, creates new records as the user', async () => {
    const { session, db, server, tokens } = await setup();
    await db.contacts.insert(contact({ ownerId: 'local-user', teamId: 'local-team' }, 'before-sign-in'));
    expect(currentActor()).toEqual(LOCAL_ACTOR);
    await session.signIn({ serverUrl: 'http://fake.test', deviceName: 'Laptop', username: 'rep1', password: 'secret-password' });
    await session.currentEngine!.awaitInSync();
    expect(useSyncStore.getState()).toMatchObject({ serverUrl: 'http://fake.test', deviceName: 'Laptop', user: { id: 'u1', teamId: 't1' }, running: true });
    expect(JSON.stringify(useSyncStore.getState())).not.toContain(server.accessToken);
    expect(await tokens.get()).toMatchObject({ accessToken: server.accessToken });
    expect(currentActor()).toEqual({ userId: 'u1', teamId: 't1' });
    expect(server.get('contacts', 'before-sign-in')).toMatchObject({ ownerId: 'u1', teamId: 't1' });
  });

  it('signs out: stops syncing, forgets the tokens, keeps local data', async () => {
    const { session, db, tokens } = await setup();
    await session.signIn({ serverUrl: 'http://fake.test', deviceName: 'Laptop', username: 'rep1', password: 'secret-password' });
    await db.contacts.insert(contact({ ownerId: 'u1', teamId: 't1' }, 'kept'));
    await session.signOut();
    expect(await tokens.get()).toBeNull();
    expect(useSyncStore.getState()).toMatchObject({ user: null, running: false });
    expect(await db.contacts.findOne('kept').exec()).not.toBeNull();
  });

  it('a revoked device wipes the database, caches and tokens and returns to sign-in with a notice', async () => {
    const { session, db, server, tokens, deps } = await setup();
    await session.signIn({ serverUrl: 'http://fake.test', deviceName: 'Laptop', username: 'rep1', password: 'secret-password' });
    await session.currentEngine!.awaitInSync();
    await db.contacts.insert(contact({ ownerId: 'u1', teamId: 't1' }, 'c1'));
    server.revoked = true;
    session.syncNow();
    await vi.waitFor(() => expect(deps.afterWipe).toHaveBeenCalled(), { timeout: 5000 });
    expect(db.closed).toBe(true);
    expect(deps.clearCaches).toHaveBeenCalled();
    expect(await tokens.get()).toBeNull();
    expect(useSyncStore.getState()).toMatchObject({ user: null, notice: 'revoked', running: false });
    // The data is gone: a fresh database of the same name is empty.
    const { getRxStorageMemory } = await import('rxdb/plugins/storage-memory');
    const { wrappedValidateAjvStorage } = await import('rxdb/plugins/validate-ajv');
    const { openDatabase } = await import('../../../renderer/src/db/database');
    const again = await openDatabase({ name: db.name, storage: wrappedValidateAjvStorage({ storage: getRxStorageMemory() }), multiInstance: false });
    expect(await again.contacts.count().exec()).toBe(0);
    await again.remove();
  });

  it('426 stops syncing and flags the app as too old', async () => {
    const { session, server } = await setup();
    await session.signIn({ serverUrl: 'http://fake.test', deviceName: 'Laptop', username: 'rep1', password: 'secret-password' });
    server.tooOld = true;
    session.syncNow();
    await vi.waitFor(() => expect(useSyncStore.getState().tooOld).toBe(true), { timeout: 5000 });
    expect(useSyncStore.getState().running).toBe(false);
  });
});
