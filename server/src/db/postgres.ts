import pg from 'pg';
import type { Database, Queryable } from './database';

const INT8_OID = 20;
const LISTEN_RETRY_MS = 1000;

/** int8 (sequence numbers, counts) as a JS number, like PGlite; seqs stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** A real PostgreSQL through a pg pool, plus one dedicated connection for LISTEN. */
export async function openPostgres(
  connectionString: string,
  onWarning: (message: string, error?: unknown) => void = () => {},
): Promise<Database> {
  const pool = new pg.Pool({ connectionString, types, max: 10 });
  pool.on('error', (error) => onWarning('idle PostgreSQL client failed', error));
  await pool.query('select 1');
  const listeners = new Set<Listener>();
  let closed = false;

  return {
    kind: 'postgres',
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await pool.query(sql, params)).rows as T[] }),
    exec: async (sql: string) => {
      await pool.query(sql);
    },
    transaction: async (fn) => {
      const client = await pool.connect();
      const tx: Queryable = {
        query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as T[] }),
        exec: async (sql: string) => {
          await client.query(sql);
        },
      };
      try {
        await client.query('BEGIN');
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    listen: async (channel, onPayload) => {
      const listener = new Listener(connectionString, channel, onPayload, onWarning);
      listeners.add(listener);
      await listener.start();
      return async () => {
        listeners.delete(listener);
        await listener.stop();
      };
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await Promise.all([...listeners].map((l) => l.stop()));
      await pool.end();
    },
  };
}

/** A LISTEN connection that reconnects after a failure (and reports the gap as a notification with payload ''). */
class Listener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly onPayload: (payload: string) => void,
    private readonly onWarning: (message: string, error?: unknown) => void,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, types });
    client.on('notification', (msg) => {
      if (msg.channel === this.channel) this.onPayload(msg.payload ?? '');
    });
    client.on('error', (error) => this.reconnect(client, error));
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
    this.client = client;
  }

  private reconnect(client: pg.Client, error?: unknown): void {
    if (this.stopped || this.client !== client) return;
    this.client = null;
    this.onWarning(`LISTEN connection lost; reconnecting`, error);
    client.end().catch(() => {});
    const attempt = () => {
      this.retry = null;
      if (this.stopped) return;
      this.start().then(
        // Anything may have been committed while we were away: '' asks the listener to catch up.
        () => this.onPayload(''),
        (err: unknown) => {
          this.onWarning('LISTEN reconnect failed; retrying', err);
          this.retry = setTimeout(attempt, LISTEN_RETRY_MS);
        },
      );
    };
    this.retry = setTimeout(attempt, LISTEN_RETRY_MS);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => {});
  }
}
