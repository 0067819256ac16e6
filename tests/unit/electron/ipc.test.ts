import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, registerIpcHandlers, validateSender, type IpcServices } from '../../../electron/ipc';
import { INVOKE_CHANNELS, IPC, MAX_SECRET_VALUE_LENGTH, type PdfExportResult } from '../../../shared/platform/desktop-api';

function fakeServices() {
  const store = new Map<string, string>();
  const services = {
    appInfo: vi.fn(() => ({ version: '1.2.3', platform: 'linux' })),
    secrets: {
      isAvailable: vi.fn(async () => true),
      get: vi.fn(async (key: string) => store.get(key) ?? null),
      set: vi.fn(async (key: string, value: string) => void store.set(key, value)),
      delete: vi.fn(async (key: string) => void store.delete(key)),
    },
    openExternal: vi.fn(async () => undefined),
    setLanguage: vi.fn(async () => undefined),
    notify: vi.fn(),
    exportPdf: vi.fn(async (): Promise<PdfExportResult> => ({ status: 'saved' })),
  } satisfies IpcServices;
  return { services, handlers: createIpcHandlers(services) };
}

describe('IPC handlers', () => {
  it('serve valid payloads', async () => {
    const { services, handlers } = fakeServices();
    expect(await handlers[IPC.getAppInfo](undefined)).toEqual({ version: '1.2.3', platform: 'linux' });
    expect(await handlers[IPC.secretsIsAvailable](undefined)).toBe(true);
    await handlers[IPC.secretsSet]({ key: 'sync.refreshToken', value: 'tok' });
    expect(await handlers[IPC.secretsGet]({ key: 'sync.refreshToken' })).toBe('tok');
    await handlers[IPC.secretsDelete]({ key: 'sync.refreshToken' });
    expect(await handlers[IPC.secretsGet]({ key: 'sync.refreshToken' })).toBeNull();
    await handlers[IPC.setLanguage]({ lang: 'en' });
    expect(services.setLanguage).toHaveBeenCalledWith('en');
    await handlers[IPC.notify]({ title: 'یادآوری', body: 'تماس با آقای رضایی' });
    expect(services.notify).toHaveBeenCalledWith('یادآوری', 'تماس با آقای رضایی', null);
    await handlers[IPC.notify]({ title: 'یادآوری', body: 'جلسه', activityId: 'act_1-x' });
    expect(services.notify).toHaveBeenLastCalledWith('یادآوری', 'جلسه', 'act_1-x');
    await handlers[IPC.openExternal]({ url: 'https://example.com/x' });
    await handlers[IPC.openExternal]({ url: 'mailto:a@example.com' });
    await handlers[IPC.openExternal]({ url: 'tel:+989121234567' });
    expect(services.openExternal.mock.calls).toEqual([['https://example.com/x'], ['mailto:a@example.com'], ['tel:+989121234567']]);
    expect(await handlers[IPC.exportPdf]({ fileName: 'پیش‌فاکتور P-7KQ3M9XD-12.pdf' })).toEqual({ status: 'saved' });
    expect(await handlers[IPC.exportPdf]({ fileName: 'Quote Q-1405-0001.PDF' })).toEqual({ status: 'saved' });
    expect(services.exportPdf.mock.calls).toEqual([['پیش‌فاکتور P-7KQ3M9XD-12.pdf'], ['Quote Q-1405-0001.PDF']]);
  });

  it.each([
    [IPC.getAppInfo, { extra: 1 }],
    [IPC.secretsIsAvailable, 'x'],
    [IPC.secretsGet, undefined],
    [IPC.secretsGet, { key: 42 }],
    [IPC.secretsGet, { key: 'password' }],
    [IPC.secretsGet, { key: 'other.token' }],
    [IPC.secretsGet, { key: 'sync.' }],
    [IPC.secretsGet, { key: 'sync.a/b' }],
    [IPC.secretsGet, { key: '__proto__' }],
    [IPC.secretsGet, { key: `sync.${'a'.repeat(65)}` }],
    [IPC.secretsGet, { key: 'sync.token', extra: true }],
    [IPC.secretsSet, { key: 'sync.token' }],
    [IPC.secretsSet, { key: 'sync.token', value: 7 }],
    [IPC.secretsSet, { key: 'sync.token', value: 'x'.repeat(MAX_SECRET_VALUE_LENGTH + 1) }],
    [IPC.secretsSet, { key: 'evil.token', value: 'x' }],
    [IPC.secretsDelete, { key: null }],
    [IPC.setLanguage, { lang: 'de' }],
    [IPC.setLanguage, 'fa'],
    [IPC.notify, { title: '', body: 'b' }],
    [IPC.notify, { title: 't'.repeat(201), body: 'b' }],
    [IPC.notify, { title: 't', body: 'b'.repeat(2001) }],
    [IPC.notify, { title: 't' }],
    [IPC.notify, { title: 't', body: 'b', activityId: '' }],
    [IPC.notify, { title: 't', body: 'b', activityId: 'a/b' }],
    [IPC.notify, { title: 't', body: 'b', activityId: 'x'.repeat(65) }],
    [IPC.notify, { title: 't', body: 'b', activityId: 7 }],
    [IPC.notify, { title: 't', body: 'b', url: 'https://evil.example' }],
    [IPC.openExternal, { url: 5 }],
    [IPC.openExternal, { url: 'x'.repeat(5000) }],
    [IPC.openExternal, null],
    [IPC.exportPdf, undefined],
    [IPC.exportPdf, { fileName: 5 }],
    [IPC.exportPdf, { fileName: 'quote.pdf', path: '/tmp' }],
    [IPC.exportPdf, { fileName: '../../.bashrc.pdf' }],
    [IPC.exportPdf, { fileName: '/etc/cron.d/x.pdf' }],
    [IPC.exportPdf, { fileName: 'C:\\Windows\\x.pdf' }],
    [IPC.exportPdf, { fileName: 'quote.exe' }],
    [IPC.exportPdf, { fileName: 'quote' }],
    [IPC.exportPdf, { fileName: '.pdf' }],
    [IPC.exportPdf, { fileName: '...pdf' }],
    [IPC.exportPdf, { fileName: 'a\u0000b.pdf' }],
    [IPC.exportPdf, { fileName: 'invoice\u202Efdp.exe.pdf' }],
    [IPC.exportPdf, { fileName: ' quote.pdf' }],
    [IPC.exportPdf, { fileName: `${'x'.repeat(200)}.pdf` }],
  ] as const)('%s rejects %j', async (channel, payload) => {
    const { services, handlers } = fakeServices();
    await expect(handlers[channel](payload)).rejects.toThrow(/Invalid payload/);
    for (const spy of [services.notify, services.setLanguage, services.openExternal, services.appInfo, services.exportPdf, ...Object.values(services.secrets)]) {
      expect(spy).not.toHaveBeenCalled();
    }
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'peyvand://x', 'app://peyvand/', 'ms-settings:'])(
    'openExternal refuses %s',
    async (url) => {
      const { services, handlers } = fakeServices();
      await expect(handlers[IPC.openExternal]({ url })).rejects.toThrow(/only http, https, mailto and tel/);
      expect(services.openExternal).not.toHaveBeenCalled();
    },
  );

  it('never echoes a rejected secret value in the error', async () => {
    const { handlers } = fakeServices();
    const secret = 'very-secret-token'.repeat(2000);
    const error = await handlers[IPC.secretsSet]({ key: 'sync.token', value: secret }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('Invalid payload for peyvand:secrets:set: value');
  });
});

describe('sender validation', () => {
  const mainContents = { id: 1 } as unknown as WebContents;
  const otherContents = { id: 2 } as unknown as WebContents;
  const trusted = { devServerOrigin: null };
  const event = (sender: WebContents, url: string | null, parent: object | null = null) =>
    ({ sender, senderFrame: url === null ? null : { url, parent } }) as unknown as IpcMainInvokeEvent;

  it('accepts the main window top frame on the app origin', () => {
    expect(validateSender(event(mainContents, 'app://peyvand/index.html#/contacts'), () => mainContents, trusted)).toBe(true);
  });

  it('rejects a foreign frame URL', () => {
    expect(validateSender(event(mainContents, 'https://evil.example/'), () => mainContents, trusted)).toBe(false);
    expect(validateSender(event(mainContents, 'file:///tmp/x.html'), () => mainContents, trusted)).toBe(false);
    expect(validateSender(event(mainContents, 'http://127.0.0.1:5173/'), () => mainContents, trusted)).toBe(false);
  });

  it('rejects another WebContents, a subframe, a missing frame and a missing window', () => {
    expect(validateSender(event(otherContents, 'app://peyvand/index.html'), () => mainContents, trusted)).toBe(false);
    expect(validateSender(event(mainContents, 'app://peyvand/index.html', {}), () => mainContents, trusted)).toBe(false);
    expect(validateSender(event(mainContents, null), () => mainContents, trusted)).toBe(false);
    expect(validateSender(event(mainContents, 'app://peyvand/index.html'), () => null, trusted)).toBe(false);
  });

  it('accepts the dev server only when it is configured', () => {
    const dev = { devServerOrigin: 'http://127.0.0.1:5173' };
    expect(validateSender(event(mainContents, 'http://127.0.0.1:5173/'), () => mainContents, dev)).toBe(true);
  });
});

describe('registerIpcHandlers', () => {
  function fakeIpcMain() {
    const registered = new Map<string, (event: IpcMainInvokeEvent, payload: unknown) => unknown>();
    return {
      registered,
      ipcMain: {
        handle: vi.fn((channel: string, listener: (event: IpcMainInvokeEvent, payload: unknown) => unknown) => {
          registered.set(channel, listener);
        }),
        removeHandler: vi.fn((channel: string) => registered.delete(channel)),
      },
    };
  }

  it('registers every channel behind the sender check and unregisters them', async () => {
    const { services, handlers } = fakeServices();
    const { ipcMain, registered } = fakeIpcMain();
    const trustedEvent = { trusted: true } as unknown as IpcMainInvokeEvent;
    const foreignEvent = { trusted: false } as unknown as IpcMainInvokeEvent;
    const dispose = registerIpcHandlers(ipcMain, handlers, (event) => (event as unknown as { trusted: boolean }).trusted);

    expect([...registered.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    const getInfo = registered.get(IPC.getAppInfo)!;
    await expect(getInfo(trustedEvent, undefined)).resolves.toEqual({ version: '1.2.3', platform: 'linux' });
    expect(() => getInfo(foreignEvent, undefined)).toThrow(/Untrusted sender/);
    expect(() => registered.get(IPC.secretsGet)!(foreignEvent, { key: 'sync.token' })).toThrow(/Untrusted sender/);
    expect(services.secrets.get).not.toHaveBeenCalled();

    dispose();
    expect(registered.size).toBe(0);
  });
});
