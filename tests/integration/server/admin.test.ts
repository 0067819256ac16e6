import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildServer } from '../../../server/src/app';
import { DEFAULT_CONFIG, type ServerConfig } from '../../../server/src/config';
import { call, describeBackends, pullAll, seedTeams, useServer, type Cast, type LoginResponse } from './harness';

describeBackends('admin API', (backend) => {
  const server = useServer(backend);
  const base = () => server().baseUrl;
  let cast: Cast;
  beforeAll(async () => {
    cast = await seedTeams(server());
  }, 60_000);

  it('is closed to managers and reps (403) and to strangers (401)', async () => {
    for (const who of [cast.managerA, cast.repA1]) {
      for (const [method, path, body] of [
        ['GET', '/admin/users'], ['POST', '/admin/users', { username: 'x', password: 'password-123', role: 'rep', teamId: cast.teamA }],
        ['PATCH', `/admin/users/${who.user.id}`, { role: 'admin' }], ['GET', '/admin/teams'], ['POST', '/admin/teams', { name: 'x' }],
        ['GET', '/admin/devices'], ['DELETE', `/admin/devices/${who.deviceId}`], ['PATCH', `/admin/teams/${cast.teamA}`, { name: 'x' }],
      ] as const) {
        const res = await call(base(), method, path, { token: who.accessToken, body });
        expect(res.status, `${who.user.username} ${method} ${path}`).toBe(403);
        expect(res.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
      }
    }
    expect((await call(base(), 'GET', '/admin/users')).status).toBe(401);
    expect((await call(base(), 'GET', '/admin/users', { token: cast.repA1.accessToken })).body).not.toHaveProperty('users');
  });

  it('creates and lists teams and users, mirrored into the reference collection', async () => {
    const from = await pullAll(base(), cast.repB1.accessToken, 'reference');
    const team = await call<{ id: string; name: string }>(base(), 'POST', '/admin/teams', { token: cast.admin.accessToken, body: { name: ' Field sales ' } });
    expect(team.status).toBe(201);
    expect(team.body).toEqual({ id: expect.any(String), name: 'Field sales' });
    const teams = await call<{ teams: { id: string }[] }>(base(), 'GET', '/admin/teams', { token: cast.admin.accessToken });
    expect(teams.body.teams.map((t) => t.id)).toContain(team.body.id);

    const user = await call<{ id: string }>(base(), 'POST', '/admin/users', {
      token: cast.admin.accessToken,
      body: { username: 'Sara', password: 'password-123', displayName: 'سارا', role: 'rep', teamId: team.body.id },
    });
    expect(user.status).toBe(201);
    expect(user.body).toEqual({ id: expect.any(String), username: 'sara', displayName: 'سارا', role: 'rep', teamId: team.body.id, active: true });
    const list = await call<{ users: { username: string }[] }>(base(), 'GET', '/admin/users', { token: cast.admin.accessToken });
    expect(list.body.users.map((u) => u.username)).toContain('sara');
    expect(JSON.stringify(list.body)).not.toContain('password');

    // Every client receives the directory change through sync.
    const after = await pullAll(base(), cast.repB1.accessToken, 'reference', from.checkpoint);
    expect(after.documents).toEqual([
      expect.objectContaining({ id: `team-${team.body.id}`, kind: 'team', key: team.body.id, data: { name: 'Field sales' }, _deleted: false }),
      expect.objectContaining({
        id: `user-${user.body.id}`, kind: 'user', key: user.body.id, _deleted: false,
        data: { username: 'sara', displayName: 'سارا', role: 'rep', teamId: team.body.id, active: true },
      }),
    ]);

    const patch = await call(base(), 'PATCH', `/admin/users/${user.body.id}`, { token: cast.admin.accessToken, body: { displayName: 'سارا ک', password: 'new-password-9' } });
    expect(patch.status).toBe(200);
    expect(patch.body).toMatchObject({ displayName: 'سارا ک' });
    expect((await call(base(), 'POST', '/auth/login', { body: { username: 'sara', password: 'password-123' } })).status).toBe(401);
    expect((await call(base(), 'POST', '/auth/login', { body: { username: 'sara', password: 'new-password-9' } })).status).toBe(200);
    const renamed = await pullAll(base(), cast.repB1.accessToken, 'reference', after.checkpoint);
    expect(renamed.documents).toEqual([expect.objectContaining({ id: `user-${user.body.id}`, data: expect.objectContaining({ displayName: 'سارا ک' }) })]);
  });

  it('renames a team; every client receives the new name; bad names and unknown teams are refused', async () => {
    const team = await call<{ id: string }>(base(), 'POST', '/admin/teams', { token: cast.admin.accessToken, body: { name: 'Headquarters' } });
    const from = await pullAll(base(), cast.repB1.accessToken, 'reference');
    const renamed = await call(base(), 'PATCH', `/admin/teams/${team.body.id}`, { token: cast.admin.accessToken, body: { name: ' دفتر مرکزی ' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({ id: team.body.id, name: 'دفتر مرکزی' });
    const after = await pullAll(base(), cast.repB1.accessToken, 'reference', from.checkpoint);
    expect(after.documents).toEqual([expect.objectContaining({ id: `team-${team.body.id}`, data: { name: 'دفتر مرکزی' } })]);

    const blank = await call(base(), 'PATCH', `/admin/teams/${team.body.id}`, { token: cast.admin.accessToken, body: { name: '  ' } });
    expect(blank.status).toBe(400);
    expect(blank.body).toMatchObject({ error: { code: 'INVALID_REQUEST', fields: { name: 'validation:required' } } });
    expect((await call(base(), 'PATCH', '/admin/teams/no-such-team', { token: cast.admin.accessToken, body: { name: 'x' } })).status).toBe(404);
    const teams = await call<{ teams: { id: string; name: string }[] }>(base(), 'GET', '/admin/teams', { token: cast.admin.accessToken });
    expect(teams.body.teams.find((t) => t.id === team.body.id)?.name).toBe('دفتر مرکزی');
  });

  it('validates admin input with field errors and writes nothing', async () => {
    const { rows: before } = await server().server.db.query<{ n: number }>('select count(*) as n from users');
    for (const body of [
      { username: '', password: 'password-123', role: 'rep', teamId: cast.teamA },
      { username: 'short', password: 'x', role: 'rep', teamId: cast.teamA },
      { username: 'role', password: 'password-123', role: 'boss', teamId: cast.teamA },
      { username: 'noteam', password: 'password-123', role: 'rep', teamId: 'no-such-team' },
    ]) {
      const res = await call(base(), 'POST', '/admin/users', { token: cast.admin.accessToken, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'INVALID_REQUEST', fields: expect.any(Object) } });
    }
    const dup = await call(base(), 'POST', '/admin/users', { token: cast.admin.accessToken, body: { username: 'REP-A1', password: 'password-123', role: 'rep', teamId: cast.teamA } });
    expect(dup.status).toBe(409);
    expect((await call(base(), 'PATCH', `/admin/users/${cast.repA1.user.id}`, { token: cast.admin.accessToken, body: { nonsense: 1 } })).status).toBe(400);
    expect((await call(base(), 'PATCH', '/admin/users/nobody', { token: cast.admin.accessToken, body: { displayName: 'x' } })).status).toBe(404);
    expect((await call(base(), 'DELETE', '/admin/devices/nothing', { token: cast.admin.accessToken })).status).toBe(404);
    const { rows: after } = await server().server.db.query<{ n: number }>('select count(*) as n from users');
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n));
  });

  it('deactivating a user ends their sessions', async () => {
    const user = await server().createUser({ username: 'leaver', password: 'password-123', role: 'rep', teamId: cast.teamA });
    const login = await server().login('leaver', 'password-123');
    const res = await call(base(), 'PATCH', `/admin/users/${user.id}`, { token: cast.admin.accessToken, body: { active: false } });
    expect(res.body).toMatchObject({ active: false });
    expect((await call(base(), 'GET', '/me', { token: login.accessToken })).status).toBe(401);
    expect((await call(base(), 'POST', '/auth/refresh', { body: { refreshToken: login.refreshToken } })).status).toBe(401);
    expect((await call(base(), 'POST', '/auth/login', { body: { username: 'leaver', password: 'password-123' } })).status).toBe(401);
  });

  it('lists devices', async () => {
    const res = await call<{ devices: { id: string; username: string; name: string; revokedAt: string | null }[] }>(base(), 'GET', '/admin/devices', { token: cast.admin.accessToken });
    expect(res.body.devices).toEqual(expect.arrayContaining([expect.objectContaining({ id: cast.repB1.deviceId, username: 'rep-b1', name: "rep-b1's laptop", revokedAt: null })]));
  });
});

describeBackends('first admin', (backend) => {
  let fresh: Awaited<ReturnType<typeof backend.fresh>>;
  let dataDir: string;
  beforeAll(async () => {
    // PGlite: a data directory the create-admin process and the servers share.
    fresh = backend.name === 'pglite' ? { options: {}, cleanup: async () => {} } : await backend.fresh();
    dataDir = mkdtempSync(join(tmpdir(), 'peyvand-admin-'));
  });
  afterAll(async () => {
    await fresh.cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const config = (extra: Partial<ServerConfig> = {}): ServerConfig => ({
    ...DEFAULT_CONFIG,
    port: 0,
    logger: false,
    ...(fresh.options.databaseUrl ? { databaseUrl: fresh.options.databaseUrl } : { dataDir }),
    ...extra,
  });
  const env = () => ({ ...process.env, ...(fresh.options.databaseUrl ? { DATABASE_URL: fresh.options.databaseUrl } : { DATA_DIR: dataDir }) });

  it('the create-admin command creates an admin who can sign in', async () => {
    const cli = spawnSync('npx', ['tsx', 'server/src/main.ts', 'create-admin', '--username', 'boss', '--password', 'boss-password-1'], { env: env(), encoding: 'utf8', timeout: 60_000 });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/Created admin boss/);
    const server = await buildServer(config());
    try {
      const origin = await server.listen();
      const res = await call<LoginResponse>(`${origin}/api/v1`, 'POST', '/auth/login', { body: { username: 'boss', password: 'boss-password-1' } });
      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({ username: 'boss', role: 'admin', teamId: expect.any(String) });
    } finally {
      await server.close();
    }
    const bad = spawnSync('npx', ['tsx', 'server/src/main.ts', 'create-admin', '--username', 'boss', '--password', 'short'], { env: env(), encoding: 'utf8', timeout: 60_000 });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/at least 8/);
  }, 120_000);

  it('PEYVAND_ADMIN_* creates the first admin only on an empty database', async () => {
    // Not empty any more (boss exists): the bootstrap admin is ignored.
    const server = await buildServer(config({ bootstrapAdmin: { username: 'other', password: 'other-password-1' } }));
    try {
      const origin = await server.listen();
      const res = await call(`${origin}/api/v1`, 'POST', '/auth/login', { body: { username: 'other', password: 'other-password-1' } });
      expect(res.status).toBe(401);
    } finally {
      await server.close();
    }
    // On an empty database it creates the admin and a first team.
    const empty = await backend.fresh();
    const dir = mkdtempSync(join(tmpdir(), 'peyvand-boot-'));
    const boot = await buildServer(
      { ...config({ bootstrapAdmin: { username: 'root', password: 'root-password-1' } }), ...(empty.options.databaseUrl ? { databaseUrl: empty.options.databaseUrl } : { dataDir: dir }) },
      empty.options.database ? { database: empty.options.database } : {},
    );
    try {
      const origin = await boot.listen();
      const res = await call<LoginResponse>(`${origin}/api/v1`, 'POST', '/auth/login', { body: { username: 'root', password: 'root-password-1' } });
      expect(res.status).toBe(200);
      const teams = await call<{ teams: unknown[] }>(`${origin}/api/v1`, 'GET', '/admin/teams', { token: res.body.accessToken });
      expect(teams.body.teams).toEqual([{ id: res.body.user.teamId, name: 'Headquarters' }]);
    } finally {
      await boot.close();
      await empty.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
