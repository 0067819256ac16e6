import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/database';
import { forbidden, HttpError, unauthorized } from '../http/errors';
import { userFromRow, type UserRecord } from '../users/directory';
import { verifyAccessToken } from './access-token';

export interface AuthContext {
  user: UserRecord;
  deviceId: string;
  /** Access token expiry, ms since epoch (streams close when it passes). */
  expiresAt: number;
}

function bearerToken(request: FastifyRequest, allowQuery: boolean): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  if (allowQuery) {
    const token = (request.query as Record<string, unknown> | undefined)?.access_token;
    if (typeof token === 'string' && token) return token;
  }
  return null;
}

/**
 * Verifies the access token and, with one primary-key lookup, that the device is not
 * revoked and the user is active. `allowQuery` accepts `?access_token=` (EventSource
 * cannot send headers).
 */
export async function authenticate(db: Database, secret: Buffer, request: FastifyRequest, allowQuery = false): Promise<AuthContext> {
  const token = bearerToken(request, allowQuery);
  if (!token) throw unauthorized('Sign in first (Authorization: Bearer <accessToken>).');
  const verified = verifyAccessToken(token, secret);
  if (!verified.ok) {
    throw verified.reason === 'expired' ? new HttpError(401, 'TOKEN_EXPIRED', 'The access token expired; refresh it.') : unauthorized('Invalid access token.');
  }
  const { claims } = verified;
  const { rows } = await db.query<Parameters<typeof userFromRow>[0] & { revoked_at: unknown }>(
    `select d.revoked_at, u.id, u.username, u.display_name, u.role, u.team_id, u.active, u.access_epoch
     from devices d join users u on u.id = d.user_id where d.id = $1 and d.user_id = $2`,
    [claims.did, claims.sub],
  );
  const row = rows[0];
  if (!row) throw unauthorized('Invalid access token.');
  if (row.revoked_at) throw new HttpError(401, 'DEVICE_REVOKED', 'This device was signed out by an administrator.');
  if (!row.active) throw unauthorized('This account is disabled.');
  return { user: userFromRow(row), deviceId: claims.did, expiresAt: claims.exp * 1000 };
}

export function requireAdmin(auth: AuthContext): void {
  if (auth.user.role !== 'admin') throw forbidden('Only an admin may do this.');
}
