import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { createMainWindowOptions } from './security';
import { restoreWindowState, trackWindowState, type WindowStateStore } from './window-state';

export interface MainWindowInput {
  preloadPath: string;
  isDev: boolean;
  devServerUrl: string | null;
  title: string;
  windowState: WindowStateStore;
}

export function createMainWindow({ preloadPath, isDev, devServerUrl, title, windowState }: MainWindowInput): BrowserWindow {
  const state = restoreWindowState(windowState, screen.getAllDisplays(), screen.getPrimaryDisplay());
  const window = new BrowserWindow(
    createMainWindowOptions({ preloadPath, isDev, platform: process.platform, bounds: state.bounds, title }),
  );
  trackWindowState(window, windowState);
  window.once('ready-to-show', () => {
    if (state.isMaximized) window.maximize();
    window.show();
  });
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}
