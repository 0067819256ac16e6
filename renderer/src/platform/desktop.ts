import type { DesktopApi } from '../../../shared/platform/desktop-api';
import type { Platform } from './types';

declare global {
  interface Window {
    /** Set by the Electron preload (electron/preload.ts); absent in a browser. */
    peyvandDesktop?: DesktopApi;
  }
}

/** The desktop edition: a thin wrapper over the preload's API. */
export function createDesktopPlatform(api: DesktopApi, warn: (message: string) => void = console.warn): Platform {
  const report = (what: string) => (error: unknown) => warn(`${what} failed: ${String(error)}`);
  return {
    kind: 'desktop',
    appInfo: () => api.getAppInfo(),
    secrets: {
      isAvailable: () => api.secrets.isAvailable(),
      get: (key) => api.secrets.get(key),
      set: (key, value) => api.secrets.set(key, value),
      delete: (key) => api.secrets.delete(key),
    },
    openExternal: (url) => void api.openExternal(url).catch(report('openExternal')),
    setLanguage: (lang) => void api.setLanguage(lang).catch(report('setLanguage')),
    onMenuCommand: (callback) => api.onMenuCommand(callback),
    notify: (title, body, options) => (options?.activityId ? api.notify(title, body, options.activityId) : api.notify(title, body)),
    onNotificationClick: (callback) => api.onNotificationClick(callback),
    // The main process shows notifications without asking (the OS settings may still mute them).
    notificationPermission: () => 'granted',
    requestNotificationPermission: async () => 'granted',
    exportPdf: async (fileName) => (await api.exportPdf(fileName)).status,
  };
}
