import { readFileSync } from 'node:fs';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { API_PREFIX, SYNC_PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { registerAdminRoutes } from './admin/routes';
import { registerAuthRoutes } from './auth/routes';
import { loadSigningSecret } from './auth/signing-secret';
import type { ServerConfig } from './config';
import { openDatabase, type Database } from './db/database';
import { runMigrations } from './db/migrations';
import type { ServerContext } from './http/context';
import { installCors } from './http/cors';
import { installErrorHandlers } from './http/errors';
import { installProtocolCheck } from './http/protocol-version';
import { Fanout } from './sync/fanout';
import { registerSyncRoutes } from './sync/routes';
import { countUsers, createAdmin } from './users/directory';

export const SERVER_VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface PeyvandServer {
  app: FastifyInstance;
  db: Database;
  /** Starts listening on config.host/port; resolves to the base URL (http://host:port). */
  listen(): Promise<string>;
  /** Graceful stop: no new connections, streams ended, database closed (when the server opened it). */
  close(): Promise<void>;
}

export interface BuildOptions {
  /** An already open database (tests); the server then leaves it open on close. */
  database?: Database;
}

/** Never log tokens: EventSource passes the access token in the query string. */
function redactUrl(url: string): string {
  return url.replace(/([?&]access_token=)[^&]*/g, '$1[redacted]');
}

/**
 * Builds the sync server: opens the database, applies migrations, loads the signing
 * secret, creates the first admin when asked, and registers every route under /api/v1.
 */
export async function buildServer(config: ServerConfig, options: BuildOptions = {}): Promise<PeyvandServer> {
  const app = Fastify({
    logger:
      config.logger === false
        ? false
        : {
            ...(typeof config.logger === 'object' ? config.logger : {}),
            serializers: {
              req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: redactUrl(req.url), remoteAddress: req.ip }),
            },
          },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy ?? false,
    forceCloseConnections: 'idle',
  });
  const ownsDb = !options.database;
  const db =
    options.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      // pg hangs the whole client (connection parameters included) on its errors: log only what helps.
      onWarning: (message, err) =>
        app.log.warn({ err: err instanceof Error ? { type: err.name, message: err.message, code: (err as { code?: string }).code } : err }, message),
    }));
  try {
    const applied = await runMigrations(db);
    if (applied.length) app.log.info({ migrations: applied }, 'database migrated');
    const secret = await loadSigningSecret(db);
    if (config.bootstrapAdmin) {
      const admin = await createAdmin(db, config.bootstrapAdmin, { onlyIfEmpty: true });
      if (admin) app.log.info({ username: admin.username }, 'created the first admin from PEYVAND_ADMIN_USERNAME');
    } else if ((await countUsers(db)) === 0) {
      app.log.warn(
        'No users yet. Create the first admin: set PEYVAND_ADMIN_USERNAME and PEYVAND_ADMIN_PASSWORD and restart, ' +
          'or run `npm run server -- create-admin --username <name>`.',
      );
    }
    const fanout = new Fanout(db, app.log, config.heartbeatMs);
    await fanout.start();
    const ctx: ServerContext = { db, config, secret, fanout };

    installErrorHandlers(app);
    installCors(app);
    await app.register(rateLimit, { global: false });
    await app.register(
      async (api) => {
        installProtocolCheck(api);
        api.get('/health', async () => ({ status: 'ok', db: db.kind, version: SERVER_VERSION, protocol: SYNC_PROTOCOL_VERSION }));
        registerAuthRoutes(api, ctx);
        registerSyncRoutes(api, ctx);
        registerAdminRoutes(api, ctx);
      },
      { prefix: API_PREFIX },
    );
    // Streams never end on their own: end them first, or close() would wait for them forever.
    app.addHook('preClose', async () => fanout.endAll());
    app.addHook('onClose', async () => {
      await fanout.stop();
      if (ownsDb) await db.close();
    });
    await app.ready();
  } catch (error) {
    if (ownsDb) await db.close().catch(() => {});
    throw error;
  }

  let closing: Promise<void> | null = null;
  return {
    app,
    db,
    listen: async () => {
      await app.listen({ host: config.host, port: config.port });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const host = config.host.includes(':') ? `[${config.host}]` : config.host;
      return `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}`;
    },
    close: () => (closing ??= app.close()),
  };
}
