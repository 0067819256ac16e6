import type { CollectionName } from '../../../shared/entities';
import { documentContent, sameContent, type PushRow, type Rejection, type WireDocument } from '../../../shared/sync';

/**
 * A small in-memory stand-in for the sync server, answering the HTTP contract through an
 * injected `fetch` (no sockets): enough to test the client's handlers deterministically.
 * The real server is exercised by tests/integration/sync.
 */
export class FakeServer {
  docs = new Map<CollectionName, Map<string, { doc: WireDocument; seq: number }>>();
  seq = 0;
  epoch = 0;
  accessToken = 'access-1';
  refreshToken = 'refresh-1';
  refreshCalls = 0;
  revoked = false;
  tooOld = false;
  /** Next pull answers reset:true (once per collection). */
  resetFor = new Set<CollectionName>();
  /** Return a rejection to refuse a pushed row. */
  refuse: (collection: CollectionName, row: PushRow) => Rejection | null = () => null;
  requests: string[] = [];
  /** Make the next n requests fail at the network level. */
  failNext = 0;
  /** Accounts by username; an unknown username signs in as u1 in t1. */
  users: Record<string, { id: string; displayName: string; teamId: string }> = {};
  /** The user of the last sign-in (one client at a time talks to this server). */
  signedIn: { id: string; teamId: string } | null = null;
  /** Which documents the signed-in user may pull (default: all). */
  visible: (user: { id: string; teamId: string }, doc: WireDocument) => boolean = () => true;
  logouts = 0;

  private store(c: CollectionName) {
    let m = this.docs.get(c);
    if (!m) this.docs.set(c, (m = new Map()));
    return m;
  }

  put(c: CollectionName, doc: WireDocument) {
    this.seq += 1;
    this.store(c).set(doc.id, { doc: documentContent(doc), seq: this.seq });
  }

  get(c: CollectionName, id: string) {
    return this.store(c).get(id)?.doc;
  }

  expireAccessToken() {
    this.accessToken = `access-${Math.random()}`;
  }

  fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const method = init?.method ?? 'GET';
    this.requests.push(`${method} ${path}`);
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new TypeError('fetch failed');
    }
    const json = (status: number, body: unknown) => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    const error = (status: number, code: string) => json(status, { error: { code, message: code } });
    if (this.tooOld) return error(426, 'CLIENT_TOO_OLD');
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;

    if (path === '/auth/login') {
      if (body.password !== 'secret-password') return error(401, 'UNAUTHORIZED');
      const user = this.users[body.username] ?? { id: 'u1', displayName: 'User One', teamId: 't1' };
      this.signedIn = { id: user.id, teamId: user.teamId };
      return json(200, { accessToken: this.accessToken, refreshToken: this.refreshToken, deviceId: 'd1', user: { ...user, username: body.username, role: 'rep' } });
    }
    if (path === '/auth/refresh') {
      this.refreshCalls += 1;
      await new Promise((r) => setTimeout(r, 5));
      if (this.revoked) return error(401, 'DEVICE_REVOKED');
      if (body.refreshToken !== this.refreshToken) return error(401, 'UNAUTHORIZED');
      this.accessToken = `access-${this.refreshCalls + 1}`;
      this.refreshToken = `refresh-${this.refreshCalls + 1}`;
      return json(200, { accessToken: this.accessToken, refreshToken: this.refreshToken });
    }
    const auth = (init?.headers as Record<string, string> | undefined)?.authorization;
    if (this.revoked) return error(401, 'DEVICE_REVOKED');
    if (auth !== `Bearer ${this.accessToken}`) return error(401, 'TOKEN_EXPIRED');

    if (path === '/auth/logout') {
      this.logouts += 1;
      return json(204, undefined);
    }

    const pull = /^\/sync\/(\w+)\/pull$/.exec(path);
    if (pull) {
      const c = pull[1] as CollectionName;
      if (this.resetFor.delete(c)) return json(200, { documents: [], checkpoint: null, reset: true });
      const cp = url.searchParams.get('checkpoint');
      const since = cp ? (JSON.parse(cp) as { seq: number }).seq : 0;
      const limit = Number(url.searchParams.get('limit') ?? 100);
      const user = this.signedIn ?? { id: 'u1', teamId: 't1' };
      const rows = [...this.store(c).values()].filter((r) => r.seq > since && this.visible(user, r.doc)).sort((a, b) => a.seq - b.seq).slice(0, limit);
      const last = rows[rows.length - 1];
      // Like the real server: a pull from the start announces how many documents the first sync brings.
      const total = cp ? undefined : [...this.store(c).values()].filter((r) => this.visible(user, r.doc)).length;
      return json(200, { documents: rows.map((r) => r.doc), checkpoint: last ? { seq: last.seq, epoch: this.epoch } : cp ? JSON.parse(cp) : null, ...(total !== undefined ? { total } : {}) });
    }
    const push = /^\/sync\/(\w+)\/push$/.exec(path);
    if (push) {
      const c = push[1] as CollectionName;
      const conflicts: WireDocument[] = [];
      for (const row of body as PushRow[]) {
        const current = this.get(c, row.newDocumentState.id);
        const rejection = this.refuse(c, row);
        if (rejection) {
          conflicts.push({ ...(current ?? { ...row.newDocumentState, _deleted: true }), _rejection: rejection });
          continue;
        }
        if (current && !sameContent(current, row.assumedMasterState ?? null)) {
          conflicts.push(current);
          continue;
        }
        if (!current && row.assumedMasterState) {
          // the client believes it exists; take it anyway
        }
        if (current && sameContent(current, row.newDocumentState)) continue;
        this.put(c, row.newDocumentState);
      }
      return json(200, conflicts);
    }
    return error(404, 'NOT_FOUND');
  };
}
