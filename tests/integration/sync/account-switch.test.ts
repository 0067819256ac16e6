import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../../../server/src/testing';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { memoryTokenStore } from '../../../renderer/src/features/sync/api-client';
import { AccountSwitchRefusedError, SyncSession } from '../../../renderer/src/features/sync/sync-session';
import { INITIAL_SYNC_STATE, useSyncStore } from '../../../renderer/src/features/sync/sync-store';
import { buildContactDoc, EMPTY_ADDRESS, newId, type ContactDoc } from '../../../shared/entities';
import { openTestDatabase } from '../../unit/db/test-db';

/**
 * One device, two people of different teams, the real server: the second person never sees
 * the first one's records, nothing of the first is pushed under the second's name, and what
 * was typed while nobody was signed in survives as the second person's.
 */

let ts: TestServer;
let db: PeyvandDatabase | null = null;
let session: SyncSession | null = null;

beforeAll(async () => {
  ts = await startTestServer();
}, 120_000);
afterAll(async () => {
  await ts?.stop();
}, 60_000);
afterEach(async () => {
  await session?.signOut().catch(() => undefined);
  if (db && !db.closed) await db.close();
  useSyncStore.setState({ ...INITIAL_SYNC_STATE });
}, 60_000);

async function person(name: string) {
  const team = await ts.createTeam(`تیم ${newId().slice(-6)}`);
  const username = `${name}${newId().slice(-6).toLowerCase()}`;
  const user = await ts.createUser({ username, password: 'password-123', role: 'rep', teamId: team.id, displayName: name });
  return { username, id: user.id, teamId: team.id };
}

function contactDoc(ownerId: string, teamId: string, firstName: string): ContactDoc {
  const now = new Date().toISOString();
  return buildContactDoc(
    { firstName, lastName: 'آزمایشی', jobTitle: '', accountId: '', phones: [], emails: [], website: '', address: EMPTY_ADDRESS, segment: '', tags: [], preferredChannel: '', notes: '', ownerId },
    { id: newId(), teamId, createdAt: now, updatedAt: now },
  );
}

async function device() {
  db = await openTestDatabase();
  const requests: string[] = [];
  session = new SyncSession({
    openDb: async () => db!,
    secrets: null as never,
    tokens: memoryTokenStore(),
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      requests.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname} ${response.status}`);
      return response;
    },
    live: false,
    retryTimeMs: 100,
    clearCaches: vi.fn(),
    afterWipe: vi.fn(),
    onCollectionsReplaced: vi.fn(),
  });
  return { db, session, requests };
}

const signIn = async (s: SyncSession, username: string, confirm = async () => true) => {
  const result = await s.signIn({ serverUrl: ts.baseUrl, deviceName: 'لپ‌تاپ مشترک', username, password: 'password-123' }, { confirmSwitch: confirm });
  if (result === 'signedIn') await s.currentEngine!.awaitInSync();
  return result;
};

const serverContact = async (token: string, id: string) => {
  const response = await fetch(`${ts.baseUrl}/sync/contacts/pull?limit=5000`, { headers: { authorization: `Bearer ${token}`, 'x-peyvand-protocol': '1' } });
  const body = (await response.json()) as { documents: Array<{ id: string; ownerId: string; teamId: string; _deleted: boolean }> };
  return body.documents.find((d) => d.id === id);
};

describe('a device handed from one person to another', () => {
  it('takes the device over after confirmation: no leak, nothing pushed under the wrong name, signed-out work kept', async () => {
    const sara = await person('sara');
    const reza = await person('reza');
    const { db, session } = await device();

    await signIn(session, sara.username);
    const hers = contactDoc(sara.id, sara.teamId, 'مشتری سارا');
    await db.contacts.insert(hers);
    await session.currentEngine!.awaitInSync();
    await session.signOut();
    const typed = contactDoc('local-user', 'local-team', 'بی‌نام');
    await db.contacts.insert(typed);

    expect(await signIn(session, reza.username)).toBe('signedIn');
    expect((await db.contacts.find().exec()).map((d) => d.id)).toEqual([typed.id]);
    expect((await db.contacts.findOne(typed.id).exec())?.toJSON()).toMatchObject({ ownerId: reza.id, teamId: reza.teamId });
    // Nothing was refused: no record of Sara's was pushed under Reza's name.
    expect(await db.synclog.count().exec()).toBe(0);
    const admin = await ts.adminToken();
    expect(await serverContact(admin, hers.id)).toMatchObject({ ownerId: sara.id, teamId: sara.teamId, _deleted: false });
    expect(await serverContact(admin, typed.id)).toMatchObject({ ownerId: reza.id, teamId: reza.teamId, _deleted: false });
  }, 60_000);

  it('refuses while the first person has unsent changes, ends the new session on the server, removes nothing', async () => {
    const sara = await person('sara');
    const reza = await person('reza');
    const { db, session, requests } = await device();
    await signIn(session, sara.username);
    session.currentEngine!.reSync();
    await session.signOut();
    // Signed out, someone edits a record of Sara's… then Reza tries to sign in.
    const hers = contactDoc(sara.id, sara.teamId, 'ویرایش بعد از خروج');
    await db.contacts.insert(hers);
    const error = await signIn(session, reza.username).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountSwitchRefusedError);
    expect(error).toMatchObject({ pending: 1, previous: { username: sara.username } });
    expect(requests.filter((r) => r.startsWith('POST /api/v1/auth/logout'))).toEqual(['POST /api/v1/auth/logout 204', 'POST /api/v1/auth/logout 204']);
    expect(await db.contacts.findOne(hers.id).exec()).not.toBeNull();
    expect(useSyncStore.getState()).toMatchObject({ user: null, holder: { userId: sara.id } });
  }, 60_000);
});
