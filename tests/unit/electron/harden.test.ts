import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from '../../../electron/harden';

const trusted = { devServerOrigin: null };

function fakeContents() {
  const emitter = new EventEmitter();
  let windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
      windowOpenHandler = handler;
    },
  });
  const fire = (event: string, url = '') => {
    const e = { url, preventDefault: vi.fn() };
    emitter.emit(event, e);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, openWindow: (url: string) => windowOpenHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it('blocks navigation and redirects away from the app', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, trusted, vi.fn());
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', 'app://peyvand/index.html')).toBe(false);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'app://peyvand/index.html')).toBe(false);
  });

  it('prevents every <webview>', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, trusted, vi.fn());
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('denies new windows and opens allowed links externally', () => {
    const { contents, openWindow } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, trusted, openExternal);
    expect(openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      webRequest: { onHeadersReceived: (h: never) => (handlers.headers = h) },
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
    };
    hardenSession(session as unknown as Session, trusted, "default-src 'self'");
    return handlers as Record<string, (...args: unknown[]) => unknown>;
  }

  it('adds the CSP header to responses', () => {
    const handlers = fakeSession();
    const callback = vi.fn();
    handlers.headers!({ responseHeaders: { 'Content-Security-Policy': ['default-src *'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': ["default-src 'self'"] } });
  });

  it('answers permission requests and checks with the allow-list and the origin', () => {
    const handlers = fakeSession();
    const answers: boolean[] = [];
    const request = (permission: string, requestingUrl: string) =>
      handlers.request!({}, permission, (granted: boolean) => answers.push(granted), { requestingUrl });
    request('notifications', 'app://peyvand/index.html');
    request('media', 'app://peyvand/index.html');
    request('notifications', 'https://evil.example/');
    expect(answers).toEqual([true, false, false]);
    expect(handlers.check!({}, 'notifications', 'app://peyvand')).toBe(true);
    expect(handlers.check!({}, 'geolocation', 'app://peyvand')).toBe(false);
    expect(handlers.device!({})).toBe(false);
  });
});
