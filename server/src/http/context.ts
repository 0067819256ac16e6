import type { Database } from '../db/database';
import type { ServerConfig } from '../config';
import type { Fanout } from '../sync/fanout';

/** What every route module needs, built once by buildServer. */
export interface ServerContext {
  db: Database;
  config: ServerConfig;
  secret: Buffer;
  fanout: Fanout;
}
