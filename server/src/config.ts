/** Everything the server can be told, with the defaults `npm run server` uses. */
export interface ServerConfig {
  /** postgres://… → real PostgreSQL; absent → embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite directory; undefined with no databaseUrl means in-memory (tests only). */
  dataDir?: string;
  host: string;
  port: number;
  /** pino logger: true (info, JSON), false, or pino options. */
  logger: boolean | { level: string };
  /** Largest request body in bytes (push batches of up to 1000 rows). */
  bodyLimit: number;
  loginRateLimit: { max: number; timeWindowMs: number };
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  heartbeatMs: number;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (login rate limit). */
  trustProxy?: boolean;
  /** Create this admin (and a first team) when the database has no users. */
  bootstrapAdmin?: { username: string; password: string };
}

export const DEFAULT_CONFIG: ServerConfig = {
  host: '127.0.0.1',
  port: 8787,
  logger: true,
  bodyLimit: 8 * 1024 * 1024,
  loginRateLimit: { max: 10, timeWindowMs: 60_000 },
  accessTokenTtlSeconds: 15 * 60,
  refreshTokenTtlDays: 30,
  heartbeatMs: 15_000,
};

export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const port = env.PORT ? Number(env.PORT) : DEFAULT_CONFIG.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${env.PORT}`);
  const config: ServerConfig = {
    ...DEFAULT_CONFIG,
    host: env.HOST || DEFAULT_CONFIG.host,
    port,
    logger: { level: env.LOG_LEVEL || 'info' },
  };
  if (env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true') config.trustProxy = true;
  if (env.DATABASE_URL) config.databaseUrl = env.DATABASE_URL;
  else config.dataDir = env.DATA_DIR || './data';
  if (env.PEYVAND_ADMIN_USERNAME && env.PEYVAND_ADMIN_PASSWORD) {
    config.bootstrapAdmin = { username: env.PEYVAND_ADMIN_USERNAME, password: env.PEYVAND_ADMIN_PASSWORD };
  }
  return config;
}
