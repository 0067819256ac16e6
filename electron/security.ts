import type { BrowserWindowConstructorOptions, HandlerDetails, WebPreferences, WindowOpenHandlerResponse } from 'electron';
import { WEB_CONTENT_SECURITY_POLICY } from '../shared/security/csp';
import { toAllowedExternalUrl } from '../shared/platform/external-url';
import { isTrustedAppUrl, type TrustedOrigins } from './app-origin';

/**
 * The security policy of the desktop shell as plain data and pure functions, so every
 * setting of Electron's security checklist is unit-tested; harden.ts attaches them.
 */

export interface WebPreferencesInput {
  preloadPath: string;
  isDev: boolean;
  platform: NodeJS.Platform;
}

export function createWebPreferences({ preloadPath, isDev, platform }: WebPreferencesInput): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    enableWebSQL: false,
    safeDialogs: true,
    // DevTools only while developing: in the field they are a "paste this" attack surface.
    devTools: isDev,
    // Chromium's spellchecker downloads dictionaries from Google on Windows and Linux;
    // the app must not reach the internet. macOS uses the OS checker (no download).
    spellcheck: platform === 'darwin',
  };
}

export interface MainWindowOptionsInput extends WebPreferencesInput {
  bounds: { x?: number; y?: number; width: number; height: number };
  title: string;
}

export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

export function createMainWindowOptions(input: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: input.title,
    // Shown on 'ready-to-show' so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: createWebPreferences(input),
  };
}

// ---- Content-Security-Policy ----------------------------------------------------------

function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name, values);
  }
  return directives;
}

function serializePolicy(directives: Map<string, string[]>): string {
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/**
 * The desktop CSP is the web edition's policy (shared/security/csp.ts: no inline or eval
 * scripts, nothing loaded from outside the app; styles allow 'unsafe-inline' because
 * Mantine injects <style> tags and style attributes; connect-src allows http(s) because
 * the sync server is user-configured, often on a LAN) plus `frame-ancestors 'none'`,
 * which only a header can carry.
 *
 * With a Vite dev server, scripts also allow 'unsafe-inline' (React Refresh's inline
 * preamble) and connect-src its HMR websocket. Never in a packaged build.
 */
export function buildContentSecurityPolicy(trusted: TrustedOrigins): string {
  const directives = parsePolicy(WEB_CONTENT_SECURITY_POLICY);
  directives.set('frame-ancestors', ["'none'"]);
  if (trusted.devServerOrigin) {
    const dev = new URL(trusted.devServerOrigin);
    const ws = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
    directives.set('script-src', [...(directives.get('script-src') ?? ["'self'"]), "'unsafe-inline'"]);
    directives.set('connect-src', [...(directives.get('connect-src') ?? ["'self'"]), ws]);
  }
  return serializePolicy(directives);
}

export const CONTENT_SECURITY_POLICY = buildContentSecurityPolicy({ devServerOrigin: null });

/** Response headers with our CSP replacing any the response brought (any letter case). */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
  csp: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [csp];
  return result;
}

// ---- Navigation, new windows, webviews ----------------------------------------------------

/** In-app navigation stays on the app origin (or the dev server); everything else is blocked. */
export function isAllowedNavigation(url: string, trusted: TrustedOrigins): boolean {
  return isTrustedAppUrl(url, trusted);
}

/**
 * No page may open an Electron window. Links with target=_blank to http(s)/mailto/tel go
 * to the OS instead; everything else is dropped.
 */
export function createWindowOpenHandler(openExternal: (href: string) => void) {
  return (details: Pick<HandlerDetails, 'url'>): WindowOpenHandlerResponse => {
    const href = toAllowedExternalUrl(details.url);
    if (href) openExternal(href);
    return { action: 'deny' };
  };
}

// ---- Permissions ----------------------------------------------------------------------------

/**
 * Everything else (camera, microphone, geolocation, HID/USB/serial, MIDI, fullscreen…)
 * is denied. Notifications are reminders; clipboard-sanitized-write backs "copy phone
 * number"; persistent-storage protects the offline database from storage eviction.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set([
  'notifications',
  'clipboard-sanitized-write',
  'persistent-storage',
]);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, trusted: TrustedOrigins): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isTrustedAppUrl(requestingUrl, trusted);
}
