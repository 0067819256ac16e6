import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, chromium, type Browser, type ElectronApplication, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without these, Chromium phones home at start and this machine's closed network refuses it.
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--lang=fa-IR',
];

export interface RunningApp {
  page: Page;
  /** Reload the app as a restart would see it: same profile, same IndexedDB. */
  restart(): Promise<Page>;
  /** Cuts the network (and restores it): the browser fires offline/online like a real laptop. */
  setOffline(offline: boolean): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens Peyvand for a spec: the browser edition in Debian Chromium with a fresh profile,
 * or the Electron build (PEYVAND_E2E_TARGET=electron, where an Electron binary exists).
 */
export async function launchApp(): Promise<RunningApp> {
  if (process.env.PEYVAND_E2E_TARGET === 'electron') return launchElectron();
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'fa-IR', timezoneId: 'Asia/Tehran' });
  // Nothing may leave the machine: fail the spec on any request that is not to the app itself.
  const baseUrl = inject('baseUrl');
  const syncOrigin = new URL(inject('syncUrl')).origin;
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith(`${syncOrigin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  // Page errors and console errors go to the test output: they are the first clue when a spec fails.
  const pageErrors: string[] = [];
  context.on('weberror', (e) => {
    pageErrors.push(e.error().message);
    console.error('[page error]', e.error().message);
  });
  context.on('console', (m) => {
    if (m.type() === 'error') console.error('[console]', m.text().slice(0, 500));
  });
  let page = await context.newPage();
  await page.goto(baseUrl);
  return {
    get page() { return page; },
    async restart() {
      await page.close();
      page = await context.newPage();
      await page.goto(baseUrl);
      return page;
    },
    setOffline: (offline) => context.setOffline(offline),
    async close() {
      await browser.close();
      if (outside.length) throw new Error(`The app tried to reach outside the machine: ${outside.join(', ')}`);
      if (pageErrors.length) throw new Error(`Uncaught errors in the page: ${pageErrors.join(' | ')}`);
    },
  };
}

async function launchElectron(): Promise<RunningApp> {
  const userData = mkdtempSync(join(tmpdir(), 'peyvand-e2e-'));
  const start = () => _electron.launch({ args: ['.'], env: { ...process.env, PEYVAND_USER_DATA_DIR: userData } });
  let app: ElectronApplication = await start();
  let page = await app.firstWindow();
  return {
    get page() { return page; },
    async restart() {
      await app.close();
      app = await start();
      page = await app.firstWindow();
      return page;
    },
    // Electron has no per-window switch: emulate it through the DevTools protocol.
    async setOffline(offline) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    },
    async close() {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    },
  };
}
