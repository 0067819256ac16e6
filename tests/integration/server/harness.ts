import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe } from 'vitest';
import {
  buildAccountDoc, buildActivityDoc, EMPTY_ADDRESS, newId, type AccountDoc, type ActivityDoc,
} from '../../../shared/entities';
import type { PullResponse, PushRow, StreamEvent, SyncCheckpoint, WireDocument } from '../../../shared/sync';
import { openDatabase, type Database } from '../../../server/src/db/database';
import { resetDatabase, startTestServer, type LoginResponse, type TestServer, type TestServerOptions } from '../../../server/src/testing';
import { freshDatabase, postgresUrl } from '../postgres';

/**
 * Runs a server suite against both databases: in-memory PGlite and a fresh database on
 * the test PostgreSQL (skipped, with the global setup's warning, when there is none).
 */
export interface Backend {
  name: 'pglite' | 'postgres';
  /** Options for startTestServer on a fresh, empty database; `cleanup` drops it. */
  fresh(): Promise<{ options: TestServerOptions; cleanup(): Promise<void> }>;
}

/** One in-memory PGlite per test file (starting one takes seconds), emptied between suites. */
let pglite: Promise<Database> | null = null;

export const BACKENDS: Backend[] = [
  {
    name: 'pglite',
    fresh: async () => {
      pglite ??= openDatabase({});
      const database = await pglite;
      await resetDatabase(database);
      return { options: { database }, cleanup: async () => {} };
    },
  },
  {
    name: 'postgres',
    fresh: async () => {
      const db = await freshDatabase();
      return { options: { databaseUrl: db.url }, cleanup: db.drop };
    },
  },
];

/** describe() once per backend; the PostgreSQL one is skipped when no PostgreSQL is available. */
export function describeBackends(title: string, body: (backend: Backend) => void): void {
  for (const backend of BACKENDS) {
    const skip = backend.name === 'postgres' && !postgresUrl;
    (skip ? describe.skip : describe)(`${title} [${backend.name}]`, () => body(backend));
  }
}

/** A test server for the enclosing describe, on a fresh database. */
export function useServer(backend: Backend, extra: TestServerOptions = {}): () => TestServer {
  let server: TestServer | null = null;
  let cleanup: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    const fresh = await backend.fresh();
    cleanup = fresh.cleanup;
    server = await startTestServer({ ...fresh.options, ...extra, config: { ...extra.config } });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await cleanup?.();
  }, 60_000);
  return () => {
    if (!server) throw new Error('server not started');
    return server;
  };
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small JSON client; `token` goes in the Authorization header. */
export async function call<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const hasBody = options.body !== undefined || options.rawBody !== undefined;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: response.status, body: body as T, headers: response.headers };
}

export async function pullAll(baseUrl: string, token: string, collection: string, from: SyncCheckpoint | null = null, limit = 500) {
  let checkpoint = from;
  const documents: WireDocument[] = [];
  for (let page = 0; page < 10_000; page++) {
    const query = `?limit=${limit}${checkpoint ? `&checkpoint=${encodeURIComponent(JSON.stringify(checkpoint))}` : ''}`;
    const res = await call<PullResponse>(baseUrl, 'GET', `/sync/${collection}/pull${query}`, { token });
    if (res.status !== 200) throw new Error(`pull ${res.status} ${JSON.stringify(res.body)}`);
    documents.push(...res.body.documents);
    if (res.body.reset) return { documents, checkpoint: null, reset: true as const };
    const next = res.body.checkpoint;
    if (res.body.documents.length < limit) return { documents, checkpoint: next };
    checkpoint = next;
  }
  throw new Error('pull did not finish');
}

export async function push(baseUrl: string, token: string, collection: string, rows: PushRow[]) {
  return call<WireDocument[]>(baseUrl, 'POST', `/sync/${collection}/push`, { token, body: rows });
}

export const T0 = '2026-11-01T10:00:00.000Z';

export function account(patch: Partial<AccountDoc> & { ownerId: string; teamId: string }, id = newId()): AccountDoc & WireDocument {
  const input = {
    name: 'شرکت نمونه', kind: 'customer' as const, industry: '' as const, segment: '' as const, phones: [], emails: [], website: '',
    address: EMPTY_ADDRESS, tags: [], notes: '', nationalId: '', economicCode: '', creditLimit: null, ...patch,
  };
  return { ...buildAccountDoc(input, { id, teamId: patch.teamId, createdAt: T0, updatedAt: patch.updatedAt ?? T0 }), _deleted: false };
}

export function activity(patch: Partial<ActivityDoc> & { ownerId: string; teamId: string }, id = newId()): ActivityDoc & WireDocument {
  const input = {
    type: 'task' as const, regardingType: 'account' as const, regardingId: 'a1', subject: 'پیگیری', body: '', occurredAt: T0,
    status: 'open' as const, dueDate: '', priority: 'normal' as const, direction: '' as const, durationMinutes: null, outcome: '',
    assigneeType: 'user' as const, assigneeId: patch.ownerId, completedAt: null, endsAt: null, location: '', remindAt: null, ...patch,
  };
  return { ...buildActivityDoc(input, { id, teamId: patch.teamId, createdAt: T0, updatedAt: patch.updatedAt ?? T0 }), _deleted: false };
}

/** Two teams with a manager and two reps each, plus the admin: the usual cast. */
export async function seedTeams(t: TestServer) {
  const teamA = await t.createTeam('Team A');
  const teamB = await t.createTeam('Team B');
  const mk = async (username: string, role: 'manager' | 'rep', teamId: string) => {
    await t.createUser({ username, password: 'password-123', role, teamId });
    return t.login(username, 'password-123', `${username}'s laptop`);
  };
  return {
    teamA: teamA.id,
    teamB: teamB.id,
    admin: await t.login('admin', 'admin-password-1', 'admin laptop'),
    managerA: await mk('manager-a', 'manager', teamA.id),
    repA1: await mk('rep-a1', 'rep', teamA.id),
    repA2: await mk('rep-a2', 'rep', teamA.id),
    managerB: await mk('manager-b', 'manager', teamB.id),
    repB1: await mk('rep-b1', 'rep', teamB.id),
  };
}
export type Cast = Awaited<ReturnType<typeof seedTeams>>;

/** A minimal Server-Sent Events reader over node:http. */
export class SseClient {
  readonly events: StreamEvent[] = [];
  /** SSE comment lines (heartbeats). */
  comments = 0;
  status = 0;
  readonly closed: Promise<void>;
  private response: IncomingMessage | null = null;
  private readonly waiters = new Set<() => void>();
  private req;

  private constructor(url: string, headers: Record<string, string>, onOpen: (status: number) => void, onBody: (text: string) => void) {
    let resolveClosed!: () => void;
    this.closed = new Promise((r) => (resolveClosed = r));
    this.req = httpRequest(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      this.response = res;
      this.status = res.statusCode ?? 0;
      onOpen(this.status);
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        if (this.status !== 200) return;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          this.comments += block.split('\n').filter((l) => l.startsWith(':')).length;
          const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
          if (data) this.events.push(JSON.parse(data) as StreamEvent);
        }
        for (const w of this.waiters) w();
      });
      res.on('end', () => onBody(buffer));
      res.on('close', () => {
        resolveClosed();
        for (const w of this.waiters) w();
      });
    });
    this.req.on('error', () => resolveClosed());
    this.req.end();
  }

  /** Opens a stream; resolves once the response headers arrive. */
  static open(baseUrl: string, auth: { token?: string; queryToken?: string; headers?: Record<string, string> }): Promise<SseClient> {
    const url = `${baseUrl}/sync/stream${auth.queryToken ? `?access_token=${encodeURIComponent(auth.queryToken)}` : ''}`;
    return new Promise((resolve) => {
      const client: SseClient = new SseClient(
        url,
        { ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}), ...auth.headers },
        () => resolve(client),
        (text) => (client.body = text),
      );
    });
  }

  body = '';

  /** Documents received so far for a collection. */
  documents(collection: string): WireDocument[] {
    return this.events.flatMap((e) => (e !== 'RESYNC' && e.collection === collection ? e.documents : []));
  }

  waitFor(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (predicate()) {
          clearTimeout(timer);
          this.waiters.delete(check);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`SSE wait timed out; got ${JSON.stringify(this.events).slice(0, 500)}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  close(): void {
    this.req.destroy();
    this.response?.destroy();
  }
}

export type { LoginResponse };
