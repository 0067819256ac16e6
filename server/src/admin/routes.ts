import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idSchema, requiredText } from '../../../shared/entities/common';
import { ROLES } from '../../../shared/entities/reference';
import { authenticate, requireAdmin } from '../auth/authenticate';
import { PASSWORD_MAX, PASSWORD_MIN } from '../auth/passwords';
import type { ServerContext } from '../http/context';
import { badRequest, notFound } from '../http/errors';
import { parseBody } from '../http/validate';
import { notify } from '../sync/notifications';
import { createTeam, createUser, listTeams, listUsers, publicUser, renameTeam, updateUser } from '../users/directory';

const password = z.string().min(PASSWORD_MIN, { error: 'validation:passwordTooShort' }).max(PASSWORD_MAX);
const username = z.string().trim().min(1, { error: 'validation:required' }).max(64).regex(/^[\p{L}\p{N}._@-]+$/u, { error: 'validation:invalidUsername' });
const teamSchema = z.object({ name: requiredText(120) });
const newUserSchema = z.object({
  username,
  password,
  displayName: requiredText(120).optional(),
  role: z.enum(ROLES),
  teamId: idSchema,
});
const userPatchSchema = z
  .object({ displayName: requiredText(120), role: z.enum(ROLES), teamId: idSchema, password, active: z.boolean() })
  .partial()
  .strict();

interface DeviceRow {
  id: string;
  user_id: string;
  username: string;
  name: string;
  created_at: Date | string;
  last_seen_at: Date | string;
  revoked_at: Date | string | null;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function device(row: DeviceRow) {
  return {
    id: row.id,
    userId: row.user_id,
    username: row.username,
    name: row.name,
    createdAt: iso(row.created_at),
    lastSeenAt: iso(row.last_seen_at),
    revokedAt: iso(row.revoked_at),
  };
}

/** The admin API: teams, users and devices. Every route needs role admin. */
export function registerAdminRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const admin = async (request: Parameters<typeof authenticate>[2]) => {
    const auth = await authenticate(ctx.db, ctx.secret, request);
    requireAdmin(auth);
    return auth;
  };

  app.get('/admin/teams', async (request) => {
    await admin(request);
    return { teams: await listTeams(ctx.db) };
  });

  app.post('/admin/teams', async (request, reply) => {
    const auth = await admin(request);
    const body = parseBody(teamSchema, request.body, 'team');
    return reply.status(201).send(await createTeam(ctx.db, body.name, auth.user.id));
  });

  app.patch<{ Params: { id: string } }>('/admin/teams/:id', async (request) => {
    const auth = await admin(request);
    const body = parseBody(teamSchema, request.body, 'team');
    const team = await renameTeam(ctx.db, request.params.id, body.name, auth.user.id);
    if (!team) throw notFound('No such team.');
    return team;
  });

  app.get('/admin/users', async (request) => {
    await admin(request);
    return { users: (await listUsers(ctx.db)).map(publicUser) };
  });

  app.post('/admin/users', async (request, reply) => {
    const auth = await admin(request);
    const body = parseBody(newUserSchema, request.body, 'user');
    const user = await createUser(ctx.db, body, auth.user.id);
    return reply.status(201).send(publicUser(user));
  });

  app.patch<{ Params: { id: string } }>('/admin/users/:id', async (request) => {
    const auth = await admin(request);
    const body = parseBody(userPatchSchema, request.body, 'user changes');
    if (request.params.id === auth.user.id && (body.active === false || (body.role && body.role !== 'admin'))) {
      throw badRequest('An admin may not demote or deactivate themselves.');
    }
    return publicUser(await updateUser(ctx.db, request.params.id, body, auth.user.id));
  });

  app.get('/admin/devices', async (request) => {
    await admin(request);
    const { rows } = await ctx.db.query<DeviceRow>(
      `select d.id, d.user_id, u.username, d.name, d.created_at, d.last_seen_at, d.revoked_at
       from devices d join users u on u.id = d.user_id order by d.last_seen_at desc`,
    );
    return { devices: rows.map(device) };
  });

  /** Revoke: the device's tokens stop working at once, its stream ends, and it wipes its data on next contact. */
  app.delete<{ Params: { id: string } }>('/admin/devices/:id', async (request) => {
    await admin(request);
    const row = await ctx.db.transaction(async (tx) => {
      const { rows } = await tx.query<DeviceRow>(
        `update devices d set revoked_at = coalesce(d.revoked_at, now()) from users u
         where d.id = $1 and u.id = d.user_id
         returning d.id, d.user_id, u.username, d.name, d.created_at, d.last_seen_at, d.revoked_at`,
        [request.params.id],
      );
      if (!rows[0]) return null;
      // Its refresh tokens stay, so a refresh answers DEVICE_REVOKED (the client wipes) rather than "unknown token".
      await notify(tx, { type: 'device', deviceId: request.params.id });
      return rows[0];
    });
    if (!row) throw notFound('No such device.');
    return device(row);
  });
}
