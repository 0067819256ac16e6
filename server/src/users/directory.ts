import { newId } from '../../../shared/entities/ids';
import { ROLES } from '../../../shared/entities/reference';
import type { Role } from '../../../shared/sync/access';
import type { WireDocument } from '../../../shared/sync/protocol';
import type { Database, Queryable } from '../db/database';
import { hashPassword } from '../auth/passwords';
import { badRequest, HttpError, notFound } from '../http/errors';
import { announceWrite, loadForUpdate, lockCollection, toWire, writeDocument } from '../sync/documents';
import { notify } from '../sync/notifications';
import { sameContent } from '../../../shared/sync/content';

/**
 * Users and teams live in their own tables; every change is mirrored into the `reference`
 * collection (kind user/team) through the sync write path, so it gets a sequence number and
 * reaches every client as the users directory.
 */
export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  teamId: string;
  active: boolean;
  epoch: number;
}

export interface TeamRecord {
  id: string;
  name: string;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  team_id: string;
  active: boolean;
  access_epoch: number;
}

const USER_COLUMNS = 'id, username, display_name, role, team_id, active, access_epoch';

export function userFromRow(row: UserRow): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    teamId: row.team_id,
    active: row.active,
    epoch: Number(row.access_epoch),
  };
}

/** What clients and the admin API see of a user. */
export function publicUser(user: UserRecord) {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, teamId: user.teamId, active: user.active };
}

/** Usernames compare case-insensitively: stored trimmed and lower-cased. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

async function mirror(tx: Queryable, doc: WireDocument): Promise<void> {
  await lockCollection(tx, 'reference');
  const current = await loadForUpdate(tx, 'reference', doc.id);
  const now = new Date().toISOString();
  const createdAt = typeof current?.data.createdAt === 'string' ? current.data.createdAt : now;
  const next = { ...doc, createdAt, updatedAt: now } as WireDocument;
  // Only updatedAt would differ: nothing changed.
  if (current && sameContent({ ...next, updatedAt: current.data.updatedAt } as WireDocument, toWire('reference', current))) return;
  const seq = await writeDocument(tx, 'reference', next, current);
  await announceWrite(tx, 'reference', seq);
}

function mirrorUser(tx: Queryable, user: UserRecord, actorId: string) {
  return mirror(tx, {
    id: `user-${user.id}`,
    _deleted: false,
    ownerId: actorId,
    teamId: user.teamId,
    kind: 'user',
    key: user.id,
    data: { username: user.username, displayName: user.displayName, role: user.role, teamId: user.teamId, active: user.active },
  });
}

function mirrorTeam(tx: Queryable, team: TeamRecord, actorId: string) {
  return mirror(tx, {
    id: `team-${team.id}`,
    _deleted: false,
    ownerId: actorId,
    teamId: team.id,
    kind: 'team',
    key: team.id,
    data: { name: team.name },
  });
}

export async function listTeams(db: Queryable): Promise<TeamRecord[]> {
  const { rows } = await db.query<TeamRecord>('select id, name from teams order by name, id');
  return rows;
}

export async function createTeam(db: Database, name: string, actorId?: string): Promise<TeamRecord> {
  return db.transaction((tx) => createTeamIn(tx, name, actorId));
}

async function createTeamIn(tx: Queryable, name: string, actorId?: string): Promise<TeamRecord> {
  const team = { id: newId(), name: name.trim() };
  await tx.query('insert into teams (id, name) values ($1, $2)', [team.id, team.name]);
  await mirrorTeam(tx, team, actorId ?? team.id);
  return team;
}

/** Renames a team (the users directory in `reference` follows); null when there is no such team. */
export async function renameTeam(db: Database, id: string, name: string, actorId: string): Promise<TeamRecord | null> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<TeamRecord>('update teams set name = $2 where id = $1 returning id, name', [id, name.trim()]);
    const team = rows[0];
    if (team) await mirrorTeam(tx, team, actorId);
    return team ?? null;
  });
}

export async function listUsers(db: Queryable): Promise<UserRecord[]> {
  const { rows } = await db.query<UserRow>(`select ${USER_COLUMNS} from users order by username`);
  return rows.map(userFromRow);
}

export async function findUserById(db: Queryable, id: string): Promise<UserRecord | null> {
  const { rows } = await db.query<UserRow>(`select ${USER_COLUMNS} from users where id = $1`, [id]);
  return rows[0] ? userFromRow(rows[0]) : null;
}

export async function findUserForLogin(db: Queryable, username: string): Promise<(UserRecord & { passwordHash: string }) | null> {
  const { rows } = await db.query<UserRow & { password_hash: string }>(
    `select ${USER_COLUMNS}, password_hash from users where username = $1`,
    [normalizeUsername(username)],
  );
  return rows[0] ? { ...userFromRow(rows[0]), passwordHash: rows[0].password_hash } : null;
}

export interface NewUser {
  username: string;
  password: string;
  displayName?: string;
  role: Role;
  teamId: string;
}

async function requireTeam(tx: Queryable, teamId: string): Promise<void> {
  const { rows } = await tx.query('select 1 from teams where id = $1', [teamId]);
  if (!rows.length) throw badRequest('No such team.', { teamId: 'validation:invalid' });
}

export async function createUser(db: Database, input: NewUser, actorId?: string): Promise<UserRecord> {
  if (!ROLES.includes(input.role)) throw badRequest('Unknown role.', { role: 'validation:invalid' });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await requireTeam(tx, input.teamId);
    const username = normalizeUsername(input.username);
    const taken = await tx.query('select 1 from users where username = $1', [username]);
    if (taken.rows.length) throw new HttpError(409, 'CONFLICT', 'That username is taken.');
    const user: UserRecord = {
      id: newId(),
      username,
      displayName: input.displayName?.trim() || input.username.trim(),
      role: input.role,
      teamId: input.teamId,
      active: true,
      epoch: 1,
    };
    await tx.query(
      `insert into users (id, username, display_name, role, team_id, password_hash) values ($1, $2, $3, $4, $5, $6)`,
      [user.id, user.username, user.displayName, user.role, user.teamId, passwordHash],
    );
    await mirrorUser(tx, user, actorId ?? user.id);
    return user;
  });
}

export interface UserChanges {
  displayName?: string;
  role?: Role;
  teamId?: string;
  password?: string;
  active?: boolean;
}

/**
 * Changing a user's team, role or active flag moves their access epoch on: their devices'
 * checkpoints are void (pull answers `reset`) and their live streams are told to resync.
 */
export async function updateUser(db: Database, id: string, changes: UserChanges, actorId: string): Promise<UserRecord> {
  const passwordHash = changes.password !== undefined ? await hashPassword(changes.password) : null;
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<UserRow>(`select ${USER_COLUMNS} from users where id = $1 for update`, [id]);
    if (!rows[0]) throw notFound('No such user.');
    const before = userFromRow(rows[0]);
    if (changes.teamId !== undefined && changes.teamId !== before.teamId) await requireTeam(tx, changes.teamId);
    const after: UserRecord = {
      ...before,
      displayName: changes.displayName?.trim() || before.displayName,
      role: changes.role ?? before.role,
      teamId: changes.teamId ?? before.teamId,
      active: changes.active ?? before.active,
    };
    const accessChanged = after.role !== before.role || after.teamId !== before.teamId || after.active !== before.active;
    if (accessChanged) after.epoch = before.epoch + 1;
    await tx.query(
      `update users set display_name = $2, role = $3, team_id = $4, active = $5, access_epoch = $6,
         password_hash = coalesce($7, password_hash), updated_at = now() where id = $1`,
      [id, after.displayName, after.role, after.teamId, after.active, after.epoch, passwordHash],
    );
    if (!after.active) {
      await tx.query('delete from refresh_tokens where device_id in (select id from devices where user_id = $1)', [id]);
    }
    await mirrorUser(tx, after, actorId);
    if (accessChanged) await notify(tx, { type: 'user', userId: id });
    return after;
  });
}

export async function countUsers(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select count(*) as n from users');
  return Number(rows[0]?.n ?? 0);
}

/**
 * The first admin (and a first team) on an empty database. Returns null when users exist
 * and `force` is not set (the env bootstrap only ever fills an empty database).
 */
export async function createAdmin(
  db: Database,
  input: { username: string; password: string; displayName?: string; teamName?: string },
  options: { onlyIfEmpty: boolean },
): Promise<UserRecord | null> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [727_302]);
    const { rows } = await tx.query<{ n: number }>('select count(*) as n from users');
    if (options.onlyIfEmpty && Number(rows[0]?.n) > 0) return null;
    const username = normalizeUsername(input.username);
    const taken = await tx.query('select 1 from users where username = $1', [username]);
    if (taken.rows.length) throw new HttpError(409, 'CONFLICT', `The username ${username} is taken.`);
    const teams = await listTeams(tx);
    const team = teams[0] ?? (await createTeamIn(tx, input.teamName ?? 'Headquarters'));
    const user: UserRecord = {
      id: newId(),
      username,
      displayName: input.displayName?.trim() || input.username.trim(),
      role: 'admin',
      teamId: team.id,
      active: true,
      epoch: 1,
    };
    await tx.query(
      `insert into users (id, username, display_name, role, team_id, password_hash) values ($1, $2, $3, 'admin', $4, $5)`,
      [user.id, user.username, user.displayName, user.teamId, passwordHash],
    );
    await mirrorUser(tx, user, user.id);
    return user;
  });
}
