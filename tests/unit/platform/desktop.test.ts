import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDesktopPlatform } from '../../../renderer/src/platform/desktop';
import type { DesktopApi, PdfExportResult } from '../../../shared/platform/desktop-api';

function fakeApi() {
  return {
    getAppInfo: vi.fn(async () => ({ version: '1.0.0', platform: 'win32' })),
    secrets: {
      isAvailable: vi.fn(async () => true),
      get: vi.fn(async () => 'tok'),
      set: vi.fn(async () => undefined),
      delete: vi.fn(async () => undefined),
    },
    openExternal: vi.fn(async () => undefined),
    setLanguage: vi.fn(async () => undefined),
    onMenuCommand: vi.fn(() => () => undefined),
    notify: vi.fn(async (_title: string, _body: string, _activityId?: string) => undefined),
    onNotificationClick: vi.fn((_callback: (activityId: string | null) => void) => () => undefined),
    exportPdf: vi.fn(async (): Promise<PdfExportResult> => ({ status: 'saved' })),
  } satisfies DesktopApi;
}

afterEach(() => vi.unstubAllGlobals());

describe('desktop platform', () => {
  it('delegates to window.peyvandDesktop', async () => {
    const api = fakeApi();
    const platform = createDesktopPlatform(api);
    expect(platform.kind).toBe('desktop');
    expect(await platform.appInfo()).toEqual({ version: '1.0.0', platform: 'win32' });
    expect(await platform.secrets.get('sync.token')).toBe('tok');
    await platform.secrets.set('sync.token', 'v');
    expect(api.secrets.set).toHaveBeenCalledWith('sync.token', 'v');
    platform.openExternal('https://example.com');
    platform.setLanguage('en');
    await platform.notify('t', 'b');
    const callback = vi.fn();
    platform.onMenuCommand(callback);
    expect(api.openExternal).toHaveBeenCalledWith('https://example.com');
    expect(api.setLanguage).toHaveBeenCalledWith('en');
    expect(api.notify).toHaveBeenCalledWith('t', 'b');
    expect(api.onMenuCommand).toHaveBeenCalledWith(callback);
  });

  it('exports a PDF through the main process and reports saved or cancelled', async () => {
    const api = fakeApi();
    const platform = createDesktopPlatform(api);
    expect(await platform.exportPdf('پیش‌فاکتور P-7KQ3M9XD-1.pdf')).toBe('saved');
    expect(api.exportPdf).toHaveBeenCalledWith('پیش‌فاکتور P-7KQ3M9XD-1.pdf');
    api.exportPdf.mockResolvedValueOnce({ status: 'cancelled' });
    expect(await platform.exportPdf('x.pdf')).toBe('cancelled');
    api.exportPdf.mockRejectedValueOnce(new Error('disk full'));
    await expect(platform.exportPdf('x.pdf')).rejects.toThrow('disk full');
  });

  it('logs (does not throw) when a fire-and-forget call is refused', async () => {
    const api = fakeApi();
    api.openExternal.mockRejectedValueOnce(new Error('only http, https, mailto and tel URLs are opened'));
    const warn = vi.fn();
    createDesktopPlatform(api, warn).openExternal('file:///etc/passwd');
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('openExternal failed')));
  });

  it('is chosen at startup when the preload exposed its API, the web edition otherwise', async () => {
    vi.stubGlobal('window', { peyvandDesktop: fakeApi() });
    vi.resetModules();
    expect((await import('../../../renderer/src/platform')).getPlatform().kind).toBe('desktop');

    vi.stubGlobal('window', { localStorage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined }, open: vi.fn() });
    vi.resetModules();
    const web = await import('../../../renderer/src/platform');
    expect(web.getPlatform().kind).toBe('web');
    expect(web.platform).toBe(web.getPlatform());
  });

  it('passes the activity of a notification along, reports its clicks, and never needs permission', async () => {
    const api = fakeApi();
    const platform = createDesktopPlatform(api);
    await platform.notify('یادآوری', 'جلسه', { activityId: 'act-1' });
    await platform.notify('یادآوری', 'خلاصه');
    expect(api.notify.mock.calls).toEqual([['یادآوری', 'جلسه', 'act-1'], ['یادآوری', 'خلاصه']]);
    const callback = vi.fn();
    platform.onNotificationClick(callback);
    expect(api.onNotificationClick).toHaveBeenCalledWith(callback);
    expect(platform.notificationPermission()).toBe('granted');
    expect(await platform.requestNotificationPermission()).toBe('granted');
  });
});
