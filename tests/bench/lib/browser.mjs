// Debian Chromium through playwright-core, one fresh profile per phase: IndexedDB slows
// down in an origin where databases were deleted and recreated (DESIGN §4), so no phase
// inherits another's storage unless it means to (the cold-start phase reopens the profile
// the import filled).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.PEYVAND_CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function assertChromium() {
  if (existsSync(CHROMIUM)) return;
  console.error(`Chromium was not found at ${CHROMIUM}.`);
  console.error('Install Debian\'s build:   sudo apt-get update && sudo apt-get install -y chromium');
  console.error('(or point PEYVAND_CHROMIUM at another Chromium binary)');
  process.exit(2);
}

export async function newProfileDir() {
  return mkdtemp(join(tmpdir(), 'peyvand-bench-'));
}

export async function removeProfileDir(dir) {
  await rm(dir, { recursive: true, force: true });
}

/** A browser on `profileDir`; closing the returned context ends the browser process. */
export async function launch(profileDir, extraArgs = []) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, ...extraArgs],
    viewport: { width: 1366, height: 860 },
    locale: 'fa-IR',
    timezoneId: 'Asia/Tehran',
  });
  context.setDefaultTimeout(60_000);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (err) => console.error(`  [page error] ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') console.error(`  [console] ${msg.text().slice(0, 300)}`); });
  return { context, page };
}
