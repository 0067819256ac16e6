import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The static server of `npm run web`: loopback only, no path traversal, SPA fallback.
const PORT = 5700 + Math.floor(Math.random() * 200);
let server: ChildProcess;

function get(path: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    // A raw request, so "../" reaches the server unnormalized, as an attacker would send it.
    const req = request({ host: '127.0.0.1', port: PORT, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  if (!existsSync('dist/renderer/index.html')) {
    mkdirSync('dist/renderer/assets', { recursive: true });
    writeFileSync('dist/renderer/index.html', '<!doctype html><title>پیوند</title>');
  }
  server = spawn(process.execPath, ['scripts/serve-web.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'pipe' });
  await new Promise<void>((resolve) => server.stdout?.once('data', () => resolve()));
});
afterAll(() => {
  server?.kill();
});

describe('npm run web static server', () => {
  it('serves the app entry with no-cache and nosniff', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<!doctype html>');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('falls back to the app entry for unknown paths (hash routing, deep links)', async () => {
    expect((await get('/contacts/123')).body).toContain('<!doctype html>');
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json', '/..%2f..%2fpackage.json'])(
    'never serves files outside the build: %s',
    async (path) => {
      const res = await get(path);
      expect(res.body).not.toContain('"name": "peyvand"');
    },
  );
});
