import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startTestServer, type TestServer } from '../../server/src/testing';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The sync server's API root (http://127.0.0.1:<port>/api/v1), admin `admin`/`admin-password-1`. */
    syncUrl: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The web edition did not start at ${url}`);
}

let server: ChildProcess | undefined;
let syncServer: TestServer | undefined;

/** Builds the browser edition once and serves it on a free loopback port for every spec. */
export default async function setup(project: TestProject) {
  // A sync server on PGlite in memory, for the specs that sign in.
  syncServer = await startTestServer();
  project.provide('syncUrl', syncServer.baseUrl);
  if (process.env.PEYVAND_E2E_TARGET === 'electron') {
    project.provide('baseUrl', '');
    return () => syncServer?.stop();
  }
  if (!process.env.PEYVAND_E2E_SKIP_BUILD) {
    const build = spawnSync('npm', ['run', 'build:renderer'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    if (build.status !== 0) throw new Error('npm run build:renderer failed');
  }
  const port = await freePort();
  server = spawn(process.execPath, ['scripts/serve-web.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitForHttp(baseUrl);
  project.provide('baseUrl', baseUrl);
  return async () => {
    server?.kill();
    await syncServer?.stop();
  };
}
