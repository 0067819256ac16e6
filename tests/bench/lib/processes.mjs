// Child processes of the bench: the build, the data generator and the static server.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function run(cmd, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${signal ?? code}`)));
  });
}

/** Runs a command and resolves with its standard output. */
export function capture(cmd, args, { cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited with ${code}`))));
  });
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts scripts/serve-web.mjs on a free port; resolves once it says it listens. */
export async function startWebServer(root) {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve-web.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('serve-web did not start within 15 s')), 15_000);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve-web exited with ${code}`)); });
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes(`:${port}`)) { clearTimeout(timer); resolve(); }
    });
  });
  child.removeAllListeners('exit');
  // Never leave the server behind, even when the bench dies mid-way.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => {
      process.off('exit', killOnExit);
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
