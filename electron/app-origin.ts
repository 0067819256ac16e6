/**
 * The renderer is served from `app://peyvand/` (see app-protocol.ts): a stable, secure
 * origin, so IndexedDB data survives updates and installs in another folder, and the
 * only origin the main process trusts. A Vite dev server may stand in for it during
 * development, never in a packaged build.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'peyvand';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The origin of `PEYVAND_DEV_URL`, or null. Ignored in packaged builds (an environment
 * variable must not be able to point the app, preload API included, at another site)
 * and restricted to loopback http(s).
 */
export function resolveDevServerOrigin(devUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !devUrl) return null;
  let url: URL;
  try {
    url = new URL(devUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url.origin;
}

/** Where the trusted content lives: always the app origin, plus the dev server if any. */
export interface TrustedOrigins {
  devServerOrigin: string | null;
}

export function isTrustedAppUrl(input: string, trusted: TrustedOrigins): boolean {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return false;
  }
  // Compared by parts: Node's URL gives non-special schemes an opaque "null" origin.
  if (url.protocol === `${APP_SCHEME}:`) {
    return url.host === APP_HOST && !url.username && !url.password;
  }
  return trusted.devServerOrigin !== null && url.origin === trusted.devServerOrigin;
}
