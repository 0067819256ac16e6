import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../../../shared/entities/ids';
import type { Database } from '../db/database';
import { HttpError, unauthorized } from '../http/errors';
import { findUserById, findUserForLogin, publicUser, type UserRecord } from '../users/directory';
import { signAccessToken } from './access-token';
import { verifyPassword } from './passwords';

/**
 * Devices and their refresh tokens. Each login is a new device; its refresh token rotates
 * on every use and is stored only as a SHA-256 hash. Presenting a token that was already
 * rotated means it leaked (or a race lost): the device's whole token family is dropped.
 */
export interface SessionSettings {
  secret: Buffer;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
}

export interface LoginResponse {
  accessToken: string;
  refreshToken: string;
  deviceId: string;
  user: ReturnType<typeof publicUser>;
}

const BAD_CREDENTIALS = 'Wrong username or password.';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

async function issue(db: Database, settings: SessionSettings, user: UserRecord, deviceId: string): Promise<LoginResponse> {
  const refreshToken = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + settings.refreshTokenTtlDays * 86_400_000);
  await db.query('insert into refresh_tokens (token_hash, device_id, expires_at) values ($1, $2, $3)', [hashToken(refreshToken), deviceId, expires]);
  const accessToken = signAccessToken({ sub: user.id, did: deviceId, epoch: user.epoch }, settings.secret, settings.accessTokenTtlSeconds);
  return { accessToken, refreshToken, deviceId, user: publicUser(user) };
}

export async function login(db: Database, settings: SessionSettings, username: string, password: string, deviceName: string): Promise<LoginResponse> {
  const user = await findUserForLogin(db, username);
  // Unknown users are checked against a dummy hash: same answer, same time.
  const ok = await verifyPassword(password, user?.passwordHash ?? null);
  if (!user || !ok || !user.active) throw unauthorized(BAD_CREDENTIALS);
  const deviceId = newId();
  await db.query('insert into devices (id, user_id, name) values ($1, $2, $3)', [deviceId, user.id, deviceName]);
  return issue(db, settings, user, deviceId);
}

interface TokenRow {
  device_id: string;
  expires_at: Date | string;
  rotated_at: Date | string | null;
  revoked_at: Date | string | null;
  user_id: string;
}

export async function refresh(db: Database, settings: SessionSettings, refreshToken: string): Promise<LoginResponse> {
  const outcome = await db.transaction(async (tx) => {
    const { rows } = await tx.query<TokenRow>(
      `select t.device_id, t.expires_at, t.rotated_at, d.revoked_at, d.user_id
       from refresh_tokens t join devices d on d.id = t.device_id
       where t.token_hash = $1 for update of t`,
      [hashToken(refreshToken)],
    );
    const row = rows[0];
    if (!row) return { error: unauthorized('Unknown refresh token; sign in again.') };
    if (row.revoked_at) return { error: new HttpError(401, 'DEVICE_REVOKED', 'This device was signed out by an administrator.') };
    if (row.rotated_at) {
      await tx.query('delete from refresh_tokens where device_id = $1', [row.device_id]);
      return { error: unauthorized('This refresh token was already used; the device must sign in again.') };
    }
    if (new Date(row.expires_at).getTime() <= Date.now()) return { error: new HttpError(401, 'TOKEN_EXPIRED', 'The session expired; sign in again.') };
    await tx.query('update refresh_tokens set rotated_at = now() where token_hash = $1', [hashToken(refreshToken)]);
    await tx.query('update devices set last_seen_at = now() where id = $1', [row.device_id]);
    return { deviceId: row.device_id, userId: row.user_id };
  });
  // The reuse answer must commit (it drops the family), so errors are returned, not thrown, above.
  if ('error' in outcome) throw outcome.error;
  const user = await findUserById(db, outcome.userId);
  if (!user?.active) throw unauthorized('This account is disabled.');
  return issue(db, settings, user, outcome.deviceId);
}

/** Ends this device's session: its refresh tokens stop working. */
export async function logout(db: Database, deviceId: string): Promise<void> {
  await db.query('delete from refresh_tokens where device_id = $1', [deviceId]);
}
