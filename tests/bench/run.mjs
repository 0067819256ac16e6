// npm run bench [-- --no-build] [--regen] [--skip-raw] [--raw-indexed] [--contacts N --accounts N --activities N]
//                 [--reloads 5] [--opens 20] [--search-wait 300] [--skip-client] [--skip-sync] [--skip-sales] [--skip-server]
//                 [--sync-docs 120000] [--sync-edits 20] [--sync-wait 1200] [--board-deals 5000] [--csv-leads 50000] [--csv-bad-rows 50]
//
// Client-side benchmarks of the browser edition in Debian Chromium (DESIGN §8). Not a test:
// CI does not run it. Every figure is measured in a real IndexedDB and printed beside its
// target; the import rate is also given as a ratio to a raw Dexie baseline taken in this run.
// Writes tests/bench/results.json.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { assertChromium, launch, newProfileDir, removeProfileDir } from './lib/browser.mjs';
import {
  armRecordOpen, countRxdbCollection, installSearchProbe, rawDexieImport, snapshotKeptSince, takeSearchSample, watchFirstAppearance,
} from './lib/in-page.mjs';
import { capture, run, startWebServer } from './lib/processes.mjs';
import { salesBenchmarks } from './lib/sales.mjs';
import { syncBenchmarks } from './lib/sync.mjs';
import { machineInfo, median, percentile, Results } from './lib/report.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const WORK = join(ROOT, 'tests/bench/.work');
const RESULTS_FILE = join(ROOT, 'tests/bench/results.json');
const DEXIE_UMD = join(ROOT, 'node_modules/dexie/dist/dexie.min.js'); // the dexie rxdb depends on (hoisted)
const BATCH = 1000; // importDataFile's default batch size; the raw baseline uses the same
const LOCAL_DB = 'peyvand'; // LOCAL_DATABASE_NAME in renderer/src/db/DatabaseProvider.tsx

const SEL = {
  fileInput: '[data-testid=import-file-input]',
  importRunning: '[data-testid=import-running]',
  importDone: '[data-testid=import-done]',
  row: '[data-testid=contact-row]',
  // The same row in the last screen's snapshot, painted before the app runs (screen-snapshot.ts).
  snapshotRow: '[data-snapshot-testid=contact-row]',
  searchReady: '[data-testid=search-ready]',
  searchButton: '[data-testid=quick-search-button]',
  searchInput: '[data-testid=quick-search-input]',
  searchResults: '[data-testid=quick-search-results]',
  recordTitle: '[data-testid=record-title]',
};

// Typed key by key: name prefixes, Arabic-keyboard spellings (ي ك ة), company names,
// phone prefixes in Persian digits, an e-mail. 130+ keystrokes in all.
const SEARCH_QUERIES = [
  'محمد', 'سارا رح', 'علیرضا', 'کریمی', 'علي', 'كريمي', 'مهدي', 'فاطمة', 'نرگس حسی', 'بازرگانی پارس',
  'صنایع غذایی', 'پخش البرز', '۰۹۱۲۳', '۰۹۳۵۱', '۰۲۱۸۸', '۰۹۱۹۴۲', 'info@', 'کاوه', 'تبریزی', 'شیرین',
];

const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    regen: { type: 'boolean', default: false },
    'skip-raw': { type: 'boolean', default: false },
    'raw-indexed': { type: 'boolean', default: false },
    contacts: { type: 'string', default: '100000' },
    accounts: { type: 'string', default: '20000' },
    activities: { type: 'string', default: '300000' },
    seed: { type: 'string', default: '42' },
    reloads: { type: 'string', default: '5' },
    opens: { type: 'string', default: '20' },
    'search-wait': { type: 'string', default: '300' },
    'skip-client': { type: 'boolean', default: false },
    'skip-sync': { type: 'boolean', default: false },
    'sync-docs': { type: 'string', default: '120000' },
    'sync-edits': { type: 'string', default: '20' },
    'sync-wait': { type: 'string', default: '1200' },
    'skip-server': { type: 'boolean', default: false },
    'skip-sales': { type: 'boolean', default: false },
    'board-deals': { type: 'string', default: '5000' },
    'csv-leads': { type: 'string', default: '50000' },
    'csv-bad-rows': { type: 'string', default: '50' },
  },
});

const started = Date.now();
const clock = () => {
  const s = Math.round((Date.now() - started) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const log = (msg) => console.log(`[${clock()}] ${msg}`);
const fmt = (n) => Math.round(n).toLocaleString('en');

let browserVersion = 'unknown';

/** Builds the web edition once per run (the first phase that needs it), unless --no-build. */
let built = false;
async function buildOnce() {
  if (built) return;
  built = true;
  if (!opts['no-build']) {
    log('building the web edition (npm run build:renderer)…');
    await run('npm', ['run', 'build:renderer', '--silent'], { cwd: ROOT });
  } else if (!existsSync(join(ROOT, 'dist/renderer/index.html'))) {
    throw new Error('dist/renderer is missing: run without --no-build');
  }
}

async function main(results) {
  await buildOnce();

  const dataFile = await demoData();
  const header = JSON.parse(await firstLine(dataFile));
  const total = Object.values(header.counts).reduce((a, b) => a + b, 0);
  log(`data: ${dataFile} — ${fmt(total)} documents (${Object.entries(header.counts).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')})`);

  const server = await startWebServer(ROOT);
  log(`serving dist/renderer at ${server.url}`);
  const profiles = [];
  try {
    // 1. Raw baseline, in a profile of its own.
    let raw = null;
    if (!opts['skip-raw']) {
      raw = await rawBaseline(server.url, dataFile, total, profiles, false, Object.keys(header.counts));
      browserVersion = raw.browserVersion;
      results.add({
        name: 'local.raw.dexieBulkPut.docsPerSec', value: raw.docs / (raw.ms / 1000), unit: 'docs/s', n: raw.docs,
        note: `raw Dexie bulkPut, primary key only, ${fmt(raw.docs)} docs in ${(raw.ms / 1000).toFixed(1)} s`,
      });
    }
    // Optional: what the index set alone costs (tells schema cost from RxDB/import overhead).
    let rawIndexed = null;
    if (opts['raw-indexed']) {
      rawIndexed = await rawBaseline(server.url, dataFile, total, profiles, true, Object.keys(header.counts));
      results.add({
        name: 'local.raw.dexieBulkPutIndexed.docsPerSec', value: rawIndexed.docs / (rawIndexed.ms / 1000), unit: 'docs/s', n: rawIndexed.docs,
        note: `raw Dexie bulkPut into tables with the indexes RxDB creates for our schema, ${fmt(rawIndexed.docs)} docs in ${(rawIndexed.ms / 1000).toFixed(1)} s`,
      });
    }

    // 2. The app's own import path: Settings → ImportDataCard → file input.
    const appProfile = await newProfileDir();
    profiles.push(appProfile);
    const imported = await appImport(server.url, dataFile, total, appProfile);
    browserVersion = imported.browserVersion ?? browserVersion;
    const baselineText = raw
      ? `raw Dexie ${dexieVersion()} bulkPut into primary-key-only tables, same file read and split the same way (JSON.parse, no validation), batches of ${BATCH}, separate fresh profile, same run: ${fmt(raw.docs / (raw.ms / 1000))} docs/s`
      : undefined;
    if (imported.skipped) {
      results.skip('local.bulkInsert.docsPerSec', 'docs/s', imported.skipped);
      results.skip('local.bulkInsert.ratioToRaw', 'ratio', imported.skipped, { op: '>=', value: 0.3 });
      results.skip('local.contacts.count', 'docs', imported.skipped, { op: '==', value: header.counts.contacts });
    } else {
      const rate = imported.inserted / (imported.elapsedMs / 1000);
      results.add({
        name: 'local.bulkInsert.docsPerSec', value: rate, unit: 'docs/s', n: imported.inserted, baseline: baselineText,
        note: `ImportDataCard (setInputFiles on ${SEL.fileInput}), ${fmt(imported.inserted)} inserted / ${imported.skippedDocs} skipped / ${imported.rejected} rejected in ${(imported.elapsedMs / 1000).toFixed(1)} s (importDataFile's own clock: read + validate + bulkInsert)`,
      });
      if (raw) {
        results.add({
          name: 'local.bulkInsert.ratioToRaw', value: rate / (raw.docs / (raw.ms / 1000)), unit: 'ratio', n: imported.inserted,
          baseline: baselineText, target: { op: '>=', value: 0.3 },
        });
      } else {
        results.skip('local.bulkInsert.ratioToRaw', 'ratio', '--skip-raw', { op: '>=', value: 0.3 });
      }
      if (rawIndexed) {
        results.add({
          name: 'local.bulkInsert.ratioToRawIndexed', value: rate / (rawIndexed.docs / (rawIndexed.ms / 1000)), unit: 'ratio', n: imported.inserted,
          baseline: 'raw Dexie bulkPut with the same index set as RxDB (see local.raw.dexieBulkPutIndexed.docsPerSec)',
        });
      }
      results.add({
        name: 'local.contacts.count', value: imported.contactsCount, unit: 'docs', n: 1,
        target: { op: '==', value: header.counts.contacts }, note: 'IndexedDB count() of the contacts store after the import',
      });
    }

    // 3. Start-up, list, search and record open on the populated profile (browser restarted).
    if (!imported.skipped) await afterImport(server.url, appProfile, results);
    else for (const [name, target] of [
      ['local.contacts.list.firstRows.ms', { op: '<=', value: 200 }], ['local.contacts.list.firstRows.cold.ms'],
      ['local.search.indexBuild.ms'], ['local.contacts.search.p95.ms', { op: '<=', value: 50 }], ['local.record.open.ms', { op: '<=', value: 100 }],
    ]) results.skip(name, 'ms', 'no data imported', target);
  } finally {
    await server.stop();
    for (const dir of profiles) await removeProfileDir(dir);
  }
}

/** First sync of a new device and live edits between two devices (lib/sync.mjs). */
async function syncPhase(results) {
  await buildOnce();
  const dataFile = await demoData();
  const web = await startWebServer(ROOT);
  try {
    await syncBenchmarks({
      root: ROOT, webUrl: web.url, dataFile, results, log, rawStores, dexieUmd: DEXIE_UMD,
      docs: Number(opts['sync-docs']), edits: Number(opts['sync-edits']), timeoutMs: Number(opts['sync-wait']) * 1000,
    });
  } finally {
    await web.stop();
  }
}

/** The sales cycle (lib/sales.mjs): the pipeline board with 5,000 open deals, and a 50,000-row lead CSV import. */
async function salesPhase(results) {
  await buildOnce();
  const web = await startWebServer(ROOT);
  try {
    const version = await salesBenchmarks({
      webUrl: web.url, results, log, dexieUmd: DEXIE_UMD, reloads: Number(opts.reloads),
      boardDeals: Number(opts['board-deals']), csvRows: Number(opts['csv-leads']), csvBadRows: Number(opts['csv-bad-rows']),
      demoFile: (args, name, ext) => demoData({ args, name, ext }),
      appImport,
      rawBaseline,
      headerTotal: async (file) => Object.values(JSON.parse(await firstLine(file)).counts).reduce((a, b) => a + b, 0),
    });
    browserVersion = version ?? browserVersion;
  } finally {
    await web.stop();
  }
}

/** Writes this run's figures; a phase skipped this time keeps its previous figures. */
async function writeResults(results) {
  const fresh = new Set(results.results.map((r) => r.name));
  const previous = existsSync(RESULTS_FILE) ? JSON.parse(readFileSync(RESULTS_FILE, 'utf8')).results ?? [] : [];
  const kept = opts['skip-client'] || opts['skip-sync'] || opts['skip-sales'] ? previous.filter((r) => !fresh.has(r.name)) : [];
  results.results = [...kept, ...results.results];
  await results.write(RESULTS_FILE, machineInfo(browserVersion));
  results.print();
  log(`wrote ${RESULTS_FILE}`);
  if (results.results.some((r) => r.pass === false)) process.exitCode = 1;
}

/** The sync server's live fan-out (tests/bench/server-bench.ts); merges into results.json. */
async function serverBench() {
  log('sync server: live clients and cross-instance fan-out (tests/bench/server-bench.ts)…');
  try {
    await run('npx', ['tsx', 'tests/bench/server-bench.ts'], { cwd: ROOT });
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}

/**
 * A cached `npm run demo-data` output in tests/bench/.work. By default the client phase's big
 * file: contacts, accounts and activities only (the sales collections are measured by the
 * sales phase with files of their own), so its figures stay comparable with earlier runs.
 */
async function demoData({ args, name, ext = 'ndjson' } = {}) {
  await mkdir(WORK, { recursive: true });
  const { contacts, accounts, activities, seed } = opts;
  args ??= ['--contacts', contacts, '--accounts', accounts, '--activities', activities, '--products', 0, '--leads', 0, '--opportunities', 0, '--quotes', 0];
  name ??= `demo-c${contacts}-a${accounts}-t${activities}`;
  const file = join(WORK, `${name}-s${seed}.${ext}`);
  if (existsSync(file) && !opts.regen) {
    log(`reusing cached ${name}-s${seed}.${ext} (--regen to rebuild)`);
    return file;
  }
  log(`generating ${name}-s${seed}.${ext} (npm run demo-data)…`);
  await run(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/demo-data.ts', ...args.map(String), '--seed', seed, '--out', file], { cwd: ROOT });
  return file;
}

async function firstLine(file) {
  const fh = await open(file);
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).toString('utf8').split('\n')[0];
  } finally {
    await fh.close();
  }
}

function dexieVersion() {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules/dexie/package.json'), 'utf8')).version;
}

/** Polls a value every `ms` and prints it until `promise` settles. */
async function withProgress(promise, ms, poll) {
  const timer = setInterval(() => { poll().then((text) => text && log(text), () => {}); }, ms);
  try {
    return await promise;
  } finally {
    clearInterval(timer);
  }
}

/** Dexie store schemas: primary key only, or the indexes RxDB's Dexie storage creates for our schema. */
async function rawStores(indexed, names = ['reference', 'accounts', 'contacts', 'activities']) {
  if (!indexed) return Object.fromEntries(names.map((n) => [n, 'id']));
  // The index lists live in TypeScript (shared/entities); ask tsx for them.
  const out = await capture(join(ROOT, 'node_modules/.bin/tsx'), ['-e',
    "import { COLLECTIONS } from './shared/entities'; console.log(JSON.stringify(Object.fromEntries(Object.entries(COLLECTIONS).map(([k, v]) => [k, v.indexes]))))"], { cwd: ROOT });
  const indexes = JSON.parse(out.trim().split('\n').at(-1));
  // As rxdb's getDexieStoreSchema: _deleted first and the primary key last in every index,
  // plus [_deleted+id], [_meta.lwt+id] and _meta.lwt of its own.
  return Object.fromEntries(names.map((n) => [n, ['id', '[_deleted+id]',
    ...indexes[n].map((fields) => `[${['_deleted', ...fields, 'id'].join('+')}]`), '[_meta.lwt+id]', '_meta.lwt'].join(', ')]));
}

/** Raw Dexie bulkPut of a data file in a fresh profile; `collections`: the tables the file fills. */
async function rawBaseline(url, dataFile, total, profiles, indexed, collections) {
  const profile = await newProfileDir();
  profiles.push(profile);
  const what = indexed ? 'with RxDB\'s index set' : 'primary key only';
  log(`raw baseline (${what}): Dexie bulkPut of ${dataFile.split('/').at(-1)}, fresh profile…`);
  const stores = await rawStores(indexed, collections);
  const { context, page } = await launch(profile);
  try {
    // A blank page of the same origin, so the baseline runs without the app around it.
    await page.route(`${url}/__bench/raw.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>raw</title><input type="file" id="bench-file">' }));
    await page.goto(`${url}/__bench/raw.html`);
    await page.addScriptTag({ path: DEXIE_UMD });
    await page.setInputFiles('#bench-file', dataFile);
    const result = await withProgress(page.evaluate(rawDexieImport, { batchSize: BATCH, stores, rxdbFields: indexed }), 15_000, async () => {
      const n = await page.evaluate(() => window.__rawProgress ?? 0);
      return `  raw: ${fmt(n)} / ${fmt(total)} docs`;
    });
    log(`raw baseline (${what}): ${fmt(result.docs)} docs in ${(result.ms / 1000).toFixed(1)} s = ${fmt(result.docs / (result.ms / 1000))} docs/s`);
    return { ...result, browserVersion: await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? navigator.userAgent) };
  } finally {
    await context.close();
  }
}

async function appImport(url, dataFile, total, profile) {
  log('app import: Settings → import card → file input, fresh profile…');
  const { context, page } = await launch(profile);
  try {
    await page.goto(`${url}/#/settings`);
    const input = await page.waitForSelector(SEL.fileInput, { state: 'attached', timeout: 60_000 }).catch(() => null);
    if (!input) return { skipped: `UI missing: ${SEL.fileInput} not on #/settings` };
    await input.setInputFiles(dataFile);
    const done = await withProgress(
      page.waitForSelector(SEL.importDone, { state: 'attached', timeout: 40 * 60_000 }),
      15_000,
      async () => {
        const el = await page.$(SEL.importRunning);
        if (!el) return null;
        const [bytes, totalBytes, inserted] = await Promise.all(['data-bytes-read', 'data-total-bytes', 'data-inserted'].map((a) => el.getAttribute(a)));
        return `  import: ${fmt(Number(inserted))} / ${fmt(total)} docs, ${Math.round((100 * Number(bytes)) / Number(totalBytes || 1))}% of the file`;
      },
    );
    const attr = async (name) => done.getAttribute(name);
    const status = await attr('data-status');
    const inserted = Number(await attr('data-inserted'));
    const elapsedMs = Number(await attr('data-elapsed-ms'));
    const skippedDocs = Number(await attr('data-skipped'));
    const rejected = Number(await attr('data-rejected'));
    log(`app import: ${status}, ${fmt(inserted)} docs in ${(elapsedMs / 1000).toFixed(1)} s = ${fmt(inserted / (elapsedMs / 1000))} docs/s`);
    if (status !== 'completed') return { skipped: `import ${status}` };
    const { count } = await page.evaluate(countRxdbCollection, { database: LOCAL_DB, collection: 'contacts' });
    const browserVersion = await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? navigator.userAgent);
    return { inserted, elapsedMs, skippedDocs, rejected, contactsCount: count, browserVersion };
  } finally {
    await context.close();
  }
}

async function afterImport(url, profile, results) {
  const reloads = Number(opts.reloads);
  const searchWaitMs = Number(opts['search-wait']) * 1000;
  log('cold start: browser restarted on the populated profile, #/contacts…');
  const { context, page } = await launch(profile);
  await context.addInitScript(watchFirstAppearance, [SEL.row, SEL.snapshotRow, SEL.searchReady]);
  const marks = () => page.evaluate(() => window.__benchMarks ?? {});
  const liveRows = [];
  /** The frame that first painted rows: the last screen's snapshot, the cached first page, or the live list. */
  const firstRowsMs = async () => {
    const row = await page.waitForSelector(SEL.row, { state: 'visible', timeout: 120_000 }).catch(() => null);
    if (!row) return null;
    await page.waitForFunction((sel) => window.__benchMarks?.[sel]?.frameAt != null, SEL.row);
    const m = await marks();
    const live = m[SEL.row].frameAt;
    const fromSnapshot = m[SEL.snapshotRow]?.frameAt ?? null;
    liveRows.push(live);
    // Looked at long enough for the list to keep its snapshot for the next load.
    await page.waitForFunction(snapshotKeptSince, '/contacts', { timeout: 15_000 }).catch(() => null);
    return fromSnapshot !== null && fromSnapshot < live ? fromSnapshot : live;
  };
  try {
    // First rows on the first load after a browser restart.
    await page.goto(`${url}/#/contacts`, { waitUntil: 'commit' });
    const cold = await firstRowsMs();
    if (cold === null) results.skip('local.contacts.list.firstRows.cold.ms', 'ms', `UI missing: no ${SEL.row}`);
    else results.add({ name: 'local.contacts.list.firstRows.cold.ms', value: cold, unit: 'ms', n: 1,
      note: 'navigation start → the frame painting the first contact row, first load after a browser restart' });

    // The search index builds in the background of this same start; search and record
    // open are measured on this page, because every reload starts the build again.
    log(`waiting for the search index (${SEL.searchReady}, up to ${opts['search-wait']} s)…`);
    const ready = await withProgress(
      page.waitForSelector(SEL.searchReady, { state: 'attached', timeout: searchWaitMs }).catch(() => null),
      30_000,
      async () => `  still building… ${Math.round((await page.evaluate(() => performance.now())) / 1000)} s since navigation`,
    );
    const indexMs = ready ? (await marks())[SEL.searchReady]?.seenAt : null;
    if (indexMs == null) {
      const why = (await page.$(SEL.searchInput)) || (await page.$(SEL.searchButton)) ? `not ready within ${opts['search-wait']} s` : `UI missing: no ${SEL.searchReady}`;
      results.skip('local.search.indexBuild.ms', 'ms', why);
      results.skip('local.contacts.search.p95.ms', 'ms', `search index ${why}`, { op: '<=', value: 50 });
    } else {
      results.add({ name: 'local.search.indexBuild.ms', value: indexMs, unit: 'ms', n: 1, note: `navigation start → ${SEL.searchReady} attached (cold start)` });
      await search(page, results);
    }
    await recordOpen(page, results, indexMs != null);

    if (cold === null) {
      results.skip('local.contacts.list.firstRows.ms', 'ms', `UI missing: no ${SEL.row}`, { op: '<=', value: 200 });
    } else {
      const warm = [];
      for (let i = 0; i < reloads; i++) {
        // 'commit': the load event can lag far behind the first rows while the index builds.
        await page.reload({ waitUntil: 'commit' });
        const ms = await firstRowsMs();
        if (ms !== null) warm.push(ms);
        const appMarks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
          .filter((e) => e.name.startsWith('peyvand:')).map((e) => [e.name.slice('peyvand:'.length), Math.round(e.startTime)])));
        log(`  reload ${i + 1}/${reloads}: first rows in ${ms === null ? '—' : Math.round(ms)} ms; rows that open ${Math.round(liveRows.at(-1))} ms; marks ${JSON.stringify(appMarks)}`);
      }
      results.add({ name: 'local.contacts.list.firstRows.ms', value: median(warm), unit: 'ms', n: warm.length, target: { op: '<=', value: 200 },
        note: `median of ${warm.length} reloads at #/contacts (navigation start → the first frame painting rows: the last screen's snapshot ${SEL.snapshotRow}, painted before the app's code runs, or the first page from the cache, or the live list; the first rows that open their record on click (the cached first page or the live list): median ${Math.round(median(liveRows.slice(-warm.length)))} ms); cold first load ${Math.round(cold)} ms` });
    }
  } finally {
    await context.close();
  }
}

async function search(page, results) {
  const target = { op: '<=', value: 50 };
  log('quick search: typing key by key…');
  const button = await page.$(SEL.searchButton);
  if (button) await button.click();
  else await page.keyboard.press('Control+K');
  const input = await page.waitForSelector(SEL.searchInput, { state: 'visible', timeout: 10_000 }).catch(() => null);
  if (!input) return results.skip('local.contacts.search.p95.ms', 'ms', `UI missing: no ${SEL.searchInput}`, target);
  await page.evaluate(installSearchProbe, { inputSelector: SEL.searchInput, resultsSelector: SEL.searchResults });

  const samples = [];
  let timeouts = 0;
  for (const query of SEARCH_QUERIES) {
    await input.fill('');
    await page.waitForTimeout(150);
    let typed = '';
    for (const ch of query) {
      typed += ch;
      await page.keyboard.type(ch);
      const s = await page.evaluate(takeSearchSample, { quietMs: 120, expectedValue: typed, inputSelector: SEL.searchInput });
      if (s.ms === null) timeouts++;
      else samples.push(s.ms);
    }
  }
  await page.keyboard.press('Escape');
  const p95 = percentile(samples, 95);
  results.add({
    name: 'local.contacts.search.p95.ms', value: p95, unit: 'ms', n: samples.length, target,
    note: `${SEARCH_QUERIES.length} queries typed key by key; beforeinput → frame after the last change of ${SEL.searchResults}; median ${Math.round(median(samples))} ms, max ${Math.round(Math.max(...samples))} ms${timeouts ? `, ${timeouts} timed out` : ''}`,
  });
}

async function recordOpen(page, results, indexReady) {
  const target = { op: '<=', value: 100 };
  const n = Number(opts.opens);
  log(`record open: ${n} × click a contact row → ${SEL.recordTitle}…`);
  const toList = async () => {
    await page.evaluate(() => { location.hash = '#/contacts'; });
    return page.waitForSelector(SEL.row, { state: 'visible', timeout: 30_000 }).catch(() => null);
  };
  if (!(await toList())) return results.skip('local.record.open.ms', 'ms', `UI missing: no ${SEL.row}`, target);
  const samples = [];
  for (let i = 0; i < n; i++) {
    const rows = page.locator(SEL.row);
    const visible = Math.min(await rows.count(), 8);
    await page.evaluate(armRecordOpen, { titleSelector: SEL.recordTitle });
    await rows.nth(i % visible).click();
    const title = await page.waitForSelector(SEL.recordTitle, { state: 'visible', timeout: 30_000 }).catch(() => null);
    if (!title) return results.skip('local.record.open.ms', 'ms', `UI missing: no ${SEL.recordTitle}`, target);
    await page.waitForFunction(() => window.__openProbe?.frameAt != null);
    const { clickAt, frameAt } = await page.evaluate(() => window.__openProbe);
    samples.push(frameAt - clickAt);
    await toList();
  }
  results.add({
    name: 'local.record.open.ms', value: median(samples), unit: 'ms', n: samples.length, target,
    note: `click on a row (event timeStamp) → frame painting ${SEL.recordTitle}; max ${Math.round(Math.max(...samples))} ms${indexReady ? '' : '; measured while the search index was still building'}`,
  });
}

(async () => {
  assertChromium();
  const results = new Results();
  if (!opts['skip-client']) await main(results);
  if (!opts['skip-sync']) await syncPhase(results);
  if (!opts['skip-sales']) await salesPhase(results);
  await writeResults(results);
  if (!opts['skip-server']) await serverBench();
})().catch((err) => {
  console.error(err?.stack ?? err);
  process.exit(1);
});
