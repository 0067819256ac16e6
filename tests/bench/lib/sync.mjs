// Sync benchmarks in Chromium (DESIGN §8): the first sync of a new device, and how fast an
// edit on one device shows on another. The server is a real `server/src/main.ts` process
// on embedded PGlite (the zero-setup default) in a temp dir, seeded through its push API.
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { launch, newProfileDir, removeProfileDir } from './browser.mjs';
import { countRxdbCollection } from './in-page.mjs';
import { freePort } from './processes.mjs';
import { median, percentile } from './report.mjs';

const ADMIN = { username: 'bench-admin', password: 'bench-admin-password' };
const API = '/api/v1';
const SEED_COLLECTIONS = ['accounts', 'contacts']; // users and teams come from the admin API

async function startSyncServer(root) {
  const dataDir = await mkdtemp(join(tmpdir(), 'peyvand-bench-server-'));
  const port = await freePort();
  const child = spawn(join(root, 'node_modules/.bin/tsx'), ['server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn',
      PEYVAND_ADMIN_USERNAME: ADMIN.username, PEYVAND_ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const root_ = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`sync server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${root_}${API}/health`)).ok) break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    root: root_,
    api: `${root_}${API}`,
    async stop() {
      await new Promise((done) => {
        if (child.exitCode !== null) return done();
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => { clearTimeout(force); done(); });
        child.kill('SIGTERM');
      });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function call(api, method, path, body, token) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

/** Pushes the data file's accounts and contacts (up to `limit` documents) to the server, 1,000 per request. */
async function seed(api, token, dataFile, limit, log) {
  const lines = createInterface({ input: createReadStream(dataFile, { encoding: 'utf8' }), crlfDelay: Infinity });
  let header = true;
  let batch = [];
  let collection = null;
  const counts = {};
  let total = 0;
  const flush = async () => {
    if (!batch.length) return;
    const refused = await call(api, 'POST', `/sync/${collection}/push`, batch.map((d) => ({ newDocumentState: { ...d, _deleted: false } })), token);
    if (refused.length) throw new Error(`seed refused ${refused.length} ${collection}: ${JSON.stringify(refused[0]).slice(0, 300)}`);
    counts[collection] = (counts[collection] ?? 0) + batch.length;
    total += batch.length;
    if (total % 20_000 < 1000) log(`  seeded ${total.toLocaleString('en')} documents`);
    batch = [];
  };
  for await (const line of lines) {
    if (header) { header = false; continue; }
    if (!line || total + batch.length >= limit) continue;
    const { c, d } = JSON.parse(line);
    if (!SEED_COLLECTIONS.includes(c)) continue;
    if (c !== collection) { await flush(); collection = c; }
    batch.push(d);
    if (batch.length >= 1000) await flush();
  }
  await flush();
  return { counts, total };
}

/** In the page: pull every seeded collection from the server and bulkPut it into raw Dexie tables. */
async function rawPullAndPut({ api, token, collections, stores, rxdbFields, limit }) {
  const db = new window.Dexie(rxdbFields ? 'bench-sync-raw-indexed' : 'bench-sync-raw');
  db.version(1).stores(stores);
  await db.open();
  const t0 = performance.now();
  let docs = 0;
  for (const c of collections) {
    let checkpoint = null;
    for (;;) {
      const qs = new URLSearchParams({ limit: String(limit), ...(checkpoint ? { checkpoint: JSON.stringify(checkpoint) } : {}) });
      const response = await fetch(`${api}/sync/${c}/pull?${qs}`, { headers: { authorization: `Bearer ${token}` } });
      const page = await response.json();
      if (rxdbFields) for (const d of page.documents) Object.assign(d, { _deleted: '0', _rev: '1-bench', _attachments: {}, _meta: { lwt: Date.now() } });
      await db.table(c).bulkPut(page.documents);
      docs += page.documents.length;
      window.__rawProgress = docs;
      checkpoint = page.checkpoint;
      if (page.documents.length < limit) break;
    }
  }
  const ms = performance.now() - t0;
  db.close();
  return { docs, ms };
}

async function signIn(page, webUrl, serverRoot, username, password) {
  await page.goto(`${webUrl}/#/settings`);
  await page.fill('[data-testid=server-url]', serverRoot);
  await page.fill('[data-testid=server-username]', username);
  await page.fill('[data-testid=server-password]', password);
  const t0 = Date.now();
  await page.click('[data-testid=server-sign-in]');
  await page.waitForSelector('[data-testid=server-signed-in]', { timeout: 120_000 });
  return t0;
}

/**
 * @param {object} o root, webUrl, dataFile, results (Results), log, rawStores(indexed), dexieUmd, docs (how many to seed), edits
 */
export async function syncBenchmarks(o) {
  const { root, webUrl, dataFile, results, log, dexieUmd } = o;
  const server = await startSyncServer(root);
  const profiles = [];
  try {
    const admin = await call(server.api, 'POST', '/auth/login', { ...ADMIN, deviceName: 'bench seeder' });
    log(`sync: seeding the server (PGlite) with up to ${o.docs.toLocaleString('en')} accounts and contacts through its push API…`);
    const t0 = performance.now();
    const seeded = await seed(server.api, admin.accessToken, dataFile, o.docs, log);
    const seedMs = performance.now() - t0;
    log(`sync: seeded ${seeded.total.toLocaleString('en')} documents in ${(seedMs / 1000).toFixed(1)} s`);
    results.add({
      name: 'server.push.docsPerSec', value: seeded.total / (seedMs / 1000), unit: 'docs/s', n: seeded.total,
      note: `validated, authorised and written by one server process on PGlite, 1,000 rows per push (${Object.entries(seeded.counts).map(([k, v]) => `${k} ${v}`).join(', ')})`,
    });

    // 1. Raw baselines: the same documents pulled from the same server into raw Dexie tables.
    const raw = {};
    for (const indexed of [false, true]) {
      const profile = await newProfileDir();
      profiles.push(profile);
      // The blank page is served by Playwright, not a loopback server, so Chromium puts it in
      // the public address space and Local Network Access would block its requests to the server.
      const { context, page } = await launch(profile, ['--disable-features=LocalNetworkAccessChecks']);
      try {
        await page.route(`${webUrl}/__bench/raw.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>raw</title>' }));
        await page.goto(`${webUrl}/__bench/raw.html`);
        await page.addScriptTag({ path: dexieUmd });
        const stores = await o.rawStores(indexed);
        raw[indexed ? 'indexed' : 'plain'] = await page.evaluate(rawPullAndPut, {
          api: server.api, token: admin.accessToken, collections: SEED_COLLECTIONS, stores, rxdbFields: indexed, limit: 1000,
        });
        const r = raw[indexed ? 'indexed' : 'plain'];
        log(`sync: raw pull + Dexie bulkPut (${indexed ? "RxDB's index set" : 'primary key only'}): ${r.docs} docs in ${(r.ms / 1000).toFixed(1)} s`);
      } finally {
        await context.close();
      }
    }

    // 2. The app's first sync: sign in on a fresh device and wait until every document is local.
    const appProfile = await newProfileDir();
    profiles.push(appProfile);
    const a = await launch(appProfile);
    log('sync: the app signs in on a fresh profile and pulls everything…');
    const signInAt = await signIn(a.page, webUrl, server.root, ADMIN.username, ADMIN.password);
    let local = 0;
    const deadline = Date.now() + o.timeoutMs;
    let lastLog = Date.now();
    while (Date.now() < deadline) {
      local = 0;
      for (const c of SEED_COLLECTIONS) local += (await a.page.evaluate(countRxdbCollection, { database: 'peyvand', collection: c })).count ?? 0;
      if (local >= seeded.total) break;
      if (Date.now() - lastLog > 15_000) { log(`  app: ${local.toLocaleString('en')} / ${seeded.total.toLocaleString('en')} documents local`); lastLog = Date.now(); }
      await new Promise((r) => setTimeout(r, 500));
    }
    const syncMs = Date.now() - signInAt;
    const done = local >= seeded.total;
    results.add({ name: 'sync.initial.docs', value: local, unit: 'docs', n: 1, target: { op: '>=', value: 100_000 }, note: done ? undefined : `timed out after ${o.timeoutMs / 1000} s` });
    const rate = local / (syncMs / 1000);
    const rawRate = raw.plain.docs / (raw.plain.ms / 1000);
    const rawIndexedRate = raw.indexed.docs / (raw.indexed.ms / 1000);
    results.add({
      name: 'sync.initial.docsPerSec', value: rate, unit: 'docs/s', n: local,
      note: `sign-in click → every seeded document in the app's IndexedDB (counted from a second connection every 0.5 s), ${(syncMs / 1000).toFixed(1)} s`,
    });
    results.add({
      name: 'sync.initial.ratioToRawInsert', value: rate / rawRate, unit: 'ratio', n: local, target: { op: '>=', value: 0.5 },
      baseline: `the same documents pulled from the same server (1,000 per request) and bulkPut into primary-key-only Dexie tables, fresh profile, same run: ${Math.round(rawRate)} docs/s`,
    });
    results.add({
      name: 'sync.initial.ratioToRawIndexedInsert', value: rate / rawIndexedRate, unit: 'ratio', n: local,
      baseline: `as above into Dexie tables with RxDB's index set for our schema: ${Math.round(rawIndexedRate)} docs/s`,
    });

    // 3. Live: an edit on device A (the admin above) shows on device B (a rep of a small team).
    const team = await call(server.api, 'POST', '/admin/teams', { name: 'تیم سنجه زنده' }, admin.accessToken);
    const repUser = await call(server.api, 'POST', '/admin/users', { username: 'bench-live', password: 'bench-live-password', displayName: 'نماینده سنجه', role: 'rep', teamId: team.id }, admin.accessToken);
    const now = new Date().toISOString();
    const contactId = `bench-live-${Date.now()}`;
    const live = {
      id: contactId, firstName: 'زنده', lastName: 'سنجه', fullName: 'زنده سنجه', jobTitle: 'آغاز', accountId: '', phones: [], emails: [], website: '',
      address: { country: '', province: '', city: '', street: '', postalCode: '' }, segment: '', tags: [], preferredChannel: '', notes: '',
      ownerId: repUser.id, teamId: team.id, createdAt: now, updatedAt: now, sortName: `zinde-${contactId}`, sortUpdated: `z-${contactId}`, _deleted: false,
    };
    // Sort keys come from the shared builders in the app; the server only needs them valid.
    const built = await buildContact(root, live);
    await call(server.api, 'POST', '/sync/contacts/push', [{ newDocumentState: built }], admin.accessToken);
    const bProfile = await newProfileDir();
    profiles.push(bProfile);
    const b = await launch(bProfile);
    await signIn(b.page, webUrl, server.root, 'bench-live', 'bench-live-password');
    for (const p of [a.page, b.page]) {
      await p.goto(`${webUrl}/#/contacts/${contactId}`);
      await p.waitForSelector('[data-testid=record-title]', { timeout: 120_000 });
    }
    // Steady state: device A has finished its first-sync aftermath (RxDB's upstream pass over
    // the pulled documents, the search index build) before edits are timed.
    const settleStarted = Date.now();
    await a.page.waitForSelector('[data-testid=search-ready]', { state: 'attached', timeout: 600_000 });
    await a.page.waitForSelector('[data-testid=sync-indicator][data-status=synced]', { timeout: 600_000 });
    const settleMs = Date.now() - settleStarted;
    log(`sync: device A settled ${(settleMs / 1000).toFixed(1)} s after opening the record; timing ${o.edits} edits…`);
    const samples = [];
    for (let i = 0; i < o.edits; i++) {
      const value = `عنوان ${i + 1} پایان`; // never a prefix of another round's value
      await b.page.evaluate((expected) => {
        window.__seenObserver?.disconnect();
        window.__seenAt = null;
        const check = () => {
          if (!window.__seenAt && document.querySelector('main')?.textContent?.includes(expected)) window.__seenAt = Date.now();
        };
        window.__seenObserver = new MutationObserver(check);
        window.__seenObserver.observe(document.body, { subtree: true, childList: true, characterData: true });
      }, value);
      await a.page.click('[data-testid=edit-record]');
      await a.page.fill('[data-testid=contact-jobTitle]', value);
      const clickedAt = await a.page.evaluate(() => {
        const at = Date.now();
        document.querySelector('[data-testid=save-contact]').click();
        return at;
      });
      await a.page.waitForSelector('[data-testid=record-title]');
      const seenAt = await b.page.waitForFunction(() => window.__seenAt, undefined, { timeout: 10_000 }).then((h) => h.jsonValue()).catch(() => null);
      if (seenAt) samples.push(seenAt - clickedAt);
    }
    results.add({
      name: 'sync.live.p95.ms', value: samples.length ? percentile(samples, 95) : null, unit: 'ms', n: samples.length, target: { op: '<=', value: 1000 },
      skipped: samples.length ? undefined : 'no edit arrived',
      note: `save click on device A (UI) → the new value painted on device B's open record, ${o.edits} edits, once device A had settled after its first sync (search index built, indicator "synced": ${(settleMs / 1000).toFixed(1)} s); median ${median(samples)} ms; missed ${o.edits - samples.length}`,
    });
    await a.context.close();
    await b.context.close();
  } finally {
    await server.stop();
    for (const dir of profiles) await removeProfileDir(dir);
  }
}

/** The contact as the app would build it (sort keys from shared/entities), via tsx. */
async function buildContact(root, doc) {
  const { capture } = await import('./processes.mjs');
  const input = JSON.stringify(doc);
  const out = await capture(join(root, 'node_modules/.bin/tsx'), ['-e', `
    import { buildContactDoc } from './shared/entities';
    const d = ${input};
    const { id, teamId, createdAt, updatedAt, fullName, sortName, sortUpdated, _deleted, ...input } = d;
    console.log(JSON.stringify({ ...buildContactDoc(input, { id, teamId, createdAt, updatedAt }), _deleted: false }));
  `], { cwd: root });
  return JSON.parse(out.trim().split('\n').at(-1));
}
