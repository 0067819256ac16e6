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
