/**
 * The one database interface the server codes against. Embedded PGlite and a real
 * PostgreSQL pool both implement it, so every query and migration is the same SQL.
 */
export interface QueryResult<T> {
  rows: T[];
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs `fn` in one transaction (BEGIN … COMMIT, ROLLBACK on a throw). */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Subscribes to a NOTIFY channel; the returned function unsubscribes. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… — a real PostgreSQL. Absent: embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; absent with no URL means in-memory (tests). */
  dataDir?: string;
  /** Logs listener reconnects (PostgreSQL only). */
  onWarning?: (message: string, error?: unknown) => void;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(options.databaseUrl, options.onWarning);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(options.dataDir);
}
