import { buildServer, type PeyvandServer } from './app';
import type { LoginResponse } from './auth/sessions';
import { DEFAULT_CONFIG, type ServerConfig } from './config';
import { openDatabase, type Database } from './db/database';
import type { Role } from '../../shared/sync/access';
import { API_PREFIX } from '../../shared/sync/protocol';

export type { LoginResponse } from './auth/sessions';

export const TEST_ADMIN = { username: 'admin', password: 'admin-password-1' } as const;

export interface TestServer {
  /** http://127.0.0.1:<port>/api/v1 */
  baseUrl: string;
  /** The running server (its Fastify app and database) — replaced by restart(). */
  server: PeyvandServer;
  createTeam(name: string): Promise<{ id: string }>;
  createUser(input: { username: string; password: string; role: Role; teamId: string; displayName?: string }): Promise<{ id: string }>;
  login(username: string, password: string, deviceName?: string): Promise<LoginResponse>;
  /** An admin's access token (logged in once, refreshed when needed). */
  adminToken(): Promise<string>;
  stop(): Promise<void>;
  /** Stops and starts again on the same data and the same port. */
  restart(): Promise<void>;
}

export interface TestServerOptions {
  /** A real PostgreSQL; absent: PGlite (in-memory, or in `dataDir`). */
  databaseUrl?: string;
  dataDir?: string;
  /** An open database to use (and leave open): e.g. one PGlite reused across suites, see resetDatabase. */
  database?: Database;
  /** Overrides of the server config (e.g. a small loginRateLimit or bodyLimit). */
  config?: Partial<ServerConfig>;
}

/**
 * A sync server on a free loopback port for tests, with the admin `admin` /
 * `admin-password-1` (and a first team) already created. Other suites (multi-client
 * convergence) build on it.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const config: ServerConfig = {
    ...DEFAULT_CONFIG,
    host: '127.0.0.1',
    port: 0,
    logger: false,
    loginRateLimit: { max: 10_000, timeWindowMs: 60_000 },
    bootstrapAdmin: { ...TEST_ADMIN },
    ...options.config,
  };
  if (options.databaseUrl) config.databaseUrl = options.databaseUrl;
  if (options.dataDir) config.dataDir = options.dataDir;
  // In-memory PGlite dies with its process: keep one open across restarts.
  const ownDb: Database | undefined =
    !options.database && !options.databaseUrl && !options.dataDir ? await openDatabase({}) : undefined;
  const sharedDb = options.database ?? ownDb;

  const start = async () => {
    const server = await buildServer(config, sharedDb ? { database: sharedDb } : {});
    const origin = await server.listen();
    config.port = Number(new URL(origin).port);
    return { server, baseUrl: `${origin}${API_PREFIX}` };
  };

  let current = await start();
  let admin: { accessToken: string; at: number } | null = null;

  const request = async <T>(method: string, path: string, body?: unknown, token?: string): Promise<T> => {
    const response = await fetch(`${current.baseUrl}${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };

  const login = (username: string, password: string, deviceName = 'test device') =>
    request<LoginResponse>('POST', '/auth/login', { username, password, deviceName });

  const adminToken = async () => {
    if (!admin || Date.now() - admin.at > (config.accessTokenTtlSeconds * 1000) / 2) {
      admin = { accessToken: (await login(TEST_ADMIN.username, TEST_ADMIN.password, 'test admin')).accessToken, at: Date.now() };
    }
    return admin.accessToken;
  };

  let stopped = false;
  return {
    get baseUrl() {
      return current.baseUrl;
    },
    get server() {
      return current.server;
    },
    createTeam: async (name) => request<{ id: string }>('POST', '/admin/teams', { name }, await adminToken()),
    createUser: async (input) => request<{ id: string }>('POST', '/admin/users', input, await adminToken()),
    login,
    adminToken,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await current.server.close();
      await ownDb?.close();
    },
    restart: async () => {
      await current.server.close();
      current = await start();
    },
  };
}

/**
 * Empties a database the test server used (drops every table), so one PGlite — whose start
 * costs seconds — can serve several suites in turn. Close the server first.
 */
export async function resetDatabase(db: Database): Promise<void> {
  await db.exec('drop schema public cascade; create schema public;');
}
