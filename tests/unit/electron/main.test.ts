import type { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, IPC } from '../../../shared/platform/desktop-api';

// The whole main process wired against a fake `electron` module: checks that the pieces
// tested one by one elsewhere are actually attached, in the right order.

const state = vi.hoisted(() => ({ lock: true, userData: '', appPath: '/opt/peyvand/resources/app.asar', savePath: '' as string | undefined }));
// OS notifications: off by default (as on a machine without a notification server).
const notifications = vi.hoisted(() => ({ supported: false, shown: [] as { options: unknown; emit(event: string): boolean }[] }));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    enableSandbox: vi.fn(),
    setAppUserModelId: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn(() => state.userData),
    getAppPath: vi.fn(() => state.appPath),
    getVersion: vi.fn(() => '0.1.0'),
  });
  class BrowserWindow extends EventEmitter {
    static instances: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.instances;
    webContents = { id: 7, send: vi.fn(), printToPDF: vi.fn(async () => new TextEncoder().encode('%PDF-1.4 fake')) };
    loadURL = vi.fn(async () => undefined);
    maximize = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 900, height: 600 });
    constructor(public options: Record<string, unknown>) {
      super();
      BrowserWindow.instances.push(this);
    }
  }
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  return {
    app,
    BrowserWindow,
    ipcMain: { handle: vi.fn((c: string, h: (...args: unknown[]) => unknown) => handlers.set(c, h)), removeHandler: vi.fn(), handlers },
    dialog: {
      showSaveDialog: vi.fn(async () => (state.savePath ? { canceled: false, filePath: state.savePath } : { canceled: true, filePath: '' })),
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    Notification: class extends EventEmitter {
      static isSupported = () => notifications.supported;
      show = vi.fn();
      constructor(public options: unknown) {
        super();
        notifications.shown.push(this);
      }
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    safeStorage: {
      isAsyncEncryptionAvailable: async () => false,
      encryptStringAsync: vi.fn(),
      decryptStringAsync: vi.fn(),
      getSelectedStorageBackend: () => 'basic_text',
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn(async () => undefined) },
  };
});

type Fn = ReturnType<typeof vi.fn>;
interface FakeWindow {
  options: { show?: boolean; webPreferences: Record<string, unknown> };
  webContents: { send: Fn; printToPDF: Fn };
  loadURL: Fn;
  focus: Fn;
}
interface MenuTemplate {
  label: string;
  submenu: { id?: string; click?: () => void }[];
}
/** The fake module above, as the tests use it. */
interface FakeElectron {
  app: EventEmitter & Record<'enableSandbox' | 'quit' | 'whenReady', Fn>;
  BrowserWindow: { instances: FakeWindow[] };
  ipcMain: { handlers: Map<string, (event: unknown, payload?: unknown) => unknown> };
  dialog: { showSaveDialog: Fn };
  Menu: { setApplicationMenu: { mock: { calls: [{ template: MenuTemplate[] }][] } } };
  protocol: Record<'registerSchemesAsPrivileged' | 'handle', Fn>;
  session: { defaultSession: { webRequest: { onHeadersReceived: Fn }; setPermissionRequestHandler: Fn } };
}

async function startMain(): Promise<FakeElectron> {
  // The mocked module survives resetModules: clear what the previous test left on it.
  const electron = (await import('electron')) as unknown as FakeElectron;
  vi.clearAllMocks();
  electron.app.removeAllListeners();
  electron.BrowserWindow.instances.length = 0;
  electron.ipcMain.handlers.clear();
  vi.resetModules();
  await import('../../../electron/main');
  await new Promise((resolve) => setTimeout(resolve, 0)); // let whenReady().then(start) run
  return electron;
}

beforeEach(() => {
  state.lock = true;
  state.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'peyvand-main-'));
  delete process.env.PEYVAND_DEV_URL;
});
afterEach(() => fs.rmSync(state.userData, { recursive: true, force: true }));

describe('main process wiring', () => {
  it('sandboxes all renderers and registers app:// before ready', async () => {
    const { app, protocol } = await startMain();
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('guards every WebContents the app creates', async () => {
    const { app } = await startMain();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    app.emit('web-contents-created', {}, contents);
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual(['will-navigate', 'will-redirect', 'will-attach-webview']);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('a second instance quits without starting anything', async () => {
    state.lock = false;
    const { app, BrowserWindow } = await startMain();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('on ready: hardens the session, serves app://, sets the Persian menu, registers IPC and opens a sandboxed window', async () => {
    const { protocol, session, Menu, ipcMain, BrowserWindow } = await startMain();
    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledOnce();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const template = Menu.setApplicationMenu.mock.calls[0]![0].template;
    expect(template[0]!.label).toBe(process.platform === 'darwin' ? 'پیوند' : 'پرونده');
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());

    const [window] = BrowserWindow.instances;
    expect(window!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(window!.options.webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(window!.options.show).toBe(false);
    expect(window!.loadURL).toHaveBeenCalledWith('app://peyvand/index.html');
  });

  it('answers IPC only from the main window on the app origin', async () => {
    const { ipcMain, BrowserWindow, Menu } = await startMain();
    const [window] = BrowserWindow.instances;
    const trustedEvent = { sender: window!.webContents, senderFrame: { url: 'app://peyvand/index.html', parent: null } };
    const foreignEvent = { sender: window!.webContents, senderFrame: { url: 'https://evil.example/', parent: null } };
    const invoke = (event: unknown, channel: string, payload?: unknown) => ipcMain.handlers.get(channel)!(event, payload);

    await expect(invoke(trustedEvent, IPC.getAppInfo)).resolves.toEqual({ version: '0.1.0', platform: process.platform });
    expect(() => invoke(foreignEvent, IPC.getAppInfo)).toThrow(/Untrusted sender/);

    // The fake safeStorage has no keyring: secrets are refused, not stored in plaintext.
    expect(await invoke(trustedEvent, IPC.secretsIsAvailable)).toBe(false);
    await expect(invoke(trustedEvent, IPC.secretsSet, { key: 'sync.token', value: 'x' })).rejects.toThrow(/SECRETS_UNAVAILABLE/);
    expect(fs.existsSync(path.join(state.userData, 'secrets.json'))).toBe(false);

    // setLanguage rebuilds the menu in English and remembers it.
    await invoke(trustedEvent, IPC.setLanguage, { lang: 'en' });
    const template = Menu.setApplicationMenu.mock.calls.at(-1)![0].template;
    expect(template[0]!.label).toBe(process.platform === 'darwin' ? 'Peyvand' : 'File');
    expect(JSON.parse(fs.readFileSync(path.join(state.userData, 'desktop-settings.json'), 'utf8'))).toEqual({ language: 'en' });
  });

  it('exports the main window\'s page as an A4 PDF where the user saves it, and nothing when cancelled', async () => {
    const { ipcMain, BrowserWindow, dialog } = await startMain();
    const [window] = BrowserWindow.instances;
    const trustedEvent = { sender: window!.webContents, senderFrame: { url: 'app://peyvand/index.html#/quotes/q1/print', parent: null } };
    const invoke = (event: unknown, payload?: unknown) => ipcMain.handlers.get(IPC.exportPdf)!(event, payload);

    state.savePath = path.join(state.userData, 'chosen');
    await expect(invoke(trustedEvent, { fileName: 'پیش‌فاکتور P-7KQ3M9XD-1.pdf' })).resolves.toEqual({ status: 'saved' });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({
      defaultPath: path.join(state.userData, 'پیش‌فاکتور P-7KQ3M9XD-1.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    }));
    expect(window!.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true }));
    expect(fs.readFileSync(path.join(state.userData, 'chosen.pdf'), 'utf8')).toBe('%PDF-1.4 fake');

    state.savePath = undefined;
    window!.webContents.printToPDF.mockClear();
    await expect(invoke(trustedEvent, { fileName: 'x.pdf' })).resolves.toEqual({ status: 'cancelled' });
    expect(window!.webContents.printToPDF).not.toHaveBeenCalled();

    const foreignEvent = { sender: window!.webContents, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(() => invoke(foreignEvent, { fileName: 'x.pdf' })).toThrow(/Untrusted sender/);
  });

  it('sends menu clicks to the window and focuses it on a second launch', async () => {
    const { app, Menu, BrowserWindow } = await startMain();
    const [window] = BrowserWindow.instances;
    const items = Menu.setApplicationMenu.mock.calls[0]![0].template.flatMap((menu) => menu.submenu);
    items.find((item) => item.id === 'newContact')!.click!();
    expect(window!.webContents.send).toHaveBeenCalledWith(IPC.menuCommand, 'newContact');

    app.emit('second-instance');
    expect(window!.focus).toHaveBeenCalledOnce();
  });

  it('shows reminders as OS notifications; a click focuses the window and names the activity to the page', async () => {
    notifications.supported = true;
    notifications.shown.length = 0;
    try {
      const { ipcMain, BrowserWindow } = await startMain();
      const [window] = BrowserWindow.instances;
      const trustedEvent = { sender: window!.webContents, senderFrame: { url: 'app://peyvand/index.html', parent: null } };
      const notify = (payload: unknown) => ipcMain.handlers.get(IPC.notify)!(trustedEvent, payload);
      await notify({ title: 'جلسه با آقای رضایی', body: 'ساعت ۱۰:۰۰', activityId: 'act-1' });
      await notify({ title: '۳ یادآوری از دست رفته', body: 'خلاصه' });
      expect(notifications.shown.map((n) => n.options)).toEqual([
        { title: 'جلسه با آقای رضایی', body: 'ساعت ۱۰:۰۰' },
        { title: '۳ یادآوری از دست رفته', body: 'خلاصه' },
      ]);
      notifications.shown[0]!.emit('click');
      expect(window!.focus).toHaveBeenCalledOnce();
      expect(window!.webContents.send).toHaveBeenCalledWith(IPC.notificationClick, { activityId: 'act-1' });
      notifications.shown[1]!.emit('click');
      expect(window!.webContents.send).toHaveBeenLastCalledWith(IPC.notificationClick, { activityId: null });
      await expect(notify({ title: 't', body: 'b', activityId: '../x' })).rejects.toThrow(/Invalid payload/);
    } finally {
      notifications.supported = false;
    }
  });

  it('quits when the last window closes (except on macOS)', async () => {
    const { app } = await startMain();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
