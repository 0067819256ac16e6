import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, isTrustedAppUrl, resolveDevServerOrigin } from '../../../electron/app-origin';
import {
  ALLOWED_PERMISSIONS,
  CONTENT_SECURITY_POLICY,
  buildContentSecurityPolicy,
  createMainWindowOptions,
  createWebPreferences,
  createWindowOpenHandler,
  isAllowedNavigation,
  isPermissionAllowed,
  withContentSecurityPolicy,
} from '../../../electron/security';

const prod = { devServerOrigin: null };
const dev = { devServerOrigin: 'http://127.0.0.1:5173' };

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as [string, string[]];
    }),
  );
}

describe('webPreferences', () => {
  const prefs = createWebPreferences({ preloadPath: '/app/dist-electron/preload.cjs', isDev: false, platform: 'linux' });

  it('follows the Electron security checklist', () => {
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
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
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('keeps DevTools to development builds', () => {
    expect(prefs.devTools).toBe(false);
    expect(createWebPreferences({ preloadPath: 'p', isDev: true, platform: 'linux' }).devTools).toBe(true);
  });

  it('never lets the spellchecker download dictionaries (only macOS, which uses the OS checker)', () => {
    expect(createWebPreferences({ preloadPath: 'p', isDev: false, platform: 'win32' }).spellcheck).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(createWebPreferences({ preloadPath: 'p', isDev: false, platform: 'darwin' }).spellcheck).toBe(true);
  });

  it('builds hidden main window options with a minimum size', () => {
    const options = createMainWindowOptions({
      preloadPath: 'p',
      isDev: false,
      platform: 'linux',
      bounds: { x: 10, y: 20, width: 1200, height: 700 },
      title: 'پیوند',
    });
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 700, show: false, title: 'پیوند' });
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.webPreferences?.sandbox).toBe(true);
  });
});

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows no eval and no inline or foreign scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('forbids frames, plugins, base and form hijacking', () => {
    expect(csp.get('frame-src')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('loads images and fonts only from the app (CSS cannot exfiltrate through them)', () => {
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'http:', 'https:']));
  });

  it('loosens scripts for the Vite dev server only when one is configured', () => {
    const devCsp = directives(buildContentSecurityPolicy(dev));
    expect(devCsp.get('script-src')).toContain("'unsafe-inline'");
    expect(devCsp.get('connect-src')).toContain('ws://127.0.0.1:5173');
    expect(buildContentSecurityPolicy(dev)).not.toContain('unsafe-eval');
  });

  it('replaces any CSP header a response brings', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ["default-src *"], 'Content-Type': 'text/html' },
      CONTENT_SECURITY_POLICY,
    );
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});

describe('navigation guard', () => {
  it.each([APP_ENTRY_URL, 'app://peyvand/', 'app://peyvand/index.html#/contacts/42'])('allows %s', (url) => {
    expect(isAllowedNavigation(url, prod)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://evil/index.html',
    'app://peyvand.evil/index.html',
    'app://user:pw@peyvand/',
    'app://peyvand:8080/',
    'about:blank',
    'not a url',
  ])('denies %s', (url) => {
    expect(isAllowedNavigation(url, prod)).toBe(false);
  });

  it('allows the dev server origin only when configured', () => {
    expect(isAllowedNavigation('http://127.0.0.1:5173/#/contacts', dev)).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:5174/', dev)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/', dev)).toBe(false);
  });
});

describe('dev server URL', () => {
  it('is honoured only in unpackaged builds and only on loopback', () => {
    expect(resolveDevServerOrigin('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(resolveDevServerOrigin('http://localhost:5173/x', false)).toBe('http://localhost:5173');
    expect(resolveDevServerOrigin('http://127.0.0.1:5173', true)).toBeNull();
    expect(resolveDevServerOrigin('https://evil.example', false)).toBeNull();
    expect(resolveDevServerOrigin('file:///tmp/index.html', false)).toBeNull();
    expect(resolveDevServerOrigin('nonsense', false)).toBeNull();
    expect(resolveDevServerOrigin(undefined, false)).toBeNull();
  });

  it('is never trusted when it was rejected', () => {
    const origin = resolveDevServerOrigin('https://evil.example', false);
    expect(isTrustedAppUrl('https://evil.example/', { devServerOrigin: origin })).toBe(false);
  });
});

describe('window open handler', () => {
  it('always denies and hands only allowed URLs to the OS', () => {
    const openExternal = vi.fn();
    const handler = createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://example.com/a b' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'mailto:sales@example.com' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'tel:+982112345678' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://peyvand/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'smb://server/share' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([
      ['https://example.com/a%20b'],
      ['mailto:sales@example.com'],
      ['tel:+982112345678'],
    ]);
  });
});

describe('permissions', () => {
  it('grants only notifications, sanitized clipboard writes and persistent storage to the app', () => {
    expect([...ALLOWED_PERMISSIONS].sort()).toEqual(['clipboard-sanitized-write', 'notifications', 'persistent-storage']);
    expect(isPermissionAllowed('notifications', 'app://peyvand/index.html', prod)).toBe(true);
    expect(isPermissionAllowed('notifications', 'app://peyvand', prod)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://peyvand/', prod)).toBe(true);
  });

  it.each(['media', 'geolocation', 'clipboard-read', 'hid', 'usb', 'serial', 'midi', 'openExternal', 'fullscreen', 'display-capture'])(
    'denies %s',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://peyvand/', prod)).toBe(false);
    },
  );

  it('denies even allowed permissions to foreign or unknown origins', () => {
    expect(isPermissionAllowed('notifications', 'https://evil.example/', prod)).toBe(false);
    expect(isPermissionAllowed('notifications', undefined, prod)).toBe(false);
  });
});
