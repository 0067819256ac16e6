import { expect, it } from 'vitest';
import { signAccessToken } from '../../../server/src/auth/access-token';
import { PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../../shared/sync';
import { call, describeBackends, SseClient, useServer, type LoginResponse } from './harness';

async function secretOf(t: ReturnType<ReturnType<typeof useServer>>): Promise<Buffer> {
  const { rows } = await t.server.db.query<{ value: string }>(`select value from server_settings where key = 'access_token_secret'`);
  return Buffer.from(rows[0]!.value, 'base64');
}

describeBackends('auth', (backend) => {
  const server = useServer(backend);
  const base = () => server().baseUrl;

  it('answers health with the database kind and version', async () => {
    const res = await call(base(), 'GET', '/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', db: backend.name, version: expect.any(String) });
  });

  it('logs in and returns tokens, device and user', async () => {
    const res = await call<LoginResponse>(base(), 'POST', '/auth/login', { body: { username: 'admin', password: 'admin-password-1', deviceName: 'laptop' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      deviceId: expect.any(String),
      user: { id: expect.any(String), username: 'admin', displayName: 'admin', role: 'admin', teamId: expect.any(String) },
    });
    const me = await call(base(), 'GET', '/me', { token: res.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: 'admin', role: 'admin', deviceId: res.body.deviceId });
  });

  it('refuses wrong passwords and unknown users with the same 401', async () => {
    const wrong = await call(base(), 'POST', '/auth/login', { body: { username: 'admin', password: 'nope-nope-nope', deviceName: 'x' } });
    const unknown = await call(base(), 'POST', '/auth/login', { body: { username: 'ghost', password: 'nope-nope-nope', deviceName: 'x' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.any(String) } });
  });

  it('usernames are case-insensitive', async () => {
    const res = await call(base(), 'POST', '/auth/login', { body: { username: ' Admin ', password: 'admin-password-1', deviceName: 'x' } });
    expect(res.status).toBe(200);
  });

  it('rotates refresh tokens; re-using a rotated one ends the device family', async () => {
    const first = await server().login('admin', 'admin-password-1', 'rotating');
    const second = await call<LoginResponse>(base(), 'POST', '/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect(second.body.deviceId).toBe(first.deviceId);
    expect((await call(base(), 'GET', '/me', { token: second.body.accessToken })).status).toBe(200);

    // The old token is spent; presenting it again looks like theft: the whole family dies.
    const replay = await call(base(), 'POST', '/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(replay.status).toBe(401);
    expect(replay.body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    const third = await call(base(), 'POST', '/auth/refresh', { body: { refreshToken: second.body.refreshToken } });
    expect(third.status).toBe(401);
  });

  it('logout ends the refresh token of this device only', async () => {
    const a = await server().login('admin', 'admin-password-1', 'a');
    const b = await server().login('admin', 'admin-password-1', 'b');
    const out = await call(base(), 'POST', '/auth/logout', { token: a.accessToken });
    expect(out.status).toBe(204);
    expect((await call(base(), 'POST', '/auth/refresh', { body: { refreshToken: a.refreshToken } })).status).toBe(401);
    expect((await call(base(), 'POST', '/auth/refresh', { body: { refreshToken: b.refreshToken } })).status).toBe(200);
  });

  it('logout ignores whatever body a client sends with it (empty JSON, a form)', async () => {
    for (const headers of [{ 'content-type': 'application/json' }, { 'content-type': 'application/x-www-form-urlencoded' }]) {
      const s = await server().login('admin', 'admin-password-1', 'c');
      const out = await call(base(), 'POST', '/auth/logout', { token: s.accessToken, rawBody: '', headers });
      expect(out.status).toBe(204);
      expect((await call(base(), 'POST', '/auth/refresh', { body: { refreshToken: s.refreshToken } })).status).toBe(401);
    }
    // Still authenticated: no token, no logout.
    expect((await call(base(), 'POST', '/auth/logout', { rawBody: '', headers: { 'content-type': 'application/json' } })).status).toBe(401);
  });

  it('distinguishes missing, forged and expired access tokens', async () => {
    const login = await server().login('admin', 'admin-password-1');
    const none = await call(base(), 'GET', '/me');
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });

    const [h, p, s] = login.accessToken.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...claims, exp: claims.exp as number + 86_400 })).toString('base64url')}.${s}`;
    const forgedWithOtherKey = signAccessToken({ sub: claims.sub as string, did: claims.did as string, epoch: 1 }, Buffer.alloc(32, 7), 900);
    for (const token of [tampered, forgedWithOtherKey, 'garbage', `${h}.${p}`]) {
      const res = await call(base(), 'GET', '/me', { token });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    }

    const expired = signAccessToken({ sub: claims.sub as string, did: claims.did as string, epoch: 1 }, await secretOf(server()), 900, Date.now() - 3600_000);
    const res = await call(base(), 'GET', '/me', { token: expired });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'TOKEN_EXPIRED' } });
  });

  it('a revoked device gets 401 DEVICE_REVOKED on REST and refresh, and its stream ends', async () => {
    const victim = await server().login('admin', 'admin-password-1', 'stolen laptop');
    const other = await server().login('admin', 'admin-password-1', 'desk');
    const stream = await SseClient.open(base(), { queryToken: victim.accessToken });
    expect(stream.status).toBe(200);
    const revoke = await call(base(), 'DELETE', `/admin/devices/${victim.deviceId}`, { token: other.accessToken });
    expect(revoke.status).toBe(200);
    expect(revoke.body).toMatchObject({ id: victim.deviceId, revokedAt: expect.any(String) });

    await stream.closed;
    expect(stream.events).toContain('RESYNC');
    for (const res of [
      await call(base(), 'GET', '/me', { token: victim.accessToken }),
      await call(base(), 'GET', '/sync/accounts/pull', { token: victim.accessToken }),
      await call(base(), 'POST', '/auth/refresh', { body: { refreshToken: victim.refreshToken } }),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ error: { code: 'DEVICE_REVOKED' } });
    }
    const again = await SseClient.open(base(), { token: victim.accessToken });
    expect(again.status).toBe(401);
    expect((await call(base(), 'GET', '/me', { token: other.accessToken })).status).toBe(200);
  });

  it('answers 426 to an older protocol and accepts the current one or none', async () => {
    const login = await server().login('admin', 'admin-password-1');
    const old = await call(base(), 'GET', '/me', { token: login.accessToken, headers: { [PROTOCOL_HEADER]: String(SYNC_PROTOCOL_VERSION - 1) } });
    expect(old.status).toBe(426);
    expect(old.body).toMatchObject({ error: { code: 'CLIENT_TOO_OLD' } });
    const current = await call(base(), 'GET', '/me', { token: login.accessToken, headers: { [PROTOCOL_HEADER]: String(SYNC_PROTOCOL_VERSION) } });
    expect(current.status).toBe(200);
    const loginOld = await call(base(), 'POST', '/auth/login', {
      body: { username: 'admin', password: 'admin-password-1' },
      headers: { [PROTOCOL_HEADER]: '0' },
    });
    expect(loginOld.status).toBe(426);
  });

  it('answers 400 to malformed bodies, 404 to unknown routes, without stack traces', async () => {
    const malformed = await call(base(), 'POST', '/auth/login', { rawBody: '{"username": "admin",' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ error: { code: 'INVALID_REQUEST', message: expect.any(String) } });
    const shape = await call(base(), 'POST', '/auth/login', { body: { username: 42 } });
    expect(shape.status).toBe(400);
    expect(shape.body).toMatchObject({ error: { code: 'INVALID_REQUEST', fields: { username: expect.any(String), password: expect.any(String) } } });
    const route = await call(base(), 'GET', '/nope');
    expect(route.status).toBe(404);
    expect(route.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(JSON.stringify([malformed.body, shape.body, route.body])).not.toMatch(/at .*\.ts|stack/);
  });

  it('answers CORS preflights (web edition and Electron call from another origin)', async () => {
    const res = await fetch(`${base()}/sync/accounts/pull`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
  });
});

describeBackends('limits', (backend) => {
  const server = useServer(backend, { config: { loginRateLimit: { max: 3, timeWindowMs: 60_000 }, bodyLimit: 64 * 1024 } });
  const base = () => server().baseUrl;

  it('rate-limits sign-in attempts per address and username (429)', async () => {
    const attempt = (username: string) => call(base(), 'POST', '/auth/login', { body: { username, password: 'wrong-password', deviceName: 'x' } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt('victim')).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const limited = await attempt('victim');
    expect(limited.body).toMatchObject({ error: { code: 'RATE_LIMITED', message: expect.any(String) } });
    // Another account from the same address is not locked out by it.
    expect((await attempt('someone-else')).status).toBe(401);
  });

  it('answers 413 to an oversized body and writes nothing', async () => {
    const login = await server().login('admin', 'admin-password-1');
    const big = 'x'.repeat(100 * 1024);
    const res = await call(base(), 'POST', '/sync/accounts/push', { token: login.accessToken, rawBody: JSON.stringify([{ newDocumentState: { id: 'big', notes: big } }]) });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    const { rows } = await server().server.db.query(`select 1 from docs where collection = 'accounts'`);
    expect(rows).toEqual([]);
  });
});
