import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database';

/**
 * The HMAC key for access tokens: generated once and kept in the database, so every server
 * process on the same PostgreSQL accepts the others' tokens.
 */
export async function loadSigningSecret(db: Database): Promise<Buffer> {
  await db.query(`insert into server_settings (key, value) values ('access_token_secret', $1) on conflict (key) do nothing`, [
    randomBytes(32).toString('base64'),
  ]);
  const { rows } = await db.query<{ value: string }>(`select value from server_settings where key = 'access_token_secret'`);
  return Buffer.from(rows[0]!.value, 'base64');
}
