import { version } from '../../../package.json';
import { createBrowserPlatform, currentBrowserEnvironment } from './browser';
import { createDesktopPlatform } from './desktop';
import type { Platform } from './types';

export type { Platform, PlatformSecrets, AppInfo, MenuCommand, SecretKey, PdfExportOutcome, NotificationPermissionState } from './types';
export { isSecretsUnavailableError, MENU_SHORTCUTS } from '../../../shared/platform/desktop-api';

/** Desktop when the Electron preload has exposed its API, the web edition otherwise. */
export function selectPlatform(win: Pick<Window, 'peyvandDesktop'>): Platform {
  return win.peyvandDesktop ? createDesktopPlatform(win.peyvandDesktop) : createBrowserPlatform(currentBrowserEnvironment(version));
}

/**
 * Chosen once at startup: the preload runs before any page script, so it cannot change.
 * Without a `window` (unit tests in Node) this is the web edition with no storage.
 */
export const platform: Platform = selectPlatform(typeof window === 'undefined' ? {} : window);

export function getPlatform(): Platform {
  return platform;
}
