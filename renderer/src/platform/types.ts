import type { AppInfo, MenuCommand, SecretKey } from '../../../shared/platform/desktop-api';
import type { Language } from '../../../shared/preferences';

export type { AppInfo, MenuCommand, SecretKey };

export interface PlatformSecrets {
  /** Whether secrets can be kept at all (desktop: false without an OS keychain). */
  isAvailable(): Promise<boolean>;
  get(key: SecretKey): Promise<string | null>;
  /** Rejects with a SECRETS_UNAVAILABLE error when they cannot be kept safely. */
  set(key: SecretKey, value: string): Promise<void>;
  delete(key: SecretKey): Promise<void>;
}

/**
 * Everything the renderer may ask of the environment it runs in. The app runs inside
 * Electron ('desktop') and as a plain web page ('web'); nothing else in the renderer
 * knows which.
 */
export interface Platform {
  kind: 'desktop' | 'web';
  appInfo(): Promise<AppInfo>;
  secrets: PlatformSecrets;
  /** Opens http(s)/mailto/tel links outside the app; other URLs are ignored (and logged). */
  openExternal(url: string): void;
  /** Tells the shell the UI language (the desktop rebuilds its native menu). */
  setLanguage(lang: Language): void;
  /** Native menu commands; the web edition has no menu and never calls back. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  /** A system notification (e.g. a reminder); resolves silently when not permitted. */
  notify(title: string, body: string): Promise<void>;
}
