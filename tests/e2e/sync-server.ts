import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** The e2e sync server (global-setup.ts): PGlite in memory, admin `admin`/`admin-password-1`. */
export const syncUrl = inject('syncUrl');
/** What a user types into Settings → Server. */
export const serverRoot = syncUrl.replace(/\/api\/v1$/, '');

/** A JSON call to the sync server's API, as an integrator would make it; throws on any non-2xx. */
export async function syncApi<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${syncUrl}${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The admin's access token, for setting up teams, users and reference data. */
export async function adminLogin(): Promise<{ accessToken: string; user: { id: string } }> {
  return syncApi('POST', '/auth/login', { username: 'admin', password: 'admin-password-1', deviceName: 'e2e setup' });
}

/** Signs the app in to the sync server from Settings → Server, as a user would. */
export async function signIn(page: Page, username: string, password: string) {
  await page.goto(new URL('#/settings', page.url()).href);
  await page.fill('[data-testid=server-url]', serverRoot);
  await page.fill('[data-testid=server-username]', username);
  await page.fill('[data-testid=server-password]', password);
  await page.click('[data-testid=server-sign-in]');
  await page.waitForSelector('[data-testid=server-signed-in]');
}
