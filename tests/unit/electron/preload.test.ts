import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_GLOBAL, IPC, type DesktopApi, type MenuCommand } from '../../../shared/platform/desktop-api';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  ipcRenderer: {
    invoke: vi.fn(async (_channel: string, _payload?: unknown): Promise<unknown> => undefined),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
    sendSync: vi.fn(),
  },
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: fake.ipcRenderer,
}));

let api: DesktopApi;
beforeAll(async () => {
  await import('../../../electron/preload');
  api = fake.exposed.get(DESKTOP_API_GLOBAL) as DesktopApi;
});
beforeEach(() => {
  fake.ipcRenderer.invoke.mockClear();
  fake.ipcRenderer.on.mockClear();
  fake.ipcRenderer.removeListener.mockClear();
});

describe('preload', () => {
  it('exposes exactly the desktop API on window.peyvandDesktop, and nothing of ipcRenderer', () => {
    expect([...fake.exposed.keys()]).toEqual(['peyvandDesktop']);
    expect(Object.keys(api).sort()).toEqual(['exportPdf', 'getAppInfo', 'notify', 'onMenuCommand', 'onNotificationClick', 'openExternal', 'secrets', 'setLanguage']);
    expect(Object.keys(api.secrets).sort()).toEqual(['delete', 'get', 'isAvailable', 'set']);
    const values = [...Object.values(api), ...Object.values(api.secrets)];
    expect(values).not.toContain(fake.ipcRenderer);
    expect(values.every((value) => typeof value === 'function' || value === api.secrets)).toBe(true);
  });

  it('maps each call to its invoke channel and payload', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ version: '1.0.0', platform: 'linux' });
    expect(await api.getAppInfo()).toEqual({ version: '1.0.0', platform: 'linux' });
    await api.secrets.isAvailable();
    await api.secrets.get('sync.refreshToken');
    await api.secrets.set('sync.refreshToken', 'tok');
    await api.secrets.delete('sync.refreshToken');
    await api.openExternal('https://example.com');
    await api.setLanguage('en');
    await api.notify('title', 'body');
    await api.notify('title', 'body', 'act-1');
    await api.exportPdf('پیش‌فاکتور P-7KQ3M9XD-1.pdf');
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      [IPC.getAppInfo, undefined],
      [IPC.secretsIsAvailable, undefined],
      [IPC.secretsGet, { key: 'sync.refreshToken' }],
      [IPC.secretsSet, { key: 'sync.refreshToken', value: 'tok' }],
      [IPC.secretsDelete, { key: 'sync.refreshToken' }],
      [IPC.openExternal, { url: 'https://example.com' }],
      [IPC.setLanguage, { lang: 'en' }],
      [IPC.notify, { title: 'title', body: 'body' }],
      [IPC.notify, { title: 'title', body: 'body', activityId: 'act-1' }],
      [IPC.exportPdf, { fileName: 'پیش‌فاکتور P-7KQ3M9XD-1.pdf' }],
    ]);
  });

  it('rejects bad payloads before they reach the main process', async () => {
    await expect(api.secrets.get('nope' as never)).rejects.toThrow();
    await expect(api.secrets.set('sync.token', 42 as never)).rejects.toThrow();
    await expect(api.setLanguage('de' as never)).rejects.toThrow();
    await expect(api.notify('', 'body')).rejects.toThrow();
    await expect(api.notify('t', 'body', 'not/an/id')).rejects.toThrow();
    await expect(api.exportPdf('../../.bashrc')).rejects.toThrow();
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('delivers valid menu commands without the IPC event, and unsubscribes', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    expect(fake.ipcRenderer.on).toHaveBeenCalledWith(IPC.menuCommand, expect.any(Function));
    const listener = fake.ipcRenderer.on.mock.calls[0]![1] as (event: unknown, command: unknown) => void;
    const event = { sender: fake.ipcRenderer };
    listener(event, 'newContact');
    listener(event, 'rm -rf /');
    listener(event, { command: 'newContact' });
    listener(event, 'quickSearch');
    expect(received).toEqual(['newContact', 'quickSearch']);
    unsubscribe();
    expect(fake.ipcRenderer.removeListener).toHaveBeenCalledWith(IPC.menuCommand, listener);
  });

  it('delivers notification clicks (the activity id only, when valid), and unsubscribes', () => {
    const received: (string | null)[] = [];
    const unsubscribe = api.onNotificationClick((activityId) => received.push(activityId));
    expect(fake.ipcRenderer.on).toHaveBeenCalledWith(IPC.notificationClick, expect.any(Function));
    const listener = fake.ipcRenderer.on.mock.calls[0]![1] as (event: unknown, payload: unknown) => void;
    const event = { sender: fake.ipcRenderer };
    listener(event, { activityId: 'act-1' });
    listener(event, { activityId: null });
    listener(event, { activityId: '../../etc' });
    listener(event, 'act-1');
    listener(event, { activityId: 'act-2', extra: true });
    expect(received).toEqual(['act-1', null]);
    unsubscribe();
    expect(fake.ipcRenderer.removeListener).toHaveBeenCalledWith(IPC.notificationClick, listener);
  });
});
