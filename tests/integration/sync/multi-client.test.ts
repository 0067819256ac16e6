import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../server/src/testing';
import type { PeyvandDatabase } from '../../../renderer/src/db/database';
import { memoryTokenStore, SyncApi, type ServerUser } from '../../../renderer/src/features/sync/api-client';
import { SyncEngine, type NetworkMonitor } from '../../../renderer/src/features/sync/sync-engine';
import { buildContactDoc, EMPTY_ADDRESS, newId, type ContactDoc } from '../../../shared/entities';
import { documentContent, type SyncLogEntry } from '../../../shared/sync';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { openDatabase } from '../../../renderer/src/db/database';
import '../../unit/db/test-db'; // dev-mode on, as in the unit tests

/**
 * Several RxDB clients (memory storage) running the real replication code — fetch, the
 * shared SSE stream, the conflict handler — against a real in-process sync server.
 */

class Switch implements NetworkMonitor {
  online = true;
  private listeners = new Set<(online: boolean) => void>();
  isOnline = () => this.online;
  subscribe(listener: (online: boolean) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(online: boolean) {
    this.online = online;
    for (const l of this.listeners) l(online);
  }
}

interface Client {
  name: string;
  db: PeyvandDatabase;
  engine: SyncEngine;
  net: Switch;
  user: ServerUser;
  api: SyncApi;
}

let ts: TestServer;
const clients: Client[] = [];
let userSeq = 0;

beforeAll(async () => {
  ts = await startTestServer();
}, 120_000);

afterAll(async () => {
  await ts?.stop();
}, 60_000);

afterEach(async () => {
  for (const c of clients.splice(0)) {
    await c.engine.stop();
    if (!c.db.closed) await c.db.close();
  }
}, 60_000);

/** A team of its own per test, so reps and managers see only that test's records. */
async function freshTeam() {
  return (await ts.createTeam(`تیم ${newId().slice(-6)}`)).id;
}

async function newUser(role: 'rep' | 'manager' | 'admin', teamId: string) {
  userSeq += 1;
  const username = `user${userSeq}`;
  await ts.createUser({ username, password: 'password-123', role, teamId, displayName: `کاربر ${userSeq}` });
  return username;
}

async function client(name: string, username: string, options: { now?: () => string; fetch?: typeof fetch } = {}): Promise<Client> {
  // Contacts only (plus the local log): three clients × all collections would pass RxDB's cap of 13.
  const db = await openDatabase({ name: `mc${newId().replace(/-/g, '')}`, storage: wrappedValidateAjvStorage({ storage: getRxStorageMemory() }), multiInstance: false, collections: ['contacts'] });
  const api = new SyncApi({ serverUrl: ts.baseUrl, tokens: memoryTokenStore(), fetch: options.fetch });
  const { user } = await api.login(username, 'password-123', name);
  const net = new Switch();
  const engine = new SyncEngine({ db, api, user, identifier: `${ts.baseUrl}|${user.id}`, network: net, collections: ['contacts'], retryTimeMs: 100, maxRetryTimeMs: 500, now: options.now });
  await engine.start();
  const c = { name, db, engine, net, user, api };
  clients.push(c);
  return c;
}

/** Everyone online syncs until nothing moves (push, then pull what the others pushed). */
async function settle(...cs: Client[]) {
  for (let round = 0; round < 3; round++) {
    for (const c of cs) {
      c.engine.reSync();
      await c.engine.awaitInSync();
    }
  }
}

function contactDoc(owner: ServerUser, patch: Partial<ContactDoc> = {}, id = newId(), updatedAt = new Date().toISOString()): ContactDoc {
  return buildContactDoc(
    {
      firstName: 'مریم', lastName: 'احمدی', jobTitle: '', accountId: '', phones: [], emails: [], website: '', address: EMPTY_ADDRESS,
      segment: '', tags: [], preferredChannel: '', notes: '', ownerId: owner.id, ...patch,
    },
    { id, teamId: owner.teamId, createdAt: updatedAt, updatedAt },
  );
}

async function contentsOf(c: Client) {
  const docs = await c.db.contacts.find({ sort: [{ id: 'asc' }] }).exec();
  return docs.map((d) => documentContent(d.toJSON() as never));
}
const logOf = async (c: Client) => (await c.db.synclog.find().exec()).map((d) => d.toJSON() as SyncLogEntry);

async function edit(c: Client, id: string, patch: Partial<ContactDoc>) {
  const doc = await c.db.contacts.findOne(id).exec();
  const next = buildContactDoc({ ...(doc!.toMutableJSON() as ContactDoc), ...patch }, { id, teamId: doc!.teamId, createdAt: doc!.createdAt, updatedAt: new Date().toISOString() });
  await c.db.contacts.upsert(next);
}

describe('multi-client sync against the real server', () => {
  it('offline edits on three devices converge whatever the reconnect order; live changes arrive by the stream', async () => {
    const teamA = await freshTeam();
    const manager = await newUser('manager', teamA);
    const [a, b, c] = [await client('A', manager), await client('B', manager), await client('C', manager)];
    const shared = contactDoc(a.user, { notes: 'پایه' });
    await a.db.contacts.insert(shared);
    await settle(a, b, c);
    expect(await b.db.contacts.findOne(shared.id).exec()).not.toBeNull();

    // Live: an edit on A reaches B through the SSE stream (no reSync on B).
    await edit(a, shared.id, { jobTitle: 'زنده' });
    await a.engine.awaitInSync();
    await expect.poll(async () => (await b.db.contacts.findOne(shared.id).exec())?.jobTitle, { timeout: 10_000 }).toBe('زنده');

    for (const x of [a, b, c]) x.net.set(false);
    await edit(a, shared.id, { jobTitle: 'مدیر' });
    await edit(b, shared.id, { notes: 'از ب' });
    await edit(c, shared.id, { tags: ['ویژه'] });
    await a.db.contacts.insert(contactDoc(a.user, { firstName: 'الف' }));
    await b.db.contacts.insert(contactDoc(b.user, { firstName: 'ب' }));
    await c.db.contacts.insert(contactDoc(c.user, { firstName: 'ج' }));

    for (const x of [c, a, b]) {
      x.net.set(true);
      await x.engine.awaitInSync();
    }
    await settle(a, b, c);
    const [ca, cb, cc] = await Promise.all([contentsOf(a), contentsOf(b), contentsOf(c)]);
    expect(ca).toHaveLength(4);
    expect(cb).toEqual(ca);
    expect(cc).toEqual(ca);
    // Different fields edited on different devices: all kept.
    expect(ca.find((d) => d.id === shared.id)).toMatchObject({ jobTitle: 'مدیر', notes: 'از ب', tags: ['ویژه'] });
  }, 120_000);

  it('same field edited on two devices: one value kept everywhere, the other in the loser’s conflict list', async () => {
    const teamA = await freshTeam();
    const rep = await newUser('rep', teamA);
    const [a, b] = [await client('A', rep), await client('B', rep)];
    const doc = contactDoc(a.user);
    await a.db.contacts.insert(doc);
    await settle(a, b);
    a.net.set(false);
    b.net.set(false);
    await edit(a, doc.id, { jobTitle: 'از الف' });
    await edit(b, doc.id, { jobTitle: 'از ب' });
    a.net.set(true);
    await a.engine.awaitInSync();
    b.net.set(true);
    await b.engine.awaitInSync();
    await settle(a, b);
    expect((await a.db.contacts.findOne(doc.id).exec())?.jobTitle).toBe('از الف');
    expect((await b.db.contacts.findOne(doc.id).exec())?.jobTitle).toBe('از الف');
    const entries = await logOf(b);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'field', field: 'jobTitle', localJson: '"از ب"', remoteJson: '"از الف"' });
    expect(await logOf(a)).toEqual([]);
  }, 120_000);

  it('a delete wins over a stale edit on every device, and the lost edit is kept for restore', async () => {
    const teamA = await freshTeam();
    const rep = await newUser('rep', teamA);
    const [a, b] = [await client('A', rep), await client('B', rep)];
    const doc = contactDoc(a.user);
    await a.db.contacts.insert(doc);
    await settle(a, b);
    a.net.set(false);
    b.net.set(false);
    await (await a.db.contacts.findOne(doc.id).exec())!.remove();
    await edit(b, doc.id, { jobTitle: 'ویرایش کهنه' });
    a.net.set(true);
    await a.engine.awaitInSync();
    b.net.set(true);
    await b.engine.awaitInSync();
    await settle(a, b);
    expect(await a.db.contacts.findOne(doc.id).exec()).toBeNull();
    expect(await b.db.contacts.findOne(doc.id).exec()).toBeNull();
    const [entry] = await logOf(b);
    expect(entry).toMatchObject({ kind: 'deleted', loser: 'local' });
    expect(JSON.parse(entry!.localJson)).toMatchObject({ jobTitle: 'ویرایش کهنه' });
  }, 120_000);

  it('a rep of another team never receives the data', async () => {
    const teamA = await freshTeam();
    const repA = await newUser('rep', teamA);
    const repB = await newUser('rep', await freshTeam());
    const [a, b] = [await client('A', repA), await client('B', repB)];
    await a.db.contacts.insert(contactDoc(a.user, { firstName: 'محرمانه' }));
    await settle(a, b);
    expect(await b.db.contacts.count().exec()).toBe(0);
  }, 120_000);

  it('a forbidden write shows as refused and does not block the rest of the queue', async () => {
    const teamA = await freshTeam();
    const owner = await newUser('rep', teamA);
    const other = await newUser('rep', teamA);
    const [a, b] = [await client('A', owner), await client('B', other)];
    const doc = contactDoc(a.user);
    await a.db.contacts.insert(doc);
    await settle(a, b);
    b.net.set(false);
    await edit(b, doc.id, { jobTitle: 'دست نزن' }); // not b's record: refused
    const mine = contactDoc(b.user, { firstName: 'مال من' });
    await b.db.contacts.insert(mine);
    b.net.set(true);
    await b.engine.awaitInSync();
    await settle(a, b);
    expect((await a.db.contacts.findOne(mine.id).exec())?.firstName).toBe('مال من');
    expect((await b.db.contacts.findOne(doc.id).exec())?.jobTitle).toBe('');
    const [entry] = await logOf(b);
    expect(entry).toMatchObject({ kind: 'rejected', code: 'FORBIDDEN', docId: doc.id });
    expect(JSON.parse(entry!.localJson)).toMatchObject({ jobTitle: 'دست نزن' });
    expect((await b.engine.countPending()).count).toBe(0);
  }, 120_000);

  it('server killed mid-push and restarted: the client retries, nothing acknowledged is lost, nothing duplicated', async () => {
    const teamA = await freshTeam();
    const rep = await newUser('rep', teamA);
    const a = await client('A', rep);
    await settle(a);
    a.net.set(false);
    const docs = Array.from({ length: 300 }, (_, i) => contactDoc(a.user, { firstName: `شماره ${i}` }));
    await a.db.contacts.bulkInsert(docs);
    a.net.set(true);
    await new Promise((r) => setTimeout(r, 30));
    await ts.restart();
    await a.engine.awaitInSync();
    const b = await client('B', rep);
    await settle(a, b);
    const ids = (await b.db.contacts.find().exec()).map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => docs.some((d) => d.id === id))).toHaveLength(300);
  }, 120_000);

  it('server restarted after applying a push but before answering: the re-sent push is not duplicated', async () => {
    const teamA = await freshTeam();
    const rep = await newUser('rep', teamA);
    let killed = false;
    const flaky: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!killed && String(input).includes('/push')) {
        killed = true;
        await response.text(); // the server committed the rows…
        await ts.restart(); // …and dies before the client reads the answer
        throw new TypeError('socket hang up');
      }
      return response;
    };
    const a = await client('A', rep, { fetch: flaky });
    a.net.set(false);
    const docs = Array.from({ length: 50 }, (_, i) => contactDoc(a.user, { firstName: `ردیف ${i}` }));
    await a.db.contacts.bulkInsert(docs);
    a.net.set(true);
    await a.engine.awaitInSync();
    expect(killed).toBe(true);
    expect((await a.engine.countPending()).count).toBe(0);
    const b = await client('B', rep);
    await settle(a, b);
    expect(await b.db.contacts.count().exec()).toBe(50);
    expect(await logOf(a)).toEqual([]);
  }, 120_000);

  it('access change (team moved): the server answers reset, the client pushes what waits, drops and re-pulls', async () => {
    const teamX = await freshTeam();
    const teamY = await freshTeam();
    const mover = await newUser('rep', teamX);
    const stayX = await newUser('rep', teamX);
    const inY = await newUser('rep', teamY);
    const [m, x, y] = [await client('M', mover), await client('X', stayX), await client('Y', inY)];
    const xDoc = contactDoc(x.user, { firstName: 'تیم ایکس' });
    const yDoc = contactDoc(y.user, { firstName: 'تیم وای' });
    await x.db.contacts.insert(xDoc);
    await y.db.contacts.insert(yDoc);
    await settle(x, y, m);
    expect(await m.db.contacts.findOne(xDoc.id).exec()).not.toBeNull();
    m.net.set(false);
    const typed = contactDoc(m.user, { firstName: 'نوشته در راه' });
    await m.db.contacts.insert(typed);
    const token = await ts.adminToken();
    const patched = await fetch(`${ts.baseUrl}/admin/users/${m.user.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ teamId: teamY }),
    });
    expect(patched.status).toBe(200);
    m.net.set(true);
    await expect.poll(async () => {
      await m.engine.awaitInSync();
      return (await m.db.contacts.find().exec()).map((d) => d.id);
    }, { timeout: 20_000 }).toEqual([yDoc.id]);
    // The record typed offline in the old team was pushed first; the server refused it (a rep
    // creates only in their own team, now Y) and the refused version is kept for the user.
    const [refused] = await logOf(m);
    expect(refused).toMatchObject({ kind: 'rejected', code: 'FORBIDDEN', docId: typed.id });
    expect(JSON.parse(refused!.localJson)).toMatchObject({ firstName: 'نوشته در راه' });
  }, 120_000);

  it('a client whose clock is a year wrong still converges', async () => {
    const teamA = await freshTeam();
    const rep = await newUser('rep', teamA);
    const yearAhead = () => new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString();
    const [a, b] = [await client('A', rep, { now: yearAhead }), await client('B', rep)];
    const doc = contactDoc(a.user, {}, newId(), yearAhead());
    await a.db.contacts.insert(doc);
    await settle(a, b);
    a.net.set(false);
    await edit(b, doc.id, { notes: 'اکنون' });
    await b.engine.awaitInSync();
    const late = await a.db.contacts.findOne(doc.id).exec();
    await a.db.contacts.upsert(buildContactDoc({ ...(late!.toMutableJSON() as ContactDoc), jobTitle: 'آینده' }, { id: doc.id, teamId: late!.teamId, createdAt: late!.createdAt, updatedAt: yearAhead() }));
    a.net.set(true);
    await a.engine.awaitInSync();
    await settle(a, b);
    const [ca, cb] = [await contentsOf(a), await contentsOf(b)];
    expect(ca).toEqual(cb);
    expect(ca.find((d) => d.id === doc.id)).toMatchObject({ notes: 'اکنون', jobTitle: 'آینده' });
  }, 120_000);
  it('a connection dropped in the middle of a pull is retried: every record arrives, once', async () => {
    const team = await freshTeam();
    const writer = await client('writer', await newUser('manager', team));
    await writer.db.contacts.bulkInsert(Array.from({ length: 120 }, (_, i) => contactDoc(writer.user, { lastName: `ردیف ${i}` })));
    await settle(writer);
    // The first two pull answers break off halfway through the body, like a dropped Wi-Fi link.
    let cut = 0;
    const cutting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (!url.includes('/pull') || cut >= 2) return response;
      cut += 1;
      const text = await response.text();
      const half = new TextEncoder().encode(text.slice(0, Math.floor(text.length / 2)));
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(half);
          controller.error(new TypeError('connection reset'));
        },
      });
      return new Response(body, { status: response.status, headers: { 'content-type': 'application/json' } });
    };
    const reader = await client('reader', await newUser('rep', team), { fetch: cutting });
    await settle(reader);
    expect(cut).toBe(2);
    const received = await contentsOf(reader);
    expect(received).toHaveLength(120);
    expect(new Set(received.map((d) => d.id)).size).toBe(120);
    expect(received).toEqual(await contentsOf(writer));
  }, 120_000);
  it('the admin screens’ client renames a team on the real server', async () => {
    const teamId = await freshTeam();
    const admin = new SyncApi({ serverUrl: ts.baseUrl, tokens: memoryTokenStore() });
    await admin.login('admin', 'admin-password-1', 'admin screens');
    expect(await admin.renameTeam(teamId, 'دفتر مرکزی')).toEqual({ id: teamId, name: 'دفتر مرکزی' });
    expect((await admin.listTeams()).teams.find((t) => t.id === teamId)?.name).toBe('دفتر مرکزی');
  });
});
