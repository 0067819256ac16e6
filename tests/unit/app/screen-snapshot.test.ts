// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HOME_ROUTE, PREFERENCES_KEY, SCREEN_SNAPSHOT_KEY, SCREEN_SNAPSHOT_MAX_CHARS, loadScreenSnapshot,
  restoreSnapshotScroll, sanitiseScreen, saveScreenSnapshot, screenRoute, snapshotMainHtml,
} from '../../../renderer/src/app/screen-snapshot';

const BOOT_SCRIPT = readFileSync(resolve(__dirname, '../../../renderer/public/boot-snapshot.js'), 'utf8');

/** A page root like the app's: shell, main area with a board whose scroller sits scrolled. */
function appRoot(): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  root.innerHTML = `
    <header><button data-testid="quick-search-button" onclick="alert(1)">جستجو</button></header>
    <main data-screen-main="">
      <div data-testid="pipeline-board"><div class="scroller" style="overflow:auto">
        <div data-testid="opportunity-card"><a href="javascript:alert(2)">تجهیز اتاق سرور</a><a href="#/opportunities/o1">باز کردن</a></div>
      </div></div>
      <input value="secret typed" data-testid="search"><textarea>note being typed</textarea>
      <script>window.ran = true</script><iframe src="https://example.com"></iframe>
      <form action="https://example.com"><input name="x"></form>
    </main>`;
  return root;
}

function runBootScript() {
  new Function(BOOT_SCRIPT)();
}

beforeEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-build');
  document.head.innerHTML = '<link rel="stylesheet">'; // the built page's stylesheet (no href: nothing to load here)
  document.body.innerHTML = '<div id="root"></div>';
  document.documentElement.lang = 'fa';
  document.documentElement.dir = 'rtl';
  window.location.hash = '#/opportunities';
});

describe('screen snapshot: what is kept', () => {
  it('keeps a static, inert copy: no scripts, frames, forms, handlers, javascript: links or typed values', () => {
    const html = sanitiseScreen(appRoot());
    expect(html).not.toMatch(/<script|<iframe|<form|onclick|javascript:|secret typed|note being typed/);
    expect(html).toContain('تجهیز اتاق سرور');
    expect(html).toContain('href="#/opportunities/o1"');
  });

  it('renames test ids so that tests and tools never act on the stale copy', () => {
    const html = sanitiseScreen(appRoot());
    expect(html).not.toContain('data-testid=');
    expect(html).toContain('data-snapshot-testid="opportunity-card"');
  });

  it('records scroll offsets (HTML keeps none) and puts them back', () => {
    const root = appRoot();
    const scroller = root.querySelector('.scroller')!;
    Object.defineProperty(scroller, 'scrollLeft', { value: 640, configurable: true });
    const html = sanitiseScreen(root);
    expect(html).toContain('data-snapshot-scroll="640,0"');
    const painted = document.createElement('div');
    painted.innerHTML = html;
    const copy = painted.querySelector('[data-snapshot-scroll]')!;
    let left = 0;
    Object.defineProperty(copy, 'scrollLeft', { get: () => left, set: (v: number) => { left = v; }, configurable: true });
    restoreSnapshotScroll(painted);
    expect(left).toBe(640);
  });

  it('round-trips under the same route and display preferences only', () => {
    localStorage.setItem(PREFERENCES_KEY, '{"state":{"language":"fa","digits":"persian"},"version":1}');
    expect(saveScreenSnapshot('/opportunities', appRoot())).toBe(true);
    expect(loadScreenSnapshot('/opportunities')?.lang).toBe('fa');
    expect(loadScreenSnapshot('/contacts')).toBeNull();
    // Digits switched to Latin since: the picture would show the wrong digits.
    localStorage.setItem(PREFERENCES_KEY, '{"state":{"language":"fa","digits":"latin"},"version":1}');
    expect(loadScreenSnapshot('/opportunities')).toBeNull();
  });

  it('treats the start location as the home screen it redirects to', () => {
    expect(screenRoute('/')).toBe(HOME_ROUTE);
    expect(screenRoute('')).toBe(HOME_ROUTE);
    saveScreenSnapshot('/contacts', appRoot());
    expect(loadScreenSnapshot('/')?.route).toBe('/contacts');
  });

  it('gives the main area alone for the live shell to show', () => {
    saveScreenSnapshot('/opportunities', appRoot());
    const main = snapshotMainHtml(loadScreenSnapshot('/opportunities')!);
    expect(main).toContain('opportunity-card');
    expect(main).not.toContain('quick-search-button');
  });

  it('does not keep a screen too large for localStorage, and drops the older one', () => {
    saveScreenSnapshot('/opportunities', appRoot());
    const huge = document.createElement('div');
    huge.textContent = 'x'.repeat(SCREEN_SNAPSHOT_MAX_CHARS + 1);
    expect(saveScreenSnapshot('/contacts', huge)).toBe(false);
    expect(localStorage.getItem(SCREEN_SNAPSHOT_KEY)).toBeNull();
  });

  it('ignores corrupt or foreign data', () => {
    localStorage.setItem(SCREEN_SNAPSHOT_KEY, '{not json');
    expect(loadScreenSnapshot('/opportunities')).toBeNull();
    localStorage.setItem(SCREEN_SNAPSHOT_KEY, JSON.stringify({ v: 99, route: '/opportunities', prefs: '', html: '<b>x</b>' }));
    expect(loadScreenSnapshot('/opportunities')).toBeNull();
  });

  it('is cleared with the other local caches, and a save scheduled before cannot write it back', async () => {
    const fresh = await freshStart();
    fresh.saveScreenSnapshot('/opportunities', appRoot());
    fresh.clearScreenSnapshot();
    expect(fresh.loadScreenSnapshot('/opportunities')).toBeNull();
    expect(fresh.saveScreenSnapshot('/opportunities', appRoot())).toBe(false);
    expect(localStorage.getItem(SCREEN_SNAPSHOT_KEY)).toBeNull();
  });

  it('belongs to the build that made it: another build paints and shows nothing', () => {
    document.documentElement.setAttribute('data-build', 'build-1');
    saveScreenSnapshot('/opportunities', appRoot());
    expect(loadScreenSnapshot('/opportunities')).not.toBeNull();
    document.documentElement.setAttribute('data-build', 'build-2');
    expect(loadScreenSnapshot('/opportunities')).toBeNull();
    runBootScript();
    expect(document.getElementById('root')!.childElementCount).toBe(0);
  });

  it('drops ids, label targets and input names: the copy beside the live page must not change it', () => {
    const root = document.createElement('div');
    root.innerHTML = '<label for="view-board" id="l1">تابلو</label><input type="radio" id="view-board" name="view" checked>';
    const html = sanitiseScreen(root);
    expect(html).not.toMatch(/\bid=|\bfor=|\bname=/);
  });
});

describe('boot-snapshot.js: the picture before the app runs', () => {
  it('paints the snapshot of the current route into #root, inert and hidden from assistive technology', () => {
    saveScreenSnapshot('/opportunities', appRoot());
    document.body.innerHTML = '<div id="root"></div>';
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
    runBootScript();
    const picture = document.querySelector('#root > [data-screen-snapshot]')!;
    expect(picture.getAttribute('data-screen-snapshot')).toBe('/opportunities');
    expect(picture.getAttribute('aria-hidden')).toBe('true');
    expect((picture as HTMLElement & { inert: boolean }).inert).toBe(true);
    expect(picture.querySelector('[data-snapshot-testid=opportunity-card]')).not.toBeNull();
    // The page takes the snapshot's language and direction before the first paint.
    expect(document.documentElement.lang).toBe('fa');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('agrees with loadScreenSnapshot: another route, other preferences or a corrupt entry paint nothing', () => {
    saveScreenSnapshot('/opportunities', appRoot());
    window.location.hash = '#/contacts';
    runBootScript();
    expect(document.getElementById('root')!.childElementCount).toBe(0);

    window.location.hash = '#/opportunities';
    localStorage.setItem(PREFERENCES_KEY, '{"state":{"language":"en"}}');
    runBootScript();
    expect(document.getElementById('root')!.childElementCount).toBe(0);

    localStorage.removeItem(PREFERENCES_KEY);
    localStorage.setItem(SCREEN_SNAPSHOT_KEY, '{broken');
    expect(() => runBootScript()).not.toThrow();
    expect(document.getElementById('root')!.childElementCount).toBe(0);
  });

  it('paints nothing without the built stylesheet (the dev server injects CSS from JavaScript)', () => {
    saveScreenSnapshot('/opportunities', appRoot());
    document.head.innerHTML = '';
    runBootScript();
    expect(document.getElementById('root')!.childElementCount).toBe(0);
  });

  it('paints the home screen for a start without a route, as the app redirects there', () => {
    saveScreenSnapshot('/contacts', appRoot());
    window.location.hash = '';
    runBootScript();
    expect(document.querySelector('#root > [data-screen-snapshot="/contacts"]')).not.toBeNull();
  });
});

/** The module as a new page load has it (its start state is per page). */
async function freshStart() {
  vi.resetModules();
  return import('../../../renderer/src/app/screen-snapshot');
}

describe('the snapshot belongs to the start of the app', () => {
  it('shows only for the first route, until that screen shows live data; never on a later visit', async () => {
    const fresh = await freshStart();
    fresh.saveScreenSnapshot('/opportunities', appRoot());
    expect(fresh.startSnapshot('/opportunities')).not.toBeNull();
    expect(fresh.startSnapshot('/opportunities')).not.toBeNull(); // re-renders while loading
    fresh.endStartSnapshot();
    expect(fresh.startSnapshot('/opportunities')).toBeNull();
  });

  it('is history once the user goes to another screen before the first one loaded', async () => {
    const fresh = await freshStart();
    fresh.saveScreenSnapshot('/opportunities', appRoot());
    expect(fresh.startSnapshot('/opportunities')).not.toBeNull();
    expect(fresh.startSnapshot('/contacts')).toBeNull();
    expect(fresh.startSnapshot('/opportunities')).toBeNull();
  });

  it('is not shown on a screen the app did not start on (a later visit in the same session)', async () => {
    window.location.hash = '#/contacts';
    const fresh = await freshStart();
    fresh.saveScreenSnapshot('/opportunities', appRoot());
    expect(fresh.startSnapshot('/opportunities')).toBeNull();
  });
});
