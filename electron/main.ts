import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, safeStorage, session, shell } from 'electron';
import { IPC, type MenuCommand } from '../shared/platform/desktop-api';
import type { Language } from '../shared/preferences';
import { APP_SCHEME, resolveDevServerOrigin, type TrustedOrigins } from './app-origin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { createDesktopSettingsStore } from './desktop-settings';
import { hardenSession, hardenWebContents } from './harden';
import { createIpcHandlers, registerIpcHandlers, validateSender } from './ipc';
import { MENU_LABELS, buildMenuTemplate } from './menu';
import { createMainWindow } from './main-window';
import { createNotifier } from './notifications';
import { createPdfExporter } from './pdf-export';
import { createSecretStore } from './secret-store';
import { buildContentSecurityPolicy } from './security';
import { acquireSingleInstance, focusWindow } from './single-instance';
import { createWindowStateStore } from './window-state';

// The main process only hosts the window and brokers the few OS services in
// shared/platform/desktop-api.ts; all business logic lives in the renderer and shared/.

export const APP_ID = 'ir.peyvand.crm';

const isDev = !app.isPackaged;
const devServerOrigin = resolveDevServerOrigin(process.env.PEYVAND_DEV_URL, app.isPackaged);
const trusted: TrustedOrigins = { devServerOrigin };
const csp = buildContentSecurityPolicy(trusted);
let mainWindow: BrowserWindow | null = null;

const openExternal = (href: string) => {
  shell.openExternal(href).catch((error: unknown) => console.warn(`openExternal failed: ${String(error)}`));
};

// A separate profile for end-to-end tests and portable installs; must precede the
// single-instance lock, which lives in the profile.
if (process.env.PEYVAND_USER_DATA_DIR) app.setPath('userData', process.env.PEYVAND_USER_DATA_DIR);

// Before 'ready': sandbox every renderer, and make app:// a standard, secure scheme.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
if (process.platform === 'win32') app.setAppUserModelId(APP_ID); // notifications on Windows

// Every WebContents, present or future, gets the navigation/window-open/webview guards.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, trusted, openExternal));

if (acquireSingleInstance(app, () => mainWindow)) {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.exit(1);
  });
}

function start(): void {
  const userData = app.getPath('userData');
  hardenSession(session.defaultSession, trusted, csp);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rootDir: path.join(app.getAppPath(), 'dist', 'renderer'),
      csp,
      readFile: (file) => fs.promises.readFile(file),
    }),
  );

  const settings = createDesktopSettingsStore(path.join(userData, 'desktop-settings.json'));
  let language = settings.load().language;
  const sendMenuCommand = (command: MenuCommand) => mainWindow?.webContents.send(IPC.menuCommand, command);
  const applyMenu = (lang: Language) => {
    const template = buildMenuTemplate({ language: lang, isMac: process.platform === 'darwin', isDev, send: sendMenuCommand });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  applyMenu(language);

  // A click brings the window forward and the page opens the activity's record.
  const notifier = createNotifier({
    isSupported: () => Notification.isSupported(),
    create: (options) => new Notification(options),
    onClick(activityId) {
      focusWindow(mainWindow);
      mainWindow?.webContents.send(IPC.notificationClick, { activityId });
    },
  });
  registerIpcHandlers(
    ipcMain,
    createIpcHandlers({
      appInfo: () => ({ version: app.getVersion(), platform: process.platform }),
      secrets: createSecretStore({ filePath: path.join(userData, 'secrets.json'), encryptor: safeStorage, platform: process.platform }),
      openExternal: (href) => shell.openExternal(href),
      async setLanguage(lang) {
        if (lang === language) return;
        language = lang;
        applyMenu(lang);
        await settings.save({ language: lang });
      },
      notify: (title, body, activityId) => notifier.notify(title, body, activityId),
      exportPdf: createPdfExporter({
        getWindow: () => mainWindow,
        showSaveDialog: (window, options) => dialog.showSaveDialog(window as BrowserWindow, options),
        writeFile: (file, data) => fs.promises.writeFile(file, data),
        defaultFolder: () => app.getPath('documents'),
      }),
    }),
    (event) => validateSender(event, () => mainWindow?.webContents ?? null, trusted),
  );

  const windowState = createWindowStateStore(path.join(userData, 'window-state.json'));
  const openMainWindow = () => {
    mainWindow = createMainWindow({
      preloadPath: path.join(__dirname, 'preload.cjs'),
      isDev,
      devServerUrl: devServerOrigin ? `${devServerOrigin}/` : null,
      title: MENU_LABELS[language].appName,
      windowState,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  openMainWindow();
  // macOS keeps the app running without windows; the Dock icon opens a new one.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}
