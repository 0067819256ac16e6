// Functions that run inside the page (Playwright serialises their source): each must be
// self-contained. Times are performance.now(), i.e. milliseconds since the navigation
// started, so "navigation start → X" is simply the timestamp of X.

/**
 * Init script: notes when the first element of each watched selector appears, and the
 * next animation frame after it (the frame that paints it). A MutationObserver on the
 * whole document, dropped once everything was seen.
 */
export function watchFirstAppearance(selectors) {
  const marks = {};
  window.__benchMarks = marks;
  const pending = new Set(selectors);
  const check = () => {
    for (const sel of pending) {
      if (document.querySelector(sel)) {
        pending.delete(sel);
        const seenAt = performance.now();
        marks[sel] = { seenAt, frameAt: null };
        requestAnimationFrame(() => { marks[sel].frameAt = performance.now(); });
      }
    }
    if (pending.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * True once the app kept a snapshot of `route` during this page load (renderer/src/app/
 * screen-snapshot.ts): the next load of that route paints it before the app's code runs.
 */
export function snapshotKeptSince(route) {
  const kept = JSON.parse(localStorage.getItem('peyvand.screenSnapshot') ?? 'null');
  return kept?.route === route && Date.parse(kept.savedAt) >= performance.timeOrigin;
}

/**
 * The raw baseline: the same file, read and split the same way, JSON.parse without
 * validation, Dexie bulkPut in batches of the same size as the app's import. `stores` is
 * Dexie's schema: primary key only (the IndexedDB ceiling), or the index set RxDB builds,
 * in which case each doc gets the fields RxDB adds (`_deleted` is stored as a string).
 */
export async function rawDexieImport({ batchSize, stores, rxdbFields }) {
  const file = document.querySelector('#bench-file').files[0];
  const db = new window.Dexie(rxdbFields ? 'bench-raw-indexed' : 'bench-raw');
  db.version(1).stores(stores);
  await db.open();
  window.__rawProgress = 0;
  const t0 = performance.now();
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let tail = '';
  let batch = [];
  let collection = null;
  let docs = 0;
  let header = true;
  const flush = async () => {
    if (batch.length === 0) return;
    await db.table(collection).bulkPut(batch);
    docs += batch.length;
    window.__rawProgress = docs;
    batch = [];
  };
  for (;;) {
    const { done, value } = await reader.read();
    const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
    const lines = (tail + text).split('\n');
    tail = done ? '' : lines.pop();
    for (const line of lines) {
      if (!line) continue;
      if (header) { header = false; continue; }
      const { c, d } = JSON.parse(line);
      if (rxdbFields) Object.assign(d, { _deleted: '0', _rev: '1-bench', _attachments: {}, _meta: { lwt: Date.now() } });
      if (c !== collection) { await flush(); collection = c; }
      batch.push(d);
      if (batch.length >= batchSize) await flush();
    }
    if (done) break;
  }
  await flush();
  const ms = performance.now() - t0;
  const counts = {};
  for (const t of db.tables) counts[t.name] = await t.count();
  db.close();
  return { docs, ms, counts };
}

/** Documents in an RxDB Dexie-storage collection, counted straight from IndexedDB. */
export async function countRxdbCollection({ database, collection }) {
  const names = (await indexedDB.databases()).map((d) => d.name);
  const name = names.find((n) => n?.startsWith(`rxdb-dexie-${database}--`) && n.endsWith(`--${collection}`));
  if (!name) return { count: null, databases: names };
  const idb = await new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const count = await new Promise((resolve, reject) => {
    const req = idb.transaction('docs', 'readonly').objectStore('docs').count();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  idb.close();
  return { count, databases: names };
}

/**
 * Quick-search keystroke timing. `beforeinput` marks the keystroke (it fires for typed keys
 * and for inserted text alike); a MutationObserver on the results marks every change; a
 * sample ends once the results have been still for `quietMs`, and its latency runs to the
 * animation frame after the last change (or the first frame when nothing changed).
 */
export function installSearchProbe({ inputSelector, resultsSelector }) {
  const input = document.querySelector(inputSelector);
  const root = document.querySelector(resultsSelector) || input.closest('[role=dialog]') || document.body;
  const state = { start: null, lastChange: null, frameAfterChange: null, firstFrame: null };
  input.addEventListener('beforeinput', (e) => {
    state.start = e.timeStamp;
    state.lastChange = null;
    state.frameAfterChange = null;
    state.firstFrame = null;
    requestAnimationFrame(() => { state.firstFrame = performance.now(); });
  }, true);
  // Content changes only: attribute churn (hover, selection, scrollbar sizing) is not a new result.
  new MutationObserver(() => {
    if (state.start === null) return;
    const at = performance.now();
    state.lastChange = at;
    requestAnimationFrame(() => { if (state.lastChange === at) state.frameAfterChange = performance.now(); });
  }).observe(root, { childList: true, subtree: true, characterData: true });
  window.__searchProbe = state;
}

export async function takeSearchSample({ quietMs, expectedValue, inputSelector }) {
  const state = window.__searchProbe;
  const input = document.querySelector(inputSelector);
  const started = performance.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 10));
    const now = performance.now();
    const settledSince = state.lastChange ?? state.start ?? now;
    const framed = state.lastChange === null ? state.firstFrame !== null : state.frameAfterChange !== null;
    if (input.value === expectedValue && framed && now - settledSince >= quietMs) break;
    if (now - started > 10_000) return { ms: null, timedOut: true };
  }
  const end = state.lastChange === null ? state.firstFrame : state.frameAfterChange;
  const sample = { ms: end - state.start, changed: state.lastChange !== null, results: document.querySelectorAll('[data-testid=quick-search-result]').length };
  state.start = null;
  return sample;
}

/** Record open: from the click on a row to the frame that paints the detail page's title. */
export function armRecordOpen({ titleSelector }) {
  const probe = { clickAt: null, titleAt: null, frameAt: null };
  window.__openProbe = probe;
  document.addEventListener('click', (e) => { probe.clickAt ??= e.timeStamp; }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (probe.clickAt === null || !document.querySelector(titleSelector)) return;
    observer.disconnect();
    probe.titleAt = performance.now();
    requestAnimationFrame(() => { probe.frameAt = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * The raw baseline of the pipeline board: the open opportunities read straight from the
 * app's own IndexedDB (RxDB's Dexie storage, in this same profile) with Dexie, through the
 * index RxDB keeps for the board's query ([_deleted+status+sortUpdated+id]). Runs on a
 * blank page of the app's origin (the app's CSP would refuse the Dexie script tag).
 */
export async function rawIndexRead({ database, collection, indexPrefix, values }) {
  const names = (await indexedDB.databases()).map((d) => d.name);
  const name = names.find((n) => n?.startsWith(`rxdb-dexie-${database}--`) && n.endsWith(`--${collection}`));
  if (!name) return { docs: null, ms: null, databases: names };
  const db = new window.Dexie(name);
  await db.open(); // no declared schema: Dexie reads the stores and indexes that exist
  const table = db.table('docs');
  const index = table.schema.indexes.find((i) => i.name.startsWith(indexPrefix));
  if (!index) {
    db.close();
    return { docs: null, ms: null, indexes: table.schema.indexes.map((i) => i.name) };
  }
  const width = index.keyPath.length - values.length;
  const lower = [...values, ...Array(width).fill(window.Dexie.minKey)];
  const upper = [...values, ...Array(width).fill(window.Dexie.maxKey)];
  const t0 = performance.now();
  const docs = await table.where(index.name).between(lower, upper, true, true).toArray();
  const ms = performance.now() - t0;
  db.close();
  return { docs: docs.length, ms, index: index.name };
}

/**
 * Drives the lead CSV import (#/leads/import) as fast as a page script can: clicks the
 * mapping step's button the moment it is enabled, then the review's confirm, and notes the
 * file input's change event (choosing the file) and the frame that paints the report.
 * No Playwright round trip sits inside the measured span.
 */
export function installLeadImportDriver({ inputSelector, validateSelector, confirmSelector, doneSelector }) {
  const probe = { changeAt: null, validateAt: null, confirmAt: null, doneAt: null, frameAt: null };
  window.__leadImportProbe = probe;
  document.addEventListener('change', (e) => {
    if (probe.changeAt === null && e.target instanceof Element && e.target.matches(inputSelector)) probe.changeAt = e.timeStamp;
  }, true);
  const clickWhenReady = (selector, key) => {
    if (probe[key] !== null) return;
    const button = document.querySelector(selector);
    if (!button || button.disabled || button.getAttribute('data-disabled') !== null) return;
    probe[key] = performance.now();
    button.click();
  };
  const observer = new MutationObserver(() => {
    if (probe.changeAt === null) return;
    clickWhenReady(validateSelector, 'validateAt');
    clickWhenReady(confirmSelector, 'confirmAt');
    if (probe.doneAt === null && document.querySelector(doneSelector)) {
      probe.doneAt = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => { probe.frameAt = performance.now(); });
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'data-disabled'] });
}
