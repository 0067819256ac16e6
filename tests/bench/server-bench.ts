// npx tsx tests/bench/server-bench.ts [--clients 500] [--edits 20] [--cross 50]
// (run by `npm run bench` after the client benchmarks)
//
// Live fan-out of the sync server (DESIGN §8): how many live stream clients one server
// process holds with every edit still delivered, and how fast a write on one server
// process reaches a client of another on the same PostgreSQL (LISTEN/NOTIFY). The servers
// are real `server/src/main.ts` processes on a throwaway PostgreSQL; the clients live in
// this process. Results are merged into tests/bench/results.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildContactDoc, EMPTY_ADDRESS, newId } from '../../shared/entities';
import { API_PREFIX, PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { createSseParser } from '../../shared/sync/sse';
import { findPostgresBinDir, freePort, startPostgresCluster } from '../support/postgres-cluster';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const RESULTS_FILE = join(ROOT, 'tests/bench/results.json');
const ADMIN = { username: 'bench-admin', password: 'bench-admin-password' };

const { values: opts } = parseArgs({
  options: {
    clients: { type: 'string', default: '500' },
    edits: { type: 'string', default: '20' },
    cross: { type: 'string', default: '50' },
  },
});
const CLIENTS = Number(opts.clients);
const EDITS = Number(opts.edits);
const CROSS = Number(opts.cross);

interface Result {
  name: string;
  value: number | null;
  unit: string;
  n: number;
  target?: { op: '<=' | '>='; value: number };
  baseline?: string;
  note?: string;
  skipped?: string;
  pass?: boolean;
}
const results: Result[] = [];
function add(r: Result) {
  if (r.target && r.value !== null) r.pass = r.target.op === '<=' ? r.value <= r.target.value : r.value >= r.target.value;
  results.push(r);
  const verdict = r.pass === undefined ? '' : r.pass ? '  ✓' : `  ✗ (target ${r.target!.op} ${r.target!.value})`;
  console.log(`  → ${r.name} = ${r.value === null ? `skipped (${r.skipped})` : `${r.value} ${r.unit}`}${verdict}`);
}

const percentile = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const round = (v: number) => Math.round(v * 10) / 10;
const started = performance.now();
const log = (msg: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

// ---- servers ---------------------------------------------------------------------------

async function startServer(databaseUrl: string, bootstrap: boolean): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn',
      ...(bootstrap ? { PEYVAND_ADMIN_USERNAME: ADMIN.username, PEYVAND_ADMIN_PASSWORD: ADMIN.password } : {}),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}${API_PREFIX}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, process: child };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start in 60 s');
}

async function api<T>(base: string, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      [PROTOCOL_HEADER]: String(SYNC_PROTOCOL_VERSION),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

// ---- clients ---------------------------------------------------------------------------

/** A live stream reader; records when each document id first arrived. */
class StreamClient {
  readonly arrivals = new Map<string, number>();
  private controller = new AbortController();
  connected: Promise<void>;

  constructor(base: string, token: string) {
    this.connected = this.open(base, token);
  }

  private async open(base: string, token: string) {
    const response = await fetch(`${base}/sync/stream?access_token=${encodeURIComponent(token)}`, {
      headers: { accept: 'text/event-stream', [PROTOCOL_HEADER]: String(SYNC_PROTOCOL_VERSION) },
      signal: this.controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`stream → ${response.status}`);
    const parser = createSseParser((message) => {
      const now = performance.now();
      const data = JSON.parse(message.data) as unknown;
      if (data && typeof data === 'object' && 'documents' in data) {
        for (const doc of (data as { documents: Array<{ id: string }> }).documents) {
          if (!this.arrivals.has(doc.id)) this.arrivals.set(doc.id, now);
        }
      }
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          parser.push(value);
        }
      } catch { /* aborted */ }
    })();
  }

  close() {
    this.controller.abort();
  }
}

function contact(ownerId: string, teamId: string, n: number) {
  const now = new Date().toISOString();
  return {
    ...buildContactDoc({
      firstName: 'سنجه', lastName: `شماره ${n}`, jobTitle: '', accountId: '', phones: [], emails: [], website: '',
      address: { ...EMPTY_ADDRESS }, segment: '', tags: [], preferredChannel: '', notes: '', ownerId,
    }, { id: newId(), teamId, createdAt: now, updatedAt: now }),
    _deleted: false,
  };
}

async function pushContact(base: string, token: string, doc: ReturnType<typeof contact>) {
  const conflicts = await api<unknown[]>(base, 'POST', '/sync/contacts/push', [{ newDocumentState: doc }], token);
  if (conflicts.length) throw new Error(`push refused: ${JSON.stringify(conflicts[0]).slice(0, 300)}`);
}

async function waitFor(check: () => boolean, timeoutMs: number) {
  const until = performance.now() + timeoutMs;
  while (!check() && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  return check();
}

// ---- the run ---------------------------------------------------------------------------

async function main() {
  const bin = findPostgresBinDir();
  if (!bin) {
    const why = 'no PostgreSQL installed (apt-get install -y postgresql)';
    add({ name: 'server.liveClients.held', value: null, unit: 'clients', n: 0, skipped: why, target: { op: '>=', value: 500 } });
    add({ name: 'server.crossInstance.live.p95.ms', value: null, unit: 'ms', n: 0, skipped: why, target: { op: '<=', value: 1000 } });
    return;
  }
  log('starting a throwaway PostgreSQL and two server processes on it…');
  const cluster = await startPostgresCluster(bin);
  const servers: ChildProcess[] = [];
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database peyvand_bench');
    await admin.end();
    const databaseUrl = cluster.url.replace(/\/postgres$/, '/peyvand_bench');
    const one = await startServer(databaseUrl, true);
    servers.push(one.process);
    const two = await startServer(databaseUrl, false);
    servers.push(two.process);

    const adminToken = (await api<{ accessToken: string }>(one.url, 'POST', '/auth/login', { ...ADMIN, deviceName: 'bench admin' })).accessToken;
    const team = await api<{ id: string }>(one.url, 'POST', '/admin/teams', { name: 'تیم سنجه' }, adminToken);
    const reader = await api<{ id: string }>(one.url, 'POST', '/admin/users', { username: 'bench-reader', password: 'bench-password-1', displayName: 'خواننده', role: 'rep', teamId: team.id }, adminToken);
    const writer = await api<{ id: string }>(one.url, 'POST', '/admin/users', { username: 'bench-writer', password: 'bench-password-2', displayName: 'نویسنده', role: 'rep', teamId: team.id }, adminToken);
    void reader;
    const readerToken = (await api<{ accessToken: string }>(one.url, 'POST', '/auth/login', { username: 'bench-reader', password: 'bench-password-1', deviceName: 'bench listeners' })).accessToken;
    const writerToken = (await api<{ accessToken: string }>(one.url, 'POST', '/auth/login', { username: 'bench-writer', password: 'bench-password-2', deviceName: 'bench writer' })).accessToken;

    // 1. Many live clients on one server process, every edit delivered to every one of them.
    log(`opening ${CLIENTS} live streams on server 1 (a rep of the writer's team)…`);
    const clients = Array.from({ length: CLIENTS }, () => new StreamClient(one.url, readerToken));
    const opened = await Promise.allSettled(clients.map((c) => c.connected));
    const openCount = opened.filter((o) => o.status === 'fulfilled').length;
    log(`${openCount} of ${CLIENTS} streams open; pushing ${EDITS} edits on server 1…`);
    const latencies: number[] = [];
    const ids: string[] = [];
    for (let i = 0; i < EDITS; i++) {
      const doc = contact(writer.id, team.id, i);
      ids.push(doc.id);
      const t0 = performance.now();
      await pushContact(one.url, writerToken, doc);
      await waitFor(() => clients.every((c) => c.arrivals.has(doc.id)), 5000);
      for (const c of clients) {
        const at = c.arrivals.get(doc.id);
        if (at !== undefined) latencies.push(at - t0);
      }
    }
    await waitFor(() => clients.every((c) => ids.every((id) => c.arrivals.has(id))), 10_000);
    const held = clients.filter((c) => ids.every((id) => c.arrivals.has(id))).length;
    add({
      name: 'server.liveClients.held', value: held, unit: 'clients', n: CLIENTS, target: { op: '>=', value: 500 },
      note: `${CLIENTS} SSE streams on one server process (PostgreSQL), ${EDITS} pushes; clients that received every edit. Delivery latency push → event over ${latencies.length} deliveries: p50 ${round(percentile(latencies, 50))} ms, p95 ${round(percentile(latencies, 95))} ms`,
    });
    for (const c of clients) c.close();

    // 2. A write on server 1 heard by a client of server 2 (LISTEN/NOTIFY across processes).
    log(`cross-instance: a stream on server 2, ${CROSS} pushes on server 1…`);
    const listener = new StreamClient(two.url, readerToken);
    await listener.connected;
    const cross: number[] = [];
    let missed = 0;
    for (let i = 0; i < CROSS; i++) {
      const doc = contact(writer.id, team.id, 1000 + i);
      const t0 = performance.now();
      await pushContact(one.url, writerToken, doc);
      if (await waitFor(() => listener.arrivals.has(doc.id), 5000)) cross.push(listener.arrivals.get(doc.id)! - t0);
      else missed++;
      await new Promise((r) => setTimeout(r, 50));
    }
    listener.close();
    add({
      name: 'server.crossInstance.live.p95.ms', value: cross.length ? round(percentile(cross, 95)) : null, unit: 'ms', n: cross.length,
      target: { op: '<=', value: 1000 }, skipped: cross.length ? undefined : 'nothing arrived',
      note: `push on server 1 (HTTP round trip included) → event on a stream of server 2, same PostgreSQL; median ${round(percentile(cross, 50))} ms; missed ${missed} of ${CROSS}`,
    });
  } finally {
    // Servers first (graceful), then their database.
    await Promise.all(servers.map((s) => new Promise<void>((done) => {
      if (s.exitCode !== null) return done();
      const force = setTimeout(() => s.kill('SIGKILL'), 10_000);
      s.once('exit', () => { clearTimeout(force); done(); });
      s.kill('SIGTERM');
    })));
    cluster.stop();
  }
}

function mergeResults() {
  const previous = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as { results: Result[] }) : { results: [] };
  const names = new Set(results.map((r) => r.name));
  const merged = { ...previous, results: [...previous.results.filter((r) => !names.has(r.name)), ...results], date: new Date().toISOString() };
  writeFileSync(RESULTS_FILE, JSON.stringify(merged, null, 2) + '\n');
}

await main();
mergeResults();
if (results.some((r) => r.pass === false)) process.exitCode = 1;
