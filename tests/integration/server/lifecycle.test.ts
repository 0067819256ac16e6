import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../../server/src/testing';
import { account, call, describeBackends, pullAll, push, SseClient, type LoginResponse } from './harness';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describeBackends('restart', (backend) => {
  it('keeps data, tokens and the port across a restart', async () => {
    const fresh = backend.name === 'pglite' ? { options: { dataDir: tempDir('peyvand-data-') }, cleanup: async () => {} } : await backend.fresh();
    const options = fresh.options;
    const t = await startTestServer(options);
    try {
      const team = await t.createTeam('T');
      await t.createUser({ username: 'rep', password: 'password-123', role: 'rep', teamId: team.id });
      const login = await t.login('rep', 'password-123');
      const doc = account({ ownerId: login.user.id, teamId: team.id });
      await push(t.baseUrl, login.accessToken, 'accounts', [{ newDocumentState: doc }]);
      const before = t.baseUrl;
      await t.restart();
      expect(t.baseUrl).toBe(before);
      const pulled = await pullAll(t.baseUrl, login.accessToken, 'accounts');
      expect(pulled.documents).toEqual([doc]);
      expect((await call(t.baseUrl, 'POST', '/auth/refresh', { body: { refreshToken: login.refreshToken } })).status).toBe(200);
    } finally {
      await t.stop();
      await fresh.cleanup();
    }
  }, 60_000);
});

describe('npm run server', () => {
  it('starts with zero setup on PGlite in DATA_DIR, logs JSON, and shuts down gracefully on SIGTERM', async () => {
    const dataDir = tempDir('peyvand-serve-');
    const port = await freePort();
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'server/src/main.ts'], {
      env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), PEYVAND_ADMIN_USERNAME: 'admin', PEYVAND_ADMIN_PASSWORD: 'admin-password-1', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const base = `http://127.0.0.1:${port}/api/v1`;
      const until = Date.now() + 45_000;
      for (;;) {
        try {
          if ((await fetch(`${base}/health`)).ok) break;
        } catch {
          /* not up yet */
        }
        if (Date.now() > until) throw new Error(`server did not start:\n${out}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const health = await call(base, 'GET', '/health');
      expect(health.body).toMatchObject({ status: 'ok', db: 'pglite' });
      const login = await call<LoginResponse>(base, 'POST', '/auth/login', { body: { username: 'admin', password: 'admin-password-1', deviceName: 'cli' } });
      expect(login.status).toBe(200);
      const stream = await SseClient.open(base, { queryToken: login.body.accessToken });
      expect(stream.status).toBe(200);

      child.kill('SIGTERM');
      await stream.closed;
      expect(await exited).toBe(0);
      const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { msg: string; req?: { url: string } });
      expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down']));
      // The access token in the stream URL never reaches the logs.
      expect(out).not.toContain(login.body.accessToken);
      expect(out).toContain('access_token=[redacted]');
    } finally {
      child.kill('SIGKILL');
    }
  }, 90_000);
});
