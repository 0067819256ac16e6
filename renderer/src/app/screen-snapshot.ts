/**
 * The last screen, as the user last saw it, painted on the next start before any of the
 * app's code has run (DESIGN §8: the first screen). A cold start spends its first half
 * second parsing the bundle, rendering the shell and opening IndexedDB; a snapshot of the
 * board or a list fills that time with the real picture instead of a spinner.
 *
 * Only screens that ask for it are kept (`useScreenSnapshot`), as sanitised HTML of the
 * page root in localStorage, one at a time. `public/boot-snapshot.js` paints it at start
 * (a classic script: it runs while the HTML is parsed), React's first commit replaces it
 * with the live shell around the same picture (`ScreenSnapshotPreview`), and the screen's
 * live content replaces that. A snapshot is never interactive: it is `inert`, its test ids
 * are renamed, and it is cleared with every other local cache on a user switch or a wipe.
 */
export const SCREEN_SNAPSHOT_KEY = 'peyvand.screenSnapshot';
export const SCREEN_SNAPSHOT_VERSION = 1;
/** Larger screens are not kept: localStorage is small and shared with the app's settings. */
export const SCREEN_SNAPSHOT_MAX_CHARS = 600_000;
/** The page's main area inside the snapshot (AppShell.Main carries it). */
export const SCREEN_MAIN_ATTRIBUTE = 'data-screen-main';
/**
 * The display preferences as stored (zustand persist in preferences-store.ts). A snapshot
 * painted in other digits, calendar or language than the user now has is not shown; the
 * raw stored text is compared so the boot script needs no knowledge of the defaults.
 */
export const PREFERENCES_KEY = 'peyvand.preferences';

/**
 * The build that made a snapshot (`data-build` on <html>, set by vite.config.ts): CSS class
 * names and markup change between builds, and an old picture would paint unstyled.
 */
export function currentBuild(doc: Document = document): string {
  return doc.documentElement.getAttribute('data-build') ?? '';
}

export interface ScreenSnapshot {
  v: number;
  build: string;
  /** The hash route it shows, e.g. "/opportunities". */
  route: string;
  /** The stored display preferences when it was kept (see PREFERENCES_KEY). */
  prefs: string;
  lang: string;
  dir: string;
  savedAt: string;
  /** innerHTML of #root, sanitised. */
  html: string;
}

/** Where the app goes when started without a route (AppLayout redirects there). */
export const HOME_ROUTE = '/contacts';

/** The route a location shows: the start location "/" shows the home screen. */
export function screenRoute(location: string): string {
  const path = location.split('?')[0] ?? '';
  return path === '' || path === '/' ? HOME_ROUTE : path;
}

/** "left,top" scroll offsets of an element, put back when the snapshot is painted. */
export const SCROLL_ATTRIBUTE = 'data-snapshot-scroll';

/** Puts back the scroll offsets a snapshot recorded (boot-snapshot.js does the same). */
export function restoreSnapshotScroll(container: Element): void {
  for (const el of container.querySelectorAll(`[${SCROLL_ATTRIBUTE}]`)) {
    const [left, top] = (el.getAttribute(SCROLL_ATTRIBUTE) ?? '').split(',').map(Number);
    if (Number.isFinite(left)) el.scrollLeft = left!;
    if (Number.isFinite(top)) el.scrollTop = top!;
  }
}

const STRIPPED_ATTRIBUTES = new Set(['value', 'autofocus', 'contenteditable', 'id', 'for', 'name', 'form']);

// Nothing that could run, load or submit anything survives into a snapshot.
const DROPPED_ELEMENTS = 'script, iframe, object, embed, noscript, template, link, meta, base, form';

/** A copy of `root`'s content that is safe to store and to paint again: static, inert, no input values. */
export function sanitiseScreen(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  // HTML keeps no scroll offsets: a board scrolled to its first (right-hand) stage, say.
  const originals = root.querySelectorAll('*');
  const copies = copy.querySelectorAll('*');
  originals.forEach((el, i) => {
    if (el.scrollLeft !== 0 || el.scrollTop !== 0) copies[i]?.setAttribute(SCROLL_ATTRIBUTE, `${Math.round(el.scrollLeft)},${Math.round(el.scrollTop)}`);
  });
  for (const node of copy.querySelectorAll(DROPPED_ELEMENTS)) node.remove();
  for (const el of copy.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      // id/for/name: the copy sits beside the live page for a moment; duplicate ids and a radio
      // group of the same name would change the live one (checking a copy unchecks the original).
      if (name.startsWith('on') || STRIPPED_ATTRIBUTES.has(name)) el.removeAttribute(attr.name);
      else if (name === 'data-testid') {
        // Tests and tools must never act on the stale copy: it is findable only as a snapshot.
        el.removeAttribute(attr.name);
        el.setAttribute('data-snapshot-testid', attr.value);
      } else if (name === 'href' || name === 'src' || name === 'xlink:href') {
        if (/^\s*javascript:/i.test(attr.value)) el.removeAttribute(attr.name);
      }
    }
    if (el instanceof HTMLTextAreaElement) el.textContent = '';
  }
  return copy.innerHTML;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * Set when the caches are cleared (a user switch or a wipe): a save already scheduled must
 * not write the previous account's screen back before the page reloads.
 */
let savesBlocked = false;

/** Keeps what `root` shows now as the snapshot of `route`; false when it was not kept. */
export function saveScreenSnapshot(route: string, root: Element, doc: Document = document): boolean {
  const store = storage();
  if (!store || savesBlocked) return false;
  const html = sanitiseScreen(root);
  try {
    if (html.length > SCREEN_SNAPSHOT_MAX_CHARS) {
      store.removeItem(SCREEN_SNAPSHOT_KEY);
      return false;
    }
    const snapshot: ScreenSnapshot = {
      v: SCREEN_SNAPSHOT_VERSION,
      build: currentBuild(doc),
      route: screenRoute(route),
      prefs: store.getItem(PREFERENCES_KEY) ?? '',
      lang: doc.documentElement.lang,
      dir: doc.documentElement.dir,
      savedAt: new Date().toISOString(),
      html,
    };
    store.setItem(SCREEN_SNAPSHOT_KEY, JSON.stringify(snapshot));
    return true;
  } catch {
    // Storage full or disabled: the snapshot is only an optimisation.
    return false;
  }
}

/** The snapshot of `route` under the current display preferences, if that is the one kept. */
export function loadScreenSnapshot(route: string): ScreenSnapshot | null {
  const store = storage();
  if (!store) return null;
  try {
    const parsed = JSON.parse(store.getItem(SCREEN_SNAPSHOT_KEY) ?? 'null') as Partial<ScreenSnapshot> | null;
    if (!parsed || parsed.v !== SCREEN_SNAPSHOT_VERSION || typeof parsed.html !== 'string') return null;
    if (parsed.build !== currentBuild() || parsed.route !== screenRoute(route) || parsed.prefs !== (store.getItem(PREFERENCES_KEY) ?? '')) return null;
    return parsed as ScreenSnapshot;
  } catch {
    return null;
  }
}

/*
 * The snapshot belongs to the start of the app: once the first screen shows live data, or
 * the user goes elsewhere, it is history. Coming back to the board later must show the
 * board as it is (a deal just closed on its detail page), never the picture from the start.
 */
const startRoute = typeof location === 'undefined' ? null : screenRoute(location.hash.replace(/^#/, ''));
let startOver = false;

/** The snapshot to show while `route` loads, if this is still the app's first screen. */
export function startSnapshot(route: string): ScreenSnapshot | null {
  if (startOver || startRoute !== screenRoute(route)) {
    startOver = true;
    return null;
  }
  return loadScreenSnapshot(route);
}

/** The first screen shows live data: no snapshot is shown again until the next start. */
export function endStartSnapshot(): void {
  startOver = true;
}

export function clearScreenSnapshot(): void {
  savesBlocked = true;
  try {
    storage()?.removeItem(SCREEN_SNAPSHOT_KEY);
  } catch {
    // nothing kept
  }
}

/** The page's main area of a snapshot, as HTML (empty when the snapshot has none). */
export function snapshotMainHtml(snapshot: ScreenSnapshot, doc: Document = document): string {
  const template = doc.createElement('template');
  template.innerHTML = snapshot.html;
  return template.content.querySelector(`[${SCREEN_MAIN_ATTRIBUTE}]`)?.innerHTML ?? '';
}
